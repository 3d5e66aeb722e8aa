package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.file.SimulationFileException;

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
 * save → load → save is byte-identical. And those of issue 13: save → load gives the same history (the engine's
 * observable state, read through its API, and the ids and draws still to come), a refused command leaves the
 * history and every next draw as they were, and a draw for one purpose leaves another purpose's draws alone.
 *
 * <p>A history is compared as {@link History}, the engine's state read through its API, never as a rendering of
 * the log; what is still to come (the next ids, regions, offsets and fault decisions) is compared by running the
 * same {@linkplain World#probe probe} on both and comparing the histories again.
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
            world.attempt(e -> e.run(new UpdateSettings(world.adminId, world.id(cluster),
                    new BackupSettingsUpdate(enabled, frequency, retention))));
        }
    }

    record SwitchPlan(int cluster, Plan plan) implements Step {
        public void apply(World world) {
            world.attempt(e -> e.run(new ChangePlan(world.id(cluster), plan)));
        }
    }

    record Restores(int source, int destination, boolean latest) implements Step {
        public void apply(World world) {
            world.restore(source, destination, latest);
        }
    }

    record SetData(int cluster, boolean wipe) implements Step {
        public void apply(World world) {
            Catalog catalog = wipe ? Catalog.EMPTY : EngineFixture.catalog("orders", 3L << 30);
            world.attempt(e -> e.run(new ReplaceCatalog(world.id(cluster), catalog)));
        }
    }

    record Delete(int cluster) implements Step {
        public void apply(World world) {
            world.attempt(e -> e.run(new DeleteCluster(world.id(cluster))));
        }
    }

    record InjectFault(boolean restores, int times) implements Step {
        public void apply(World world) {
            FaultRule.Target target = restores ? FaultRule.Target.RESTORE : FaultRule.Target.BACKUP;
            world.attempt(e -> e.run(new AddFaultRule(FaultRule.next(target, Optional.empty(), times, 14, "injected"))));
        }
    }

    /** A command the engine must refuse, whatever the steps before it did. */
    enum Refused {
        NAME_TAKEN, NO_REGIONS, UNKNOWN_CLUSTER_DELETED, UNKNOWN_FAULT_RULE_CLUSTER, ORG_ADMIN_ON_A_CLUSTER,
        FREQUENCY_NOT_OFFERED, UNKNOWN_RESTORE_DESTINATION, UNKNOWN_MEMBER_ROLES;

        void applyTo(BackupEngine e, World world) {
            switch (this) {
                // With every cluster deleted no name is taken; a cluster without regions is refused instead.
                case NAME_TAKEN -> e.run(new CreateCluster(world.takenName(e).orElse("fresh"), Plan.BASIC, CloudProvider.GCP,
                        world.takenName(e).isPresent() ? List.of("us-east1") : List.of(), Catalog.EMPTY));
                case NO_REGIONS -> e.run(new CreateCluster("fresh", Plan.STANDARD, CloudProvider.AWS, List.of(), Catalog.EMPTY));
                case UNKNOWN_CLUSTER_DELETED -> e.run(new DeleteCluster("no-such-cluster"));
                case UNKNOWN_FAULT_RULE_CLUSTER -> e.run(new AddFaultRule(FaultRule.next(FaultRule.Target.BACKUP,
                        Optional.of("no-such-cluster"), 1, 14, "injected")));
                case ORG_ADMIN_ON_A_CLUSTER -> e.run(AddPrincipal.user("someone", List.of(new RoleBinding(Role.ORG_ADMIN,
                        Optional.of(world.clusterIds.get(0))))));
                // 7 minutes is no frequency the service offers, whatever the plan; a deleted cluster refuses anyway.
                case FREQUENCY_NOT_OFFERED -> e.run(new UpdateSettings(world.adminId, world.id(0),
                        new BackupSettingsUpdate(Optional.empty(), Optional.of(7), Optional.empty())));
                case UNKNOWN_RESTORE_DESTINATION -> e.run(new StartRestore(world.adminId, new RestoreRequest("no-such-cluster",
                        RestoreType.CLUSTER, Optional.of(world.clusterIds.get(0)), Optional.empty(), List.of(),
                        RestoreOptions.NONE)));
                case UNKNOWN_MEMBER_ROLES -> e.run(new SetRoles("no-such-member", List.of()));
            }
        }
    }

    /** A cluster's observable state, read through the engine's API. */
    record ClusterHistory(Cluster cluster, Catalog catalog, BackupSettings settings, List<Backup> backups,
                          List<Catalog> backupContents, List<IncompleteBackup> incompleteBackups,
                          List<Restore> restores) {
    }

    /** The engine's observable state: the present, the members, the fault rules and every cluster. */
    record History(Instant now, List<Principal> members, List<FaultRule> faultRules, List<ClusterHistory> clusters) {

        static History of(BackupEngine e) {
            List<ClusterHistory> clusters = new ArrayList<>();
            for (Cluster cluster : e.reads().clusters()) {
                List<Backup> backups = e.reads().backups(cluster.id(), TimeRange.ALL);
                clusters.add(new ClusterHistory(cluster, e.reads().catalog(cluster.id()), e.reads().settings(cluster.id()), backups,
                        backups.stream().map(b -> e.reads().backupContents(cluster.id(), b.id())).toList(),
                        e.reads().incompleteBackups(cluster.id()), e.reads().restores(cluster.id())));
            }
            return new History(e.now(), e.reads().principals(), e.reads().faultRules(), clusters);
        }
    }

    /** A share of runs fail: each matching run draws whether it does. */
    record InjectChance(boolean restores, double probability) implements Step {
        public void apply(World world) {
            FaultRule.Target target = restores ? FaultRule.Target.RESTORE : FaultRule.Target.BACKUP;
            world.attempt(e -> e.run(new AddFaultRule(new FaultRule("", target, Optional.empty(), Optional.of(3), probability, 14,
                    "by chance"))));
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
                clusterIds.add(SimulationAccess.withEngine(simulation, e -> e.run(new CreateCluster(name, plan, CloudProvider.AWS,
                        List.of("us-east-1", "eu-west-1"), catalog))).id());
            }
        }

        String id(int index) {
            return clusterIds.get(index % clusterIds.size());
        }

        /** The name of a cluster that is not deleted, which a new cluster cannot take, if one is left. */
        Optional<String> takenName(BackupEngine e) {
            return e.reads().clusters().stream().filter(c -> c.state() != ClusterState.DELETED).map(Cluster::name).findFirst();
        }

        /** The same clusters and admin, on a simulation loaded from this one's save. */
        World reloaded(Simulation loaded) {
            return new World(loaded, adminId, clusterIds);
        }

        private World(Simulation simulation, String adminId, List<String> clusterIds) {
            this.simulation = simulation;
            this.adminId = adminId;
            this.clusterIds.addAll(clusterIds);
        }

        History snapshot() {
            return SimulationAccess.withEngine(simulation, History::of);
        }

        int logSize() {
            return SimulationAccess.withEngine(simulation, e -> e.log().size());
        }

        /**
         * Draws from every stream the engine has: a member, clusters (ids and backup regions), a fault rule, a
         * day of backups (backup ids, first-run offsets, fault decisions) and a restore (restore and job ids).
         * Run on two engines, it shows whether what was still to come was the same.
         */
        void probe() {
            SimulationAccess.withEngine(simulation, e -> {
                e.run(AddPrincipal.serviceAccount("probe-account", Optional.empty(), List.of()));
                String added = null;
                for (int i = 0; i < 3; i++) {
                    Catalog catalog = i == 0 ? EngineFixture.catalog("probe", 1L << 30) : Catalog.EMPTY;
                    added = e.run(new CreateCluster("probe-" + i, Plan.STANDARD, CloudProvider.AWS,
                            List.of("us-east-1", "us-west-2", "eu-west-1"), catalog)).id();
                }
                e.run(new AddFaultRule(new FaultRule("", FaultRule.Target.BACKUP, Optional.empty(), Optional.empty(), 0.3, 14,
                        "probe")));
                e.run(new AddFaultRule(new FaultRule("", FaultRule.Target.RESTORE, Optional.empty(), Optional.of(2), 0.5, 14,
                        "probe")));
                return added;
            });
            simulation.clock().advance(Duration.ofDays(1));
            restore(0, 1, true);
            restore(2, 3, true);
            simulation.clock().advance(Duration.ofHours(6));
        }

        void attempt(Consumer<BackupEngine> command) {
            SimulationAccess.withEngine(simulation, e -> {
                try {
                    command.accept(e);
                } catch (BackendException refused) {
                    // A refused command is part of the sequence too: it must change nothing.
                }
                return null;
            });
        }

        void restore(int source, int destination, boolean latest) {
            SimulationAccess.withEngine(simulation, e -> {
                String from = id(source);
                String to = id(destination);
                try {
                    Optional<String> backup = latest ? Optional.empty() : e.reads().backups(from, TimeRange.ALL).stream()
                            .filter(Backup::isComplete).reduce((first, second) -> second).map(Backup::id);
                    boolean empty = e.reads().catalog(to).isEmpty();
                    Restore started = e.run(new StartRestore(adminId, new RestoreRequest(to, RestoreType.CLUSTER,
                            Optional.of(from), backup, List.of(), RestoreOptions.NONE)));
                    destinationWasEmpty.put(started.id(), empty);
                } catch (BackendException refused) {
                    // Refused, or a cluster already purged: nothing started.
                }
                return null;
            });
        }

        void checkInvariants() {
            SimulationAccess.withEngine(simulation, e -> {
                Instant now = e.now();
                for (Cluster cluster : e.reads().clusters()) {
                    List<SimBackup> newestFirst = e.state.clusters.find(cluster.id()).backups.newestFirst(TimeRange.ALL);
                    assertEquals(newestFirst.size(), e.reads().backups(cluster.id(), TimeRange.ALL).size());
                    for (int i = 0; i < newestFirst.size(); i++) {
                        SimBackup backup = newestFirst.get(i);
                        assertTrue(backup.asOf.plus(Duration.ofDays(backup.retentionDays)).isAfter(now),
                                "listed past the retention in force when it was taken: " + backup.snapshot(now));
                        if (i > 0) {
                            assertTrue(backup.asOf.isBefore(newestFirst.get(i - 1).asOf),
                                    "as-of times strictly increase on " + cluster.name());
                        }
                    }
                    List<Restore> restores = e.reads().restores(cluster.id());
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
        World first = play(seed, steps);
        World second = play(seed, steps);
        assertEquals(first.snapshot(), second.snapshot());
        first.probe();
        second.probe();
        assertEquals(first.snapshot(), second.snapshot(), "and the same draws to come");
    }

    @Property(tries = 15)
    void saveThenLoadGivesTheSameHistoryAndTheSameDrawsToCome(@ForAll("steps") List<Step> steps, @ForAll long seed)
            throws IOException {
        World world = play(seed, steps);
        Path dir = Files.createTempDirectory("engine-properties");
        try {
            Path file = dir.resolve("state.json");
            world.simulation.save(file);
            World loaded = world.reloaded(Simulation.load(file));
            assertEquals(world.snapshot(), loaded.snapshot(), "the loaded history is the saved one");
            world.probe();
            loaded.probe();
            assertEquals(world.snapshot(), loaded.snapshot(), "the loaded engine draws the same ids and values next");
        } finally {
            deleteAll(dir);
        }
    }

    @Property(tries = 25)
    void aRefusedCommandLeavesTheHistoryAndEveryNextDrawAsTheyWere(@ForAll("steps") List<Step> steps,
                                                                  @ForAll Refused refused, @ForAll long seed) {
        World untouched = play(seed, steps);
        World world = play(seed, steps);
        History before = world.snapshot();
        int logged = world.logSize();
        SimulationAccess.withEngine(world.simulation, e -> assertThrows(BackendException.class, () -> refused.applyTo(e, world),
                refused + " is refused"));
        assertEquals(before, world.snapshot(), refused + " changed the history");
        assertEquals(logged, world.logSize(), refused + " was logged");
        untouched.probe();
        world.probe();
        assertEquals(untouched.snapshot(), world.snapshot(), refused + " drew randomness: what came next differs");
    }

    @Property(tries = 25)
    void aDrawForOnePurposeLeavesTheOtherPurposesDrawsAlone(@ForAll("steps") List<Step> steps, @ForAll long seed) {
        // A fault rule draws a fault rule id: the clusters and members made after it get the same ids and regions.
        World plain = play(seed, steps);
        World withRule = play(seed, steps);
        SimulationAccess.withEngine(withRule.simulation, e -> e.run(new AddFaultRule(FaultRule.next(FaultRule.Target.RESTORE, Optional.empty(), 1,
                14, "extra"))));
        assertEquals(laterClustersAndMembers(plain), laterClustersAndMembers(withRule));

        // A cluster draws a cluster id and a backup region: later fault rules and members get the same ids.
        World withCluster = play(seed, steps);
        SimulationAccess.withEngine(withCluster.simulation, e -> e.run(new CreateCluster("extra", Plan.BASIC, CloudProvider.GCP,
                List.of("us-east1", "us-west2"), Catalog.EMPTY)));
        assertEquals(laterRulesAndMembers(play(seed, steps)), laterRulesAndMembers(withCluster));
    }

    /** The ids and backup regions of clusters made now, and the id of a member added after them. */
    private static List<String> laterClustersAndMembers(World world) {
        return SimulationAccess.withEngine(world.simulation, e -> {
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Cluster made = e.run(new CreateCluster("later-" + i, Plan.ADVANCED, CloudProvider.AWS,
                        List.of("us-east-1", "us-west-2", "eu-west-1"), Catalog.EMPTY));
                drawn.add(made.id() + " " + made.backupRegion().orElseThrow());
            }
            drawn.add(e.run(AddPrincipal.user("later-user", List.of())).id());
            return drawn;
        });
    }

    /** The ids of fault rules added now, and the id of a member added after them. */
    private static List<String> laterRulesAndMembers(World world) {
        return SimulationAccess.withEngine(world.simulation, e -> {
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                drawn.add(e.run(new AddFaultRule(FaultRule.next(FaultRule.Target.BACKUP, Optional.empty(), 1, 14, "later"))).id());
            }
            drawn.add(e.run(AddPrincipal.user("later-user", List.of())).id());
            return drawn;
        });
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
            deleteAll(dir);
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
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
        Arbitrary<Step> plan = Combinators.combine(cluster, Arbitraries.of(Plan.class)).as(SwitchPlan::new);
        Arbitrary<Step> restore = Combinators.combine(cluster, cluster, Arbitraries.of(true, false)).as(Restores::new);
        Arbitrary<Step> data = Combinators.combine(cluster, Arbitraries.of(true, false)).as(SetData::new);
        Arbitrary<Step> delete = cluster.map(Delete::new);
        Arbitrary<Step> fault = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1, 3))
                .as(InjectFault::new);
        Arbitrary<Step> chance = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(0.25, 0.5, 0.75))
                .as(InjectChance::new);
        return Arbitraries.frequencyOf(
                Tuple.of(6, advance), Tuple.of(3, settings), Tuple.of(1, plan),
                Tuple.of(4, restore), Tuple.of(2, data), Tuple.of(1, delete),
                Tuple.of(1, fault), Tuple.of(1, chance))
                .list().ofMaxSize(30);
    }
}
