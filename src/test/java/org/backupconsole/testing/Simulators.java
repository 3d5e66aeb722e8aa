package org.backupconsole.testing;

import java.time.Instant;

import org.backupconsole.domain.Permissions;
import org.backupconsole.engine.BackupEngine;
import org.backupconsole.engine.DemoOrganization;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.VirtualClock;

/** Simulators for tests: the demo organization on a clock that only moves when the test moves it. */
public final class Simulators {

    public static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    private Simulators() {
    }

    public static SimulatorBackupService demo() {
        return demo(DemoOrganization.create(1, NOW));
    }

    public static SimulatorBackupService demo(BackupEngine engine) {
        return new SimulatorBackupService(engine, VirtualClock.paused(engine.now()), DemoOrganization.NAME,
                Permissions.organizationAdmin());
    }
}
