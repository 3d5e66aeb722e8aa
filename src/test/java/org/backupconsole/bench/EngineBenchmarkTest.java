package org.backupconsole.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.model.AddPrincipal;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.CreateCluster;
import org.backupconsole.engine.model.UpdateSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A year of virtual time for 1,000 clusters of mixed plans and schedules: the engine's budget in DESIGN.md. */
@Tag("benchmark")
class EngineBenchmarkTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int CLUSTERS = 1_000;
    /** The (frequency minutes, retention days) the STANDARD and ADVANCED clusters cycle through. */
    private static final int[][] SCHEDULES = {
            {60, 30}, {60, 30}, {60, 7}, {240, 90}, {1440, 365}, {30, 30}, {15, 7}, {5, 2}, {10, 7}, {60, 90}};

    @Test
    void aYearOfOneThousandClusters() {
        BackupEngine engine = new BackupEngine(42, START, "Benchmark Org");
        String admin = engine.run(AddPrincipal.user("admin", List.of(RoleBinding.organization(Role.ORG_ADMIN)))).id();
        int[] plans = new int[3];
        for (int i = 0; i < CLUSTERS; i++) {
            Plan plan = i % 10 < 4 ? Plan.BASIC : i % 10 < 7 ? Plan.STANDARD : Plan.ADVANCED;
            plans[plan.ordinal()]++;
            Catalog catalog = new Catalog(List.of(new Catalog.Database("app", List.of(new Catalog.Schema("public",
                    List.of(new Catalog.Table("events", (1L + i % 50) << 30)))))));
            Cluster cluster = engine.run(new CreateCluster("cluster-" + i, plan, CloudProvider.values()[i % 3],
                    List.of("us-east-1", "eu-west-1"), catalog));
            if (plan != Plan.BASIC) {
                int[] schedule = SCHEDULES[(i / 10) % SCHEDULES.length];
                engine.run(new UpdateSettings(admin, cluster.id(), new BackupSettingsUpdate(Optional.empty(),
                        Optional.of(schedule[0]), Optional.of(schedule[1]))));
            }
        }
        long heapBefore = usedHeapAfterGc();
        long eventsBefore = engine.firedEvents();

        long started = System.nanoTime();
        engine.advanceTo(START.plus(Duration.ofDays(365)));
        long elapsedNanos = System.nanoTime() - started;

        long events = engine.firedEvents() - eventsBefore;
        long retained = engine.retainedBackups();
        long retainedBytes = usedHeapAfterGc() - heapBefore;
        double seconds = elapsedNanos / 1e9;
        String report = String.format(Locale.ROOT, """
                ## Engine: a year of 1,000 clusters

                %d BASIC, %d STANDARD and %d ADVANCED clusters (1–50 GiB each); the configurable ones cycle through
                schedules from every 5 minutes kept 2 days to daily kept 365 days. One `advanceTo` covers 365 days.

                | figure | value |
                | --- | --- |
                | wall time | %.2f s |
                | events processed | %,d |
                | events per second | %,.0f |
                | backups retained at the end | %,d |
                | heap held by the retained backups (after GC) | %,.1f MiB (%,d bytes per backup) |

                %s
                """, plans[0], plans[1], plans[2], seconds, events, events / seconds, retained,
                retainedBytes / 1048576.0, retained == 0 ? 0 : retainedBytes / retained, PerformanceReport.machine());
        PerformanceReport.publish("engine", report);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
