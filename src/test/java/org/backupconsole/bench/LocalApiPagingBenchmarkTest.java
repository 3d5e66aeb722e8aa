package org.backupconsole.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.server.BenchmarkServers;
import org.backupconsole.server.CloudApiServer;
import org.backupconsole.server.PagingCost;
import org.backupconsole.wire.WireJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A page of 500 backups on the local API, on the large-cluster scenario's cluster of over 100,000 backups and
 * on its cluster of 30: computed as the server pages now (keyset over the engine's ordered backups) and, as the
 * baseline, as it paged before (the whole list sorted and filtered for each page); then whole requests over
 * one loopback connection.
 */
@Tag("benchmark")
class LocalApiPagingBenchmarkTest {

    private static final String KEY = "CCDB1_benchmarkAdminKey";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final int PAGE = 500;

    @Test
    void aPageOf500At100000BackupsAndAt30() throws Exception {
        Simulation simulation = Simulation.fromScenario(Scenario.builtIn("large-cluster"), 1, NOW, Optional.of(KEY),
                VirtualClock.paused(NOW));
        BackupService admin = simulation.serviceFor(simulation.authenticate(KEY).orElseThrow());
        String large = clusterId(admin, "telemetry-events");
        String small = clusterId(admin, "telemetry-small");
        int largeCount = admin.listBackups(large, TimeRange.ALL).size();
        int smallCount = admin.listBackups(small, TimeRange.ALL).size();
        Optional<String> middle = PagingCost.byKeyset(admin, large, Optional.empty(), largeCount / 2).nextPage();

        assertEquals(ids(PagingCost.byFullSort(admin, large, Optional.empty(), PAGE).backups()),
                ids(PagingCost.byKeyset(admin, large, Optional.empty(), PAGE).backups()));
        assertEquals(ids(PagingCost.byFullSort(admin, large, middle, PAGE).backups()),
                ids(PagingCost.byKeyset(admin, large, middle, PAGE).backups()));

        double largeFirstOld = medianMillis(10, () -> PagingCost.byFullSort(admin, large, Optional.empty(), PAGE));
        double largeFirstNew = medianMillis(300, () -> PagingCost.byKeyset(admin, large, Optional.empty(), PAGE));
        double largeMiddleOld = medianMillis(10, () -> PagingCost.byFullSort(admin, large, middle, PAGE));
        double largeMiddleNew = medianMillis(300, () -> PagingCost.byKeyset(admin, large, middle, PAGE));
        double smallOld = medianMillis(300, () -> PagingCost.byFullSort(admin, small, Optional.empty(), PAGE));
        double smallNew = medianMillis(300, () -> PagingCost.byKeyset(admin, small, Optional.empty(), PAGE));

        double largeHttp;
        double smallHttp;
        try (CloudApiServer server = BenchmarkServers.start(simulation, Integer.MAX_VALUE, true)) {
            OkHttpClient http = new OkHttpClient();
            largeHttp = medianMillis(200, () -> get(http, server, large));
            smallHttp = medianMillis(200, () -> get(http, server, small));
            http.connectionPool().evictAll();
        }

        PerformanceReport.publish("local-api-paging", String.format(Locale.ROOT, """
                ## A page of backups on the local API

                The first page (newest first) and a page halfway down of `GET /api/v1/clusters/{id}/backups` with
                `pagination.limit=500`, on the `large-cluster` scenario's `telemetry-events` (%,d backups) and
                `telemetry-small` (%,d), computed in-process as the server does (median of many). The baseline is
                the former pager, which sorted and filtered the cluster's whole list for every page. %s %s

                | page of 500 | before: whole list sorted (baseline) | now: keyset over the ordered backups | ratio |
                | --- | ---: | ---: | ---: |
                | %,d backups, first page | %.2f ms | %.3f ms | %.0f× |
                | %,d backups, page halfway | %.2f ms | %.3f ms | %.0f× |
                | %,d backups, first page | %.3f ms | %.3f ms | %.1f× |

                Whole requests for the first page over one kept-alive loopback connection (median of 200), JSON of
                500 backups included: %.2f ms at %,d backups, %.2f ms at %,d.
                """, largeCount, smallCount, PerformanceReport.machine(), PerformanceReport.loadNote(),
                largeCount, largeFirstOld, largeFirstNew, largeFirstOld / largeFirstNew,
                largeCount, largeMiddleOld, largeMiddleNew, largeMiddleOld / largeMiddleNew,
                smallCount, smallOld, smallNew, smallOld / smallNew,
                largeHttp, largeCount, smallHttp, smallCount));
    }

    private static String clusterId(BackupService service, String name) {
        return service.listClusters().stream().filter(c -> c.name().equals(name)).map(Cluster::id).findFirst()
                .orElseThrow();
    }

    private static List<String> ids(List<Backup> backups) {
        return backups.stream().map(Backup::id).toList();
    }

    private static int get(OkHttpClient http, CloudApiServer server, String clusterId) {
        Request request = new Request.Builder()
                .url(server.url() + "/api/v1/clusters/" + clusterId + "/backups?pagination.limit=500"
                        + "&pagination.sort_order=DESC")
                .header("Authorization", "Bearer " + KEY)
                .header(WireJson.VERSION_HEADER, WireJson.API_VERSION)
                .build();
        try (Response response = http.newCall(request).execute()) {
            assertEquals(200, response.code());
            return response.body().bytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The median of the runs, after as many again to warm up. */
    private static double medianMillis(int runs, Supplier<?> work) {
        for (int i = 0; i < runs; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }
}
