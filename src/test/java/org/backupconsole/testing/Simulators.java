package org.backupconsole.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Plan;
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

    /**
     * An organization with every plan: two STANDARD clusters, an ADVANCED one and a BASIC one, with ten days
     * of backups behind them.
     */
    public static SimulatorBackupService mixedPlans() {
        BackupEngine engine = new BackupEngine(7, NOW.minus(Duration.ofDays(10)));
        engine.createCluster("orders", Plan.STANDARD, CloudProvider.AWS, List.of("us-east-1", "us-west-2"), 4L << 30);
        engine.createCluster("orders-staging", Plan.STANDARD, CloudProvider.AWS, List.of("us-east-1"), 1L << 30);
        engine.createCluster("analytics", Plan.ADVANCED, CloudProvider.GCP, List.of("europe-west1"), 8L << 30);
        engine.createCluster("payments", Plan.BASIC, CloudProvider.GCP, List.of("us-central1"), 1L << 30);
        engine.advanceTo(NOW);
        return demo(engine);
    }

    public static SimulatorBackupService demo(BackupEngine engine) {
        return new SimulatorBackupService(engine, VirtualClock.paused(engine.now()), DemoOrganization.NAME,
                Permissions.organizationAdmin());
    }
}
