package org.backupconsole.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Plan;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.file.SimulationFileException;
import org.backupconsole.engine.model.CreateCluster;

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

    /** A built-in scenario played to {@link #NOW}, on a clock that only moves when the test moves it. */
    public static Simulation scenario(String name) {
        try {
            return Simulation.fromScenario(Scenario.builtIn(name), 1, NOW, Optional.empty(), VirtualClock.paused(NOW));
        } catch (SimulationFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An organization with every plan, acting as its Org Admin, with ten days of backups behind it: two empty
     * STANDARD clusters (a cluster restore into them succeeds), an ADVANCED one holding {@link Catalogs#sample()}
     * (a cluster restore into it fails, as the service refuses a non-empty destination) and an empty BASIC one.
     */
    public static SimulatorBackupService mixedPlans() {
        Instant start = NOW.minus(Duration.ofDays(10));
        try {
            Simulation simulation = Simulation.fromScenario(Scenario.builtIn("empty"), 7, start, Optional.empty(),
                    VirtualClock.paused(start));
            SimulationAccess.withEngine(simulation, engine -> List.of(
                    engine.run(new CreateCluster("orders", Plan.STANDARD, CloudProvider.AWS, List.of("us-east-1", "us-west-2"), Catalog.EMPTY)),
                    engine.run(new CreateCluster("orders-staging", Plan.STANDARD, CloudProvider.AWS, List.of("us-east-1"), Catalog.EMPTY)),
                    engine.run(new CreateCluster("analytics", Plan.ADVANCED, CloudProvider.GCP, List.of("europe-west1"), Catalogs.sample())),
                    engine.run(new CreateCluster("payments", Plan.BASIC, CloudProvider.GCP, List.of("us-central1"), Catalog.EMPTY))));
            simulation.clock().jumpTo(NOW);
            return simulation.serviceFor(simulation.desktopUser());
        } catch (SimulationFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
