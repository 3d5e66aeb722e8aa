package org.backupconsole.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.ClientSettings;
import org.backupconsole.live.CloudApiClient;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.server.BenchmarkServers;
import org.backupconsole.server.CloudApiServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A small GET (ListClusters of the demo organization) answered on one kept-alive connection by the live client,
 * against the local server with TCP_NODELAY, as it serves, and the same server with Nagle's algorithm left on.
 */
@Tag("benchmark")
class LocalApiLatencyBenchmarkTest {

    private static final String KEY = "CCDB1_benchmarkAdminKey";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final int WARM_UP = 200;
    private static final int ROUNDS = 3;
    private static final double SECONDS_PER_ROUND = 2;

    @Test
    void smallGetOnOneConnection() throws IOException {
        Simulation simulation = Simulation.demo(1, NOW, Optional.of(KEY), VirtualClock.paused(NOW));
        double nagle = 0;
        double noDelay = 0;
        // Taking turns, so that a change in the machine's load falls on both.
        for (int round = 0; round < ROUNDS; round++) {
            nagle = Math.max(nagle, requestsPerSecond(simulation, false));
            noDelay = Math.max(noDelay, requestsPerSecond(simulation, true));
        }
        PerformanceReport.publish("local-api-latency", String.format(Locale.ROOT, """
                ## A small GET on the local API

                `GET /api/v1/clusters` (the demo organization, one page) sent again and again by the live client
                on one kept-alive loopback connection, best of %d rounds of %.0f s each, taken in turns. The
                baseline is the same server with Nagle's algorithm left on (TCP_NODELAY off), as a server that
                does not set it answers. %s %s

                | server | requests/s | ms per request |
                | --- | ---: | ---: |
                | TCP_NODELAY off (baseline) | %,.1f | %.2f |
                | TCP_NODELAY on (as served) | %,.1f | %.2f |
                | ratio | %.1f× | |
                """, ROUNDS, SECONDS_PER_ROUND, PerformanceReport.machine(), PerformanceReport.loadNote(), nagle, 1000 / nagle, noDelay,
                1000 / noDelay, noDelay / nagle));
    }

    private static double requestsPerSecond(Simulation simulation, boolean noDelay) throws IOException {
        try (CloudApiServer server = BenchmarkServers.start(simulation, Integer.MAX_VALUE, noDelay);
             LiveBackupService client = new LiveBackupService(new CloudApiClient(ApiUrl.parse(server.url()),
                     SecretKey.of(KEY), ClientSettings.DEFAULT), simulation.clock()::now)) {
            long warmUpEnd = System.nanoTime() + 1_000_000_000L;
            for (int i = 0; i < WARM_UP && System.nanoTime() < warmUpEnd; i++) {
                client.listClusters();
            }
            long start = System.nanoTime();
            long end = start + (long) (SECONDS_PER_ROUND * 1e9);
            int requests = 0;
            while (System.nanoTime() < end) {
                assertFalse(client.listClusters().isEmpty());
                requests++;
            }
            return requests / ((System.nanoTime() - start) / 1e9);
        }
    }
}
