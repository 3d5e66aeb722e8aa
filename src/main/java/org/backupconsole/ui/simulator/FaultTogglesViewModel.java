package org.backupconsole.ui.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.backupconsole.backend.BackendException;
import org.backupconsole.engine.FailingJobs;
import org.backupconsole.engine.NetworkConditions;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The fault toggles: a slow network, a network that loses calls, and every backup run or every restore job
 * failing. The network toggles act at once; the failing toggles add or remove a fault rule of the engine,
 * so they are saved with the session. {@link #showSimulation()} reads the toggles back from the simulation.
 */
public final class FaultTogglesViewModel {

    static final String FAILING_BACKUPS = "injected by the fault toggle: backup runs fail (Simulator page)";
    static final String FAILING_RESTORES = "injected by the fault toggle: restore jobs fail (Simulator page)";
    private static final int UNAVAILABLE = 14;

    private final SimulationSession session;
    private final UiExecutors executors;
    private final BooleanProperty slowNetwork = new SimpleBooleanProperty(this, "slowNetwork");
    private final IntegerProperty latencyMillis = new SimpleIntegerProperty(this, "latencyMillis", 800);
    private final BooleanProperty lossyNetwork = new SimpleBooleanProperty(this, "lossyNetwork");
    private final IntegerProperty errorPercent = new SimpleIntegerProperty(this, "errorPercent", 30);
    private final BooleanProperty failingBackups = new SimpleBooleanProperty(this, "failingBackups");
    private final BooleanProperty failingRestores = new SimpleBooleanProperty(this, "failingRestores");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean showing;

    public FaultTogglesViewModel(SimulationSession session, UiExecutors executors) {
        this.session = Objects.requireNonNull(session, "session");
        this.executors = Objects.requireNonNull(executors, "executors");
        for (var input : List.of(slowNetwork, lossyNetwork)) {
            input.addListener(o -> applyNetwork());
        }
        latencyMillis.addListener(o -> applyNetwork());
        errorPercent.addListener(o -> applyNetwork());
        failingBackups.addListener((obs, was, on) -> applyFailing(FailingJobs.BACKUP_RUNS, on, FAILING_BACKUPS));
        failingRestores.addListener((obs, was, on) -> applyFailing(FailingJobs.RESTORE_JOBS, on, FAILING_RESTORES));
        showSimulation();
    }

    /** Sets the toggles from the current simulation, as after loading a session or starting a scenario. */
    public void showSimulation() {
        Simulation simulation = session.current();
        executors.call(() -> new Failing(simulation.failsEvery(FailingJobs.BACKUP_RUNS),
                simulation.failsEvery(FailingJobs.RESTORE_JOBS)), failing -> {
            NetworkConditions network = simulation.network();
            showing = true;
            try {
                slowNetwork.set(!network.latency().isZero());
                if (!network.latency().isZero()) {
                    latencyMillis.set((int) network.latency().toMillis());
                }
                lossyNetwork.set(network.errorRate() > 0);
                if (network.errorRate() > 0) {
                    errorPercent.set((int) Math.round(network.errorRate() * 100));
                }
                failingBackups.set(failing.backups());
                failingRestores.set(failing.restores());
            } finally {
                showing = false;
            }
        }, failure -> error.set(failure.message()));
    }

    private void applyNetwork() {
        if (showing) {
            return;
        }
        try {
            Duration latency = Duration.ofMillis(slowNetwork.get() ? latencyMillis.get() : 0);
            double rate = lossyNetwork.get() ? errorPercent.get() / 100.0 : 0;
            session.current().setNetwork(new NetworkConditions(latency, rate));
            error.set("");
        } catch (BackendException e) {
            error.set(e.userMessage());
        }
    }

    private record Failing(boolean backups, boolean restores) {
    }

    private void applyFailing(FailingJobs jobs, boolean on, String message) {
        if (showing) {
            return;
        }
        Simulation simulation = session.current();
        executors.call(() -> {
            if (on) {
                simulation.failEvery(jobs, UNAVAILABLE, message);
            } else {
                simulation.stopFailingEvery(jobs);
            }
            return on;
        }, done -> error.set(""), failure -> error.set(failure.message()));
    }

    public BooleanProperty slowNetworkProperty() {
        return slowNetwork;
    }

    public IntegerProperty latencyMillisProperty() {
        return latencyMillis;
    }

    public BooleanProperty lossyNetworkProperty() {
        return lossyNetwork;
    }

    public IntegerProperty errorPercentProperty() {
        return errorPercent;
    }

    public BooleanProperty failingBackupsProperty() {
        return failingBackups;
    }

    public BooleanProperty failingRestoresProperty() {
        return failingRestores;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
