package org.backupconsole.ui.drills;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.engine.Drill;
import org.backupconsole.engine.DrillOutcome;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The drill side panel: the running drill's goal, steps, hints and checks, judged again on every
 * {@link #refresh()} as the trainee works. The drill passes when every check is met and fails as soon as one
 * is broken; either way the result, with the simulated time taken, is kept in the progress store. Replacing
 * the simulation (loading a session, starting another scenario) ends the drill.
 */
public final class DrillPanelViewModel {

    private final SimulationSession session;
    private final UiExecutors executors;
    private final DrillProgressStore progress;

    private final ReadOnlyObjectWrapper<DrillResult> result = new ReadOnlyObjectWrapper<>(this, "result", DrillResult.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper goal = new ReadOnlyStringWrapper(this, "goal", "");
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ObservableList<DrillOutcome> checks = FXCollections.observableArrayList();
    private final ObservableList<String> shownHints = FXCollections.observableArrayList();
    // Kept, not made per call: an unmodifiable view holds its listeners only while it is itself held.
    private final ObservableList<String> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<DrillOutcome> checksView = FXCollections.unmodifiableObservableList(checks);
    private final ObservableList<String> shownHintsView = FXCollections.unmodifiableObservableList(shownHints);
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Command showHint;
    private final ReadOnlyBooleanWrapper panelShown = new ReadOnlyBooleanWrapper(this, "panelShown", false);
    private final Command hide;
    private final Command reopen;
    private String scenario;
    private Drill drill;
    private Instant startedAt;
    private Simulation simulation;
    private boolean judging;

    public DrillPanelViewModel(SimulationSession session, UiExecutors executors, DrillProgressStore progress) {
        this.session = Objects.requireNonNull(session, "session");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.progress = Objects.requireNonNull(progress, "progress");
        showHint = new Command(Bindings.createBooleanBinding(
                () -> drill != null && shownHints.size() < drill.hints().size(), shownHints, result), done -> {
                    shownHints.add(drill.hints().get(shownHints.size()));
                    done.run();
                });
        var open = result.isNotEqualTo(DrillResult.NONE);
        hide = new Command(open.and(panelShown), done -> {
            panelShown.set(false);
            done.run();
        });
        reopen = new Command(open.and(panelShown.not()), done -> {
            panelShown.set(true);
            done.run();
        });
        session.onReplaced(replaced -> {
            if (replaced != simulation) {
                end();
            }
        });
    }

    /** Starts a drill on the current simulation, which the scenario has just been played into, at {@code start}. */
    public void begin(String scenarioName, Drill newDrill, Instant start) {
        progress.recordTry(scenarioName);
        scenario = scenarioName;
        drill = newDrill;
        startedAt = start;
        simulation = session.current();
        title.set(newDrill.title());
        goal.set(newDrill.goal());
        steps.setAll(newDrill.steps());
        shownHints.clear();
        checks.clear();
        resultText.set("");
        error.set("");
        elapsed.set(SimulatedTime.of(Duration.ZERO));
        result.set(DrillResult.IN_PROGRESS);
        panelShown.set(true);
        refresh();
    }

    /** Judges the checks again; the view calls this on a timer while a drill runs. */
    public void refresh() {
        if (result.get() != DrillResult.IN_PROGRESS || judging) {
            return;
        }
        judging = true;
        Simulation judged = simulation;
        Drill running = drill;
        executors.call(() -> new Judgement(judged.now(), judged.judge(running, startedAt)), judgement -> {
            if (judged == simulation && result.get() == DrillResult.IN_PROGRESS) {
                show(judgement);
            }
        }, failure -> error.set(failure.message()), () -> judging = false);
    }

    private void show(Judgement judgement) {
        Duration taken = Duration.between(startedAt, judgement.now());
        elapsed.set(SimulatedTime.of(taken));
        checks.setAll(judgement.outcomes());
        error.set("");
        if (judgement.outcomes().stream().anyMatch(o -> o.state() == DrillOutcome.State.BROKEN)) {
            result.set(DrillResult.FAILED);
            resultText.set("Drill failed after " + SimulatedTime.of(taken) + " of simulated time: "
                    + judgement.outcomes().stream().filter(o -> o.state() == DrillOutcome.State.BROKEN)
                            .map(DrillOutcome::detail).findFirst().orElse("") + " Start it again to retry.");
        } else if (judgement.outcomes().stream().allMatch(o -> o.state() == DrillOutcome.State.MET)) {
            // Recorded first: the scenario library lists the drills again when the result changes.
            progress.recordPass(scenario, taken);
            resultText.set("Drill passed in " + SimulatedTime.of(taken) + " of simulated time.");
            result.set(DrillResult.PASSED);
        }
    }

    private void end() {
        drill = null;
        simulation = null;
        result.set(DrillResult.NONE);
        panelShown.set(false);
        checks.clear();
        shownHints.clear();
    }

    private record Judgement(Instant now, List<DrillOutcome> outcomes) {
    }

    public ReadOnlyObjectProperty<DrillResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goalProperty() {
        return goal.getReadOnlyProperty();
    }

    public ObservableList<String> steps() {
        return stepsView;
    }

    /** How each check of the goal stands, in the order the drill lists them. */
    public ObservableList<DrillOutcome> checks() {
        return checksView;
    }

    /** The hints asked for so far. */
    public ObservableList<String> shownHints() {
        return shownHintsView;
    }

    /** Simulated time since the drill began. */
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Command showHintCommand() {
        return showHint;
    }

    /** Whether the side panel is open; a drill goes on, and is judged, while its panel is hidden. */
    public ReadOnlyBooleanProperty panelShownProperty() {
        return panelShown.getReadOnlyProperty();
    }

    /** Hides the panel, leaving the room to the page; the drill goes on. */
    public Command hideCommand() {
        return hide;
    }

    /** Opens the panel of the drill under way again. */
    public Command reopenCommand() {
        return reopen;
    }
}
