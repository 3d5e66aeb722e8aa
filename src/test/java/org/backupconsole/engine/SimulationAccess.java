package org.backupconsole.engine;

import java.util.function.Function;

import org.backupconsole.engine.model.BackupEngine;

/**
 * For tests only: the engine behind a simulation, under the simulation's lock, to stage histories and read
 * internals that no caller of the simulation may reach.
 */
public final class SimulationAccess {

    private SimulationAccess() {
    }

    public static <T> T withEngine(Simulation simulation, Function<BackupEngine, T> action) {
        return simulation.underLock(action);
    }
}
