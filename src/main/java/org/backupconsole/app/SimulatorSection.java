package org.backupconsole.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.backupconsole.engine.SimulationSession;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.drills.DrillPanelView;
import org.backupconsole.ui.drills.DrillPanelViewModel;
import org.backupconsole.ui.drills.DrillProgressStore;
import org.backupconsole.ui.drills.ScenarioLibraryView;
import org.backupconsole.ui.drills.ScenarioLibraryViewModel;
import org.backupconsole.ui.inspector.InspectorView;
import org.backupconsole.ui.inspector.InspectorViewModel;
import org.backupconsole.ui.shell.ShellView;
import org.backupconsole.ui.simulator.HeaderClock;
import org.backupconsole.ui.simulator.SimulatorPanelView;
import org.backupconsole.ui.simulator.SimulatorPanelViewModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * The simulator-only part of the window: the Simulator section of the navigation (clock and faults, data
 * inspector, scenarios and drills) and the drill side panel. Whatever changes the simulation refreshes the
 * Backup Recovery page.
 */
final class SimulatorSection {

    private static final Logger LOG = Logger.getLogger(SimulatorSection.class.getName());

    private SimulatorSection() {
    }

    static void install(ShellView shell, BackupRecoveryViewModel page, SimulationSession session, UiExecutors executors,
                        SimulatorStartOptions.Start start, long seed, DrillProgressStore progress,
                        Optional<Path> sessionsFolder) {
        ZoneId zone = ZoneId.systemDefault();
        Runnable refreshPage = page::refreshSoon;
        session.onReplaced(replaced -> page.simulationReplaced());
        page.followTime(Duration.ofSeconds(2), () -> !session.current().clock().isPaused());

        DrillPanelViewModel drill = new DrillPanelViewModel(session, executors, progress);
        SimulatorPanelViewModel simulator = new SimulatorPanelViewModel(session, executors, zone, refreshPage);
        sessionsFolder.flatMap(SimulatorSection::created)
                .ifPresent(folder -> simulator.sessionFile().fileProperty().set(folder.resolve("session.json")));
        InspectorViewModel inspector = new InspectorViewModel(session, executors, zone, refreshPage);
        page.selectedClusterProperty().addListener((obs, old, cluster) -> {
            if (cluster != null) {
                inspector.follow(cluster.id());
            }
        });
        // The library reads every built-in scenario file: only when its page is first shown.
        Supplier<ScenarioLibraryViewModel> library = () -> new ScenarioLibraryViewModel(session, executors, drill,
                progress, seed, InstantSource.system(), shell::showBackupRecovery);

        shell.addSection("SIMULATOR", List.of(
                new ShellView.Page("Clock and faults", Feather.CLOCK, () -> new SimulatorPanelView(simulator).root()),
                new ShellView.Page("Data inspector", Feather.LAYERS, () -> new InspectorView(inspector).root()),
                new ShellView.Page("Scenarios and drills", Feather.TARGET, () -> new ScenarioLibraryView(library.get()).root())));
        DrillPanelView drillPanel = new DrillPanelView(drill);
        shell.root().setRight(drillPanel.sidePanel());
        shell.addToHeader(drillPanel.reopenButton());
        shell.addToHeader(HeaderClock.of(simulator.clock()));
        start.drill().ifPresent(set -> drill.begin(start.source(), set, start.now()));
    }

    /** The folder, made if it was not there; empty, after a warning, when it cannot be made. */
    private static Optional<Path> created(Path folder) {
        try {
            return Optional.of(Files.createDirectories(folder));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot create the sessions folder " + folder + "; the save dialog starts in the "
                    + "home folder.", e);
            return Optional.empty();
        }
    }
}
