package org.backupconsole.ui.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.engine.DrillOutcome;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.engine.model.StartRestore;
import org.backupconsole.testing.MemoryPreferences;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill side panel and the scenario library: judging as the trainee works, results and progress. */
class DrillViewModelsTest {

    private final Simulation simulation = Simulators.scenario("target-not-empty");
    private final SimulationSession session = new SimulationSession(simulation);
    private final DrillProgressStore progress = new DrillProgressStore(new MemoryPreferences());
    private final DrillPanelViewModel panel = new DrillPanelViewModel(session, UiExecutors.direct(), progress);
    private final String billing = simulation.clusters().stream().filter(c -> c.name().equals("billing"))
            .map(Cluster::id).findFirst().orElseThrow();

    @TempDir
    Path dir;

    private void begin() {
        panel.begin("target-not-empty", Scenario.builtIn("target-not-empty").drill().orElseThrow(), Simulators.NOW);
    }

    /** The backups of billing taken before the incident at 11:10 on day 3, newest first. */
    private Backup backupBeforeIncident(int older) {
        return simulation.backups(billing).stream()
                .filter(b -> b.isComplete() && b.asOfTime().isBefore(Simulators.NOW.minus(Duration.ofMinutes(20))))
                .skip(older).findFirst().orElseThrow();
    }

    private void wipeAndRestore(Backup backup) {
        simulation.wipe(billing);
        SimulationAccess.withEngine(simulation, e -> e.run(new StartRestore(simulation.desktopUser().id(), RestoreRequest.cluster(billing, billing, backup.id()))));
        simulation.clock().advance(Duration.ofHours(1));
        panel.refresh();
    }

    @Test
    void aDrillShowsItsGoalStepsAndChecksAndHintsOneAtATime() {
        begin();
        assertEquals(DrillResult.IN_PROGRESS, panel.resultProperty().get());
        assertEquals("A cluster restore needs an empty target", panel.titleProperty().get());
        assertEquals(4, panel.steps().size());
        assertEquals(DrillOutcome.State.PENDING, panel.checks().get(0).state());
        assertTrue(panel.shownHints().isEmpty());

        panel.showHintCommand().execute();
        panel.showHintCommand().execute();
        panel.showHintCommand().execute();
        assertEquals(3, panel.shownHints().size());
        assertFalse(panel.showHintCommand().isExecutable(), "no more hints");
        assertEquals(new DrillRecord(1, 0, java.util.Optional.empty()), progress.recordOf("target-not-empty"));
    }

    @Test
    void theRightBackupPassesTheDrillWithTheSimulatedTimeTakenAndKeepsTheRecord() {
        begin();
        wipeAndRestore(backupBeforeIncident(0));

        assertEquals(DrillResult.PASSED, panel.resultProperty().get());
        assertEquals("Drill passed in 1 h 00 min of simulated time.", panel.resultTextProperty().get());
        assertEquals("Passed 1 of 1 try · best 1 h 00 min", progress.recordOf("target-not-empty").summary());
    }

    @Test
    void theLibraryShowsAPassAsSoonAsThePanelDoes() {
        ScenarioLibraryViewModel library = new ScenarioLibraryViewModel(session, UiExecutors.direct(), panel, progress,
                1, InstantSource.fixed(Simulators.NOW), () -> { });
        begin();
        List<String> shownWithTheResult = new ArrayList<>();
        panel.resultProperty().addListener((obs, old, result) -> shownWithTheResult.add(library.entries().stream()
                .filter(e -> e.name().equals("target-not-empty")).findFirst().orElseThrow().progress()));

        wipeAndRestore(backupBeforeIncident(0));

        assertEquals(List.of("Passed 1 of 1 try · best 1 h 00 min"), shownWithTheResult);
    }

    @Test
    void aHiddenDrillPanelGoesOnJudgingAndCanBeOpenedAgain() {
        assertFalse(panel.reopenCommand().isExecutable(), "no drill, nothing to open");
        begin();
        assertTrue(panel.panelShownProperty().get());

        panel.hideCommand().execute();
        assertFalse(panel.panelShownProperty().get());
        wipeAndRestore(backupBeforeIncident(0));
        assertEquals(DrillResult.PASSED, panel.resultProperty().get(), "judged while hidden");

        assertTrue(panel.reopenCommand().isExecutable());
        panel.reopenCommand().execute();
        assertTrue(panel.panelShownProperty().get());
        assertFalse(panel.reopenCommand().isExecutable());
    }

    @Test
    void anOlderBackupFailsTheDrillAndSaysWhy() {
        begin();
        wipeAndRestore(backupBeforeIncident(2));

        assertEquals(DrillResult.FAILED, panel.resultProperty().get());
        assertTrue(panel.resultTextProperty().get().startsWith("Drill failed after 1 h 00 min of simulated time: Restored from"),
                panel.resultTextProperty().get());
        assertEquals("Tried 1 time, not passed yet", progress.recordOf("target-not-empty").summary());
    }

    @Test
    void replacingTheSimulationEndsTheDrill() {
        begin();
        session.replace(Simulators.scenario("empty"));
        assertEquals(DrillResult.NONE, panel.resultProperty().get());
    }

    @Test
    void theLibraryStartsATrainingScenarioWithItsDrillAndShowsProgress() {
        AtomicInteger started = new AtomicInteger();
        ScenarioLibraryViewModel library = new ScenarioLibraryViewModel(session, UiExecutors.direct(), panel, progress,
                1, InstantSource.fixed(Simulators.NOW), started::incrementAndGet);
        assertEquals(Scenario.BUILT_IN.size(), library.entries().size());
        ScenarioEntry drill = library.entries().stream().filter(e -> e.name().equals("dropped-database")).findFirst().orElseThrow();
        assertEquals("Not tried yet", drill.progress());

        library.selectedProperty().set(drill);
        library.startCommand().execute();

        assertEquals("Northwind Traders", session.current().organizationName());
        assertEquals("Restore after an accidental DROP DATABASE", panel.titleProperty().get());
        assertEquals(1, started.get());
        assertEquals("Tried 1 time, not passed yet", library.entries().stream()
                .filter(e -> e.name().equals("dropped-database")).findFirst().orElseThrow().progress());
    }

    @Test
    void aScenarioFileWithAnErrorIsRefusedWithItsPlaceAndChangesNothing() throws Exception {
        ScenarioLibraryViewModel library = new ScenarioLibraryViewModel(session, UiExecutors.direct(), panel, progress,
                1, InstantSource.fixed(Simulators.NOW), () -> { });
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"scenario": 1, "name": "bad", "organization": "X", "history": "P1D",
                 "timeline": [{"at": "PT0S", "do": "createCluster", "name": "a", "plan": "GOLD",
                               "provider": "AWS", "regions": ["us-east-1"], "catalog": {"databases": []}}]}
                """);
        library.fileProperty().set(bad);
        library.openFileCommand().execute();

        String error = library.errorProperty().get();
        assertTrue(error.startsWith("Cannot start " + bad + ", at $.timeline[0].plan: "), error);
        assertTrue(error.endsWith("found \"GOLD\". Nothing was changed; correct the file or choose another."), error);
        assertEquals(simulation, session.current());
    }
}
