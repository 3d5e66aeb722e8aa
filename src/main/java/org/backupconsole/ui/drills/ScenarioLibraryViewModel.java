package org.backupconsole.ui.drills;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.backend.Sentences;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.Confirmation;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The scenario library: the built-in scenarios (the demo organization and the training drills) with the
 * trainee's progress on each, and scenario files of one's own. Starting one plays it to the present on a
 * clock running in real time and replaces the simulation; a training scenario starts its drill. A file that
 * cannot be used changes nothing, and the message says the file, the place in it and the reason.
 */
public final class ScenarioLibraryViewModel {

    private final SimulationSession session;
    private final UiExecutors executors;
    private final DrillPanelViewModel drillPanel;
    private final DrillProgressStore progress;
    private final long seed;
    private final InstantSource wall;
    private final Runnable onStarted;

    private final ObservableList<ScenarioEntry> entries = FXCollections.observableArrayList();

    private final ObservableList<ScenarioEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObjectProperty<ScenarioEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Command start;
    private final Command openFile;

    /**
     * @param onStarted called on the UI thread once a scenario runs, so that the app can show its backups
     */
    public ScenarioLibraryViewModel(SimulationSession session, UiExecutors executors, DrillPanelViewModel drillPanel,
                                    DrillProgressStore progress, long seed, InstantSource wall, Runnable onStarted) {
        this.session = Objects.requireNonNull(session, "session");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.drillPanel = Objects.requireNonNull(drillPanel, "drillPanel");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.seed = seed;
        this.wall = Objects.requireNonNull(wall, "wall");
        this.onStarted = Objects.requireNonNull(onStarted, "onStarted");
        start = new Command(Bindings.isNotNull(selected), done -> {
            String name = selected.get().name();
            play(done, name, () -> Scenario.builtIn(name));
        });
        openFile = new Command(Bindings.isNotNull(file), done -> {
            Path chosen = file.get();
            play(done, chosen.getFileName().toString(), () -> Scenario.load(chosen));
        });
        drillPanel.resultProperty().addListener((obs, old, result) -> listScenarios());
        listScenarios();
    }

    private void listScenarios() {
        String keep = selected.get() == null ? null : selected.get().name();
        entries.setAll(Scenario.BUILT_IN.stream().map(this::entry).toList());
        selected.set(entries.stream().filter(e -> e.name().equals(keep)).findFirst().orElse(null));
    }

    private ScenarioEntry entry(String name) {
        Scenario scenario = Scenario.builtIn(name);
        return scenario.drill()
                .map(drill -> new ScenarioEntry(name, drill.title(), scenario.description(), true,
                        progress.recordOf(name).summary()))
                .orElseGet(() -> new ScenarioEntry(name, name, scenario.description(), false, ""));
    }

    private void play(Runnable done, String name, Callable<Scenario> read) {
        Instant now = wall.instant().truncatedTo(ChronoUnit.SECONDS);
        executors.call(() -> {
            Scenario scenario = read.call();
            VirtualClock clock = new VirtualClock(wall, now, 1);
            return new Played(scenario, Simulation.fromScenario(scenario, seed, now, Optional.empty(), clock));
        }, played -> {
            session.replace(played.simulation());
            played.scenario().drill().ifPresent(drill -> drillPanel.begin(name, drill, now));
            message.set("Started " + played.scenario().name() + ": " + played.simulation().organizationName()
                    + (played.scenario().drill().isPresent() ? ". The drill's steps are on the right." : "."));
            error.set("");
            onStarted.run();
        }, failure -> {
            message.set("");
            error.set("Cannot start " + Sentences.end(failure.message())
                    + " Nothing was changed; correct the file or choose another.");
        }, done);
    }

    private record Played(Scenario scenario, Simulation simulation) {
    }

    /** Asked before a scenario starts, because it replaces the whole simulation. */
    public Confirmation startConfirmation(String scenarioTitle) {
        return new Confirmation("Start " + scenarioTitle + "?",
                "Starting it replaces the whole simulation: every cluster, backup, restore and clock setting of the"
                        + " current one is lost. To keep them, save the session first under Clock and faults.",
                "Start and replace");
    }

    public ObservableList<ScenarioEntry> entries() {
        return entriesView;
    }

    public ObjectProperty<ScenarioEntry> selectedProperty() {
        return selected;
    }

    /** A scenario file of one's own to open; the view sets it from a file chooser. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Command startCommand() {
        return start;
    }

    public Command openFileCommand() {
        return openFile;
    }
}
