package org.backupconsole.engine;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The simulation the desktop app works on now. Loading a saved session or starting a drill replaces it; the
 * backend service handed out here always talks to the current one, as the desktop user. Thread-safe.
 */
public final class SimulationSession {

    private volatile Simulation current;
    private final List<Consumer<Simulation>> listeners = new CopyOnWriteArrayList<>();

    public SimulationSession(Simulation first) {
        this.current = Objects.requireNonNull(first, "first");
    }

    public Simulation current() {
        return current;
    }

    /** Makes {@code next} the current simulation and tells the listeners, on the caller's thread. */
    public void replace(Simulation next) {
        current = Objects.requireNonNull(next, "next");
        listeners.forEach(listener -> listener.accept(next));
    }

    public void onReplaced(Consumer<Simulation> listener) {
        listeners.add(listener);
    }

    /** The backend port acting as the current simulation's desktop user, whichever simulation that is. */
    public SimulatorBackupService desktopService() {
        return new SimulatorBackupService(this::current, Simulation::desktopUserId, LostReadRetries.AS_THE_LIVE_CLIENT);
    }
}
