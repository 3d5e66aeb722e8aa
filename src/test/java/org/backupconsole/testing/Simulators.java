package org.backupconsole.testing;

import java.time.Instant;
import java.util.Optional;

import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationFileException;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.VirtualClock;

/** Simulators for tests: the demo organization on a clock that only moves when the test moves it. */
public final class Simulators {

    public static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    private Simulators() {
    }

    /** The demo organization, acting as its Org Admin. */
    public static SimulatorBackupService demo() {
        Simulation simulation = Simulation.demo(1, NOW, Optional.empty(), VirtualClock.paused(NOW));
        return simulation.serviceFor(simulation.desktopUser());
    }

    /** An organization without clusters, acting as its Org Admin; add clusters with {@code withEngine}. */
    public static SimulatorBackupService empty() {
        try {
            Simulation simulation = Simulation.fromScenario(Scenario.builtIn("empty"), 3, NOW, Optional.empty(),
                    VirtualClock.paused(NOW));
            return simulation.serviceFor(simulation.desktopUser());
        } catch (SimulationFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
