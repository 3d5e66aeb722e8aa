package org.backupconsole.ui.simulator;

import java.time.ZoneId;

import org.backupconsole.engine.SimulationSession;
import org.backupconsole.ui.common.UiExecutors;

/** The Simulator page: the clock, the fault toggles and the session file, kept in step with the current simulation. */
public final class SimulatorPanelViewModel {

    private final ClockViewModel clock;
    private final FaultTogglesViewModel faults;
    private final SessionFileViewModel sessionFile;

    /**
     * @param onTimeMoved called on the UI thread when the clock was moved by hand, so that pages refresh
     */
    public SimulatorPanelViewModel(SimulationSession session, UiExecutors executors, ZoneId zone, Runnable onTimeMoved) {
        this.clock = new ClockViewModel(session, zone, onTimeMoved);
        this.faults = new FaultTogglesViewModel(session, executors);
        this.sessionFile = new SessionFileViewModel(session, executors);
        session.onReplaced(replaced -> {
            clock.refresh();
            faults.showSimulation();
        });
    }

    public ClockViewModel clock() {
        return clock;
    }

    public FaultTogglesViewModel faults() {
        return faults;
    }

    public SessionFileViewModel sessionFile() {
        return sessionFile;
    }
}
