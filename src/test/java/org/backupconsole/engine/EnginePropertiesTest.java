package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.domain.RestoreType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The invariants of issue 3 over random command sequences: no listed backup outlives its retention
 * (cloud-api.md §7), as-of times strictly increase per cluster, a restore never succeeds into a non-empty
 * destination and never runs twice at once on a cluster (§6), same seed ⇒ same history, and
 * save → load → save is byte-identical.
 */
class EnginePropertiesTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int CLUSTERS = 5;

    /** One thing a user or the clock does to the simulation. */
    interface Step {
        void apply(World world);
    }

    record Advance(int minutes) implements Step {
        public void apply(World world) {
            world.simulation.clock().advance(Duration.ofMinutes(minutes));
        }
    }

    record ChangeSettings(int cluster, Optional<Boolean> enabled, Optional<Integer> frequency, Optional<Integer> retention)
            implements Step {
        public void apply(World world) {
            world.attempt(e -> e.updateSettings(world.adminId, world.id(cluster),
                    new BackupSettingsUpdate(enabled, frequency, retention)));
        }
    }

    record ChangePlan(int cluster, Plan plan) implements Step {
        public void apply(World world) {
            world.attempt(e -> e.changePlan(world.id(cluster), plan));
        }
    }

    record StartRestore(int source, int destination, boolean latest) implements Step {
        public void apply(World world) {
            world.restore(source, destination, latest);
        }
    }

    record SetData(int cluster, boolean wipe) implements Step {
        public void apply(World world) {
            Catalog catalog = wipe ? Catalog.EMPTY : EngineFixture.catalog("orders", 3L << 30);
            world.attempt(e -> e.replaceCatalog(world.id(cluster), catalog));
        }
    }

    record Delete(int cluster) implements Step {
        public void apply(World world) {
            world.attempt(e -> e.deleteCluster(world.id(cluster)));
        }
    }

    record InjectFault(boolean restores, int times) implements Step {
        public void apply(World world) {
            FaultRule.Target target = restores ? FaultRule.Target.RESTORE : FaultRule.Target.BACKUP;
            world.attempt(e -> e.addFaultRule(FaultRule.next(target, Optional.empty(), times, 14, "injected")));
        }
    }

    /** A simulation with a few clusters of every plan, and what the invariants need to remember. */
    static final class World {
        final Simulation simulation;
        final String adminId;
        final List<String> clusterIds = new ArrayList<>();
        /** Restore id → whether its destination was empty when a CLUSTER restore was started. */
        final Map<String, Boolean> destinationWasEmpty = new HashMap<>();

        World(long seed) {
            try {
                simulation = Simulation.fromScenario(Scenario.builtIn("empty"), seed, START, Optional.of("key"),
                        VirtualClock.paused(START));
            } catch (SimulationFileException e) {
                throw new IllegalStateException(e);
            }
            adminId = simulation.desktopUser().id();
            Plan[] plans = {Plan.STANDARD, Plan.STANDARD, Plan.BASIC, Plan.BASIC, Plan.ADVANCED};
            for (int i = 0; i < CLUSTERS; i++) {
                Catalog catalog = i % 2 == 0 ? EngineFixture.catalog("db" + i, (i + 1L) << 30) : Catalog.EMPTY;
                Plan plan = plans[i];
                String name = "c" + i;
                clusterIds.add(simulation.withEngine(e -> e.createCluster(name, plan, CloudProvider.AWS,
                        List.of("us-east-1", "eu-west-1"), catalog)).id());
            }
        }

        String id(int index) {
            return clusterIds.get(index % clusterIds.size());
        }

        void attempt(Consumer<BackupEngine> command) {
            simulation.withEngine(e -> {
                try {
                    command.accept(e);
                } catch (BackendException refused) {
                    // A refused command is part of the sequence too: it must change nothing.
                }
                return null;
            });
        }

        void restore(int source, int destination, boolean latest) {
            simulation.withEngine(e -> {
                String from = id(source);
                String to = id(destination);
                try {
                    Optional<String> backup = latest ? Optional.empty() : e.backups(from, TimeRange.ALL).stream()
                            .filter(Backup::isComplete).reduce((first, second) -> second).map(Backup::id);
                    boolean empty = e.catalog(to).isEmpty();
                    Restore started = e.startRestore(adminId, new RestoreRequest(to, RestoreType.CLUSTER,
                            Optional.of(from), backup, List.of(), RestoreOptions.NONE));
                    destinationWasEmpty.put(started.id(), empty);
                } catch (BackendException refused) {
                    // Refused, or a cluster already purged: nothing started.
                }
                return null;
            });
        }

        void checkInvariants() {
            simulation.withEngine(e -> {
                Instant now = e.now();
                for (Cluster cluster : e.clusters()) {
                    List<SimBackup> newestFirst = e.listed(cluster.id());
                    assertEquals(newestFirst.size(), e.backups(cluster.id(), TimeRange.ALL).size());
                    for (int i = 0; i < newestFirst.size(); i++) {
                        SimBackup backup = newestFirst.get(i);
                        assertTrue(backup.asOf.plus(Duration.ofDays(backup.retentionDays)).isAfter(now),
                                "listed past the retention in force when it was taken: " + backup.snapshot(now));
                        if (i > 0) {
                            assertTrue(backup.asOf.isBefore(newestFirst.get(i - 1).asOf),
                                    "as-of times strictly increase on " + cluster.name());
                        }
                    }
                    List<Restore> restores = e.restores(cluster.id());
                    long pending = restores.stream().filter(r -> r.status() == RestoreStatus.PENDING).count();
                    assertTrue(pending <= 1, "two restores at once into " + cluster.name());
                    assertEquals(pending == 1, cluster.state() == ClusterState.LOCKED, "locked exactly while restoring");
                    for (Restore restore : restores) {
                        if (restore.status() == RestoreStatus.SUCCESS) {
                            assertTrue(destinationWasEmpty.get(restore.id()), "a restore succeeded into a non-empty cluster");
                        }
                    }
                }
                return null;
            });
        }

        String history() {
            return simulation.withEngine(e -> {
                StringBuilder text = new StringBuilder();
                for (Cluster cluster : e.clusters()) {
                    text.append(cluster).append('\n').append(e.catalog(cluster.id())).append('\n');
                    e.backups(cluster.id(), TimeRange.ALL).forEach(b -> text.append(b).append('\n'));
                    e.incompleteBackups(cluster.id()).forEach(b -> text.append(b).append('\n'));
                    e.restores(cluster.id()).forEach(r -> text.append(r).append('\n'));
                }
                return text.toString();
            });
        }
    }

    @Property(tries = 40)
    void invariantsHoldAfterEveryStep(@ForAll("steps") List<Step> steps, @ForAll long seed) {
        World world = new World(seed);
        for (Step step : steps) {
            step.apply(world);
            world.checkInvariants();
        }
    }

    @Property(tries = 15)
    void theSameSeedAndStepsGiveTheSameHistory(@ForAll("steps") List<Step> steps, @ForAll long seed) {
        assertEquals(play(seed, steps).history(), play(seed, steps).history());
    }

    @Property(tries = 15)
    void saveLoadSaveIsByteIdentical(@ForAll("steps") List<Step> steps, @ForAll long seed) throws IOException {
        World world = play(seed, steps);
        Path dir = Files.createTempDirectory("engine-properties");
        try {
            Path first = dir.resolve("first.json");
            world.simulation.save(first);
            Simulation loaded = Simulation.load(first);
            Path second = dir.resolve("second.json");
            loaded.save(second);
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static World play(long seed, List<Step> steps) {
        World world = new World(seed);
        steps.forEach(step -> step.apply(world));
        return world;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> cluster = Arbitraries.integers().between(0, CLUSTERS - 1);
        Arbitrary<Optional<Integer>> frequency = Arbitraries.of(5, 10, 15, 30, 60, 240, 1440, 7).optional(0.6);
        Arbitrary<Optional<Integer>> retention = Arbitraries.of(2, 7, 30, 90, 365, 3).optional(0.4);
        Arbitrary<Step> advance = Arbitraries.integers().between(1, 3 * 24 * 60).map(Advance::new);
        Arbitrary<Step> settings = Combinators.combine(cluster, Arbitraries.of(true, false).optional(0.3), frequency, retention)
                .as(ChangeSettings::new);
        Arbitrary<Step> plan = Combinators.combine(cluster, Arbitraries.of(Plan.class)).as(ChangePlan::new);
        Arbitrary<Step> restore = Combinators.combine(cluster, cluster, Arbitraries.of(true, false)).as(StartRestore::new);
        Arbitrary<Step> data = Combinators.combine(cluster, Arbitraries.of(true, false)).as(SetData::new);
        Arbitrary<Step> delete = cluster.map(Delete::new);
        Arbitrary<Step> fault = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1, 3))
                .as(InjectFault::new);
        return Arbitraries.frequencyOf(
                Tuple.of(6, advance), Tuple.of(3, settings), Tuple.of(1, plan),
                Tuple.of(4, restore), Tuple.of(2, data), Tuple.of(1, delete),
                Tuple.of(1, fault))
                .list().ofMaxSize(30);
    }
}
