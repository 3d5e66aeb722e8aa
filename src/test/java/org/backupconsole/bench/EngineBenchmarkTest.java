package org.backupconsole.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.EventTrace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A year of virtual time for 1,000 clusters of mixed plans and schedules: the engine's budget in DESIGN.md. With
 * {@code -Dbench.baseline=REVISION} the engine of that commit is built from git and runs the same workload in the
 * same JVM, the two taking turns ({@code -Dbench.rounds}, 3 by default), so that the figures compare the code and
 * not two machines or two moments of one.
 */
@Tag("benchmark")
class EngineBenchmarkTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SEED = 42;
    private static final String ORGANIZATION = "Benchmark Org";
    private static final int CLUSTERS = 1_000;
    /** The (frequency minutes, retention days) the STANDARD and ADVANCED clusters cycle through. */
    private static final int[][] SCHEDULES = {
            {60, 30}, {60, 30}, {60, 7}, {240, 90}, {1440, 365}, {30, 30}, {15, 7}, {5, 2}, {10, 7}, {60, 90}};

    /** What one run of the workload measured. */
    private record Run(double seconds, long events, long retained, long retainedBytes, String history) {
        double eventsPerSecond() {
            return events / seconds;
        }

        double bytesPerBackup() {
            return (double) retainedBytes / retained;
        }
    }

    @Test
    void aYearOfOneThousandClusters() {
        String loadAtStart = PerformanceReport.load();
        String revision = System.getProperty("bench.baseline", "").strip();
        Optional<ClassLoader> baseline = revision.isEmpty() ? Optional.empty() : Optional.of(BaselineEngine.build(revision));
        int rounds = Integer.getInteger("bench.rounds", 3);
        BackupEngine traced = newEngine();
        EventTrace trace = EventTrace.of(traced);
        Run tracedRun = measure(EngineUnderTest.current(traced));
        assertEquals(tracedRun.events(), trace.firedCount(), "events traced");
        List<Run> current = new ArrayList<>();
        List<Run> previous = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        // A first round of each, not counted: whichever engine ran first would otherwise run on the JIT's profiles
        // of shared code (the queue, the domain records) before the other engine's classes had been seen.
        for (int round = -1; round < rounds; round++) {
            boolean baselineFirst = round % 2 == 0;
            List<Run> currentRuns = round < 0 ? new ArrayList<>() : current;
            List<Run> previousRuns = round < 0 ? new ArrayList<>() : previous;
            double bareSeconds = BareEventQueue.secondsToReplay(trace);
            if (round >= 0) {
                bare.add(bareSeconds);
            }
            if (baselineFirst) {
                baseline.ifPresent(loader -> previousRuns.add(measure(EngineUnderTest.baseline(loader, SEED, START,
                        ORGANIZATION))));
            }
            currentRuns.add(measure(EngineUnderTest.current(newEngine())));
            if (!baselineFirst) {
                baseline.ifPresent(loader -> previousRuns.add(measure(EngineUnderTest.baseline(loader, SEED, START,
                        ORGANIZATION))));
            }
        }
        for (Run run : current) {
            assertEquals(tracedRun.history(), run.history(), "the same history in every round");
        }
        if (!previous.isEmpty()) {
            // The same seed and commands under the same rules version: both engines must make the same history.
            assertEquals(previous.get(0).events(), current.get(0).events(), "events fired by both engines");
            assertEquals(previous.get(0).retained(), current.get(0).retained(), "backups both engines retain");
            assertEquals(previous.get(0).history(), current.get(0).history(),
                    "what both engines list: every cluster, backup (id, times, status, type, expiry) and run still going");
        }
        PerformanceReport.publish("engine", report(current, previous, bare, revision, loadAtStart));
    }

    private static BackupEngine newEngine() {
        return new BackupEngine(SEED, START, ORGANIZATION);
    }

    private static Run measure(EngineUnderTest engine) {
        String admin = engine.addUser("admin", List.of(RoleBinding.organization(Role.ORG_ADMIN)));
        for (int i = 0; i < CLUSTERS; i++) {
            Catalog catalog = new Catalog(List.of(new Catalog.Database("app", List.of(new Catalog.Schema("public",
                    List.of(new Catalog.Table("events", (1L + i % 50) << 30)))))));
            Plan plan = plan(i);
            Cluster cluster = engine.createCluster("cluster-" + i, plan, CloudProvider.values()[i % 3],
                    List.of("us-east-1", "eu-west-1"), catalog);
            if (plan != Plan.BASIC) {
                int[] schedule = SCHEDULES[(i / 10) % SCHEDULES.length];
                engine.updateSettings(admin, cluster.id(), new BackupSettingsUpdate(Optional.empty(),
                        Optional.of(schedule[0]), Optional.of(schedule[1])));
            }
        }
        long heapBefore = usedHeapAfterGc();
        long eventsBefore = engine.firedEvents();
        long started = System.nanoTime();
        engine.advanceTo(START.plus(Duration.ofDays(365)));
        long elapsedNanos = System.nanoTime() - started;
        long retained = engine.retainedBackups();
        long held = usedHeapAfterGc() - heapBefore;
        Reference.reachabilityFence(engine);
        return new Run(elapsedNanos / 1e9, engine.firedEvents() - eventsBefore, retained, held, engine.history());
    }

    private static Plan plan(int cluster) {
        return cluster % 10 < 4 ? Plan.BASIC : cluster % 10 < 7 ? Plan.STANDARD : Plan.ADVANCED;
    }

    private static String report(List<Run> current, List<Run> previous, List<Double> bare, String revision,
                                 String loadAtStart) {
        long[] plans = new long[Plan.values().length];
        for (int i = 0; i < CLUSTERS; i++) {
            plans[plan(i).ordinal()]++;
        }
        double bareSeconds = median(bare, seconds -> seconds);
        StringBuilder table = new StringBuilder();
        boolean beside = !previous.isEmpty();
        table.append(beside ? "| figure | current engine | engine of " + revision + " | current / " + revision + " |\n"
                + "| --- | ---: | ---: | ---: |\n" : "| figure | value |\n| --- | ---: |\n");
        row(table, beside, "wall time of `advanceTo`, median", current, previous, Run::seconds, "%.2f s");
        rounds(table, beside, current, previous);
        table.append(String.format(Locale.ROOT, "| a bare `PriorityQueue` of the same events, median (rounds: %s s) | %.2f s |%s\n",
                bare.stream().map(seconds -> String.format(Locale.ROOT, "%.2f", seconds)).collect(Collectors.joining(", ")),
                bareSeconds, beside ? " | |" : ""));
        row(table, beside, "**× the bare queue** (wall time ÷ the bare queue's in the same round, median; goal ≤ 2)",
                perRound(current, bare), perRound(previous, bare), "%.2f");
        row(table, beside, "events processed", current, previous, Run::events, "%,.0f");
        row(table, beside, "events per second, median", current, previous, Run::eventsPerSecond, "%,.0f");
        table.append(String.format(Locale.ROOT, "| events per second of the bare queue | %,.0f |%s\n",
                current.get(0).events() / bareSeconds, beside ? " | |" : ""));
        row(table, beside, "backups retained at the end", current, previous, Run::retained, "%,.0f");
        row(table, beside, "heap the engine holds at the end (after GC), median", current, previous,
                run -> run.retainedBytes() / 1048576.0, "%,.1f MiB");
        row(table, beside, "**bytes per retained backup** (that heap ÷ the backups)", current, previous,
                Run::bytesPerBackup, "%,.0f B");
        String how = beside
                ? "Both engines ran in one JVM, taking turns: a round of each not counted, then " + current.size()
                        + " rounds each, the engine going first alternating; the engine of " + revision
                        + " was built from git for the run. Both made the same history: the same events, and the same "
                        + "clusters, listed backups (ids, times, statuses, types, expiries) and runs still going, compared by digest. "
                        + "Command: `./mvnw -o -Pbench verify -Dtest=EngineBenchmarkTest -Dbench.baseline=" + revision + "`."
                : "Command: `./mvnw -o -Pbench verify -Dtest=EngineBenchmarkTest`; add `-Dbench.baseline=REVISION` to "
                        + "run the engine of another commit beside it.";
        return String.format(Locale.ROOT, """
                ## Engine: a year of 1,000 clusters

                %d BASIC, %d STANDARD and %d ADVANCED clusters (1–50 GiB each); the configurable ones cycle through
                schedules from every 5 minutes kept 2 days to daily kept 365 days. One `advanceTo` covers 365 days.

                %s
                %s

                The bare queue is given the events the current engine queued (recorded in a run before the rounds),
                each at the moment the engine queued it, and pops them in (time, sequence) order doing nothing else,
                so it holds as many events at each moment as the engine did; it ran once per round, beside the engines.
                The heap held is measured after garbage collection, before and after `advanceTo`: the backups, their
                chains and the queued events. The process's peak resident set was %s (all engines and the recorded
                events, in one JVM).

                %s Load (`/proc/loadavg`) at the start: %s; at the end: %s. Other builds share this machine, so the
                figures are compared within one run, never across runs.
                """, plans[0], plans[1], plans[2], table, how, PerformanceReport.peakResidentSet(),
                PerformanceReport.machine(), loadAtStart, PerformanceReport.load());
    }

    private static void row(StringBuilder table, boolean beside, String figure, List<Run> current, List<Run> previous,
                            ToDoubleFunction<Run> value, String format) {
        row(table, beside, figure, current.stream().map(value::applyAsDouble).toList(),
                previous.stream().map(value::applyAsDouble).toList(), format);
    }

    /** Each run's wall time over the bare queue's of its round. */
    private static List<Double> perRound(List<Run> runs, List<Double> bare) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < runs.size(); round++) {
            ratios.add(runs.get(round).seconds() / bare.get(round));
        }
        return ratios;
    }

    private static void row(StringBuilder table, boolean beside, String figure, List<Double> current,
                            List<Double> previous, String format) {
        double now = median(current, value -> value);
        table.append("| ").append(figure).append(" | ").append(String.format(Locale.ROOT, format, now));
        if (beside) {
            double then = median(previous, value -> value);
            table.append(" | ").append(String.format(Locale.ROOT, format, then))
                    .append(String.format(Locale.ROOT, " | %.2f", now / then));
        }
        table.append(" |\n");
    }

    private static void rounds(StringBuilder table, boolean beside, List<Run> current, List<Run> previous) {
        Function<List<Run>, String> seconds = runs -> runs.stream()
                .map(run -> String.format(Locale.ROOT, "%.2f", run.seconds())).collect(Collectors.joining(", ")) + " s";
        table.append("| wall time of each round | ").append(seconds.apply(current));
        if (beside) {
            table.append(" | ").append(seconds.apply(previous)).append(" | |");
        } else {
            table.append(" |");
        }
        table.append("\n");
    }

    private static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
