package org.backupconsole.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.ClientSettings;
import org.backupconsole.live.CloudApiClient;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.server.CloudApiServer;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Backup Recovery page in live mode against the local API as {@code serve} runs it, with its real rate
 * limit of 10 requests a second per key, on the large-cluster scenario: the time until the first rows show, until
 * every backup is listed, for a calendar day and for a refresh, on the cluster of over 100,000 backups and on the
 * one of 30. The baseline is the page as it was: every backup listed before the first row.
 */
@Tag("benchmark")
class LargeClusterLiveBenchmarkTest {

    private static final String KEY = "CCDB1_benchmarkAdminKey";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final int RUNS = 3;

    private final Deque<Runnable> background = new ArrayDeque<>();

    private record Figures(int backups, double firstRows, double everyBackup, double day, double refresh) {
    }

    @Test
    void aClusterOf100000BackupsBesideOneOf30() throws Exception {
        Simulation simulation = Simulation.fromScenario(Scenario.builtIn("large-cluster"), 1, NOW, Optional.of(KEY),
                VirtualClock.paused(NOW));
        Figures large;
        Figures small;
        try (CloudApiServer server = CloudApiServer.start(simulation,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
             LiveBackupService live = new LiveBackupService(new CloudApiClient(ApiUrl.parse(server.url()),
                     SecretKey.of(KEY), ClientSettings.DEFAULT), simulation.clock()::now)) {
            large = measure(live, clusterId(live, "telemetry-events"));
            small = measure(live, clusterId(live, "telemetry-small"));
        }
        assertTrue(large.backups() > 100_000);
        PerformanceReport.publish("large-cluster-live", String.format(Locale.ROOT, """
                ## A cluster of 100,000 backups in live mode

                The Backup Recovery page's view model on the live client, against the local API as `serve` runs
                it (10 requests a second per key; a request over it is answered 429 and retried after
                `Retry-After`), on the `large-cluster` scenario: `telemetry-events` holds %,d backups,
                `telemetry-small` %,d. Each figure is the median of %d runs, but for the whole list, timed once;
                the rate limit's window is left to clear before each. The baseline is the page as it was, which
                listed every backup before it showed a row: measured as the time this page takes to list every
                backup, the same requests. %s %s

                | | %,d backups | %,d backups |
                | --- | ---: | ---: |
                | first rows, before: after every backup (baseline) | %.2f s | %.3f s |
                | first rows, now: the newest 500 | %.3f s | %.3f s |
                | ratio | %.0f× | %.1f× |
                | every backup listed, now in the background | %.2f s | %.3f s |
                | a calendar day (`start_time`/`end_time`, one page) | %.3f s | %.3f s |
                | a refresh of the whole list (what came since, the oldest still listed, rows rebuilt) | %.3f s | %.3f s |
                """, large.backups(), small.backups(), RUNS, PerformanceReport.machine(), PerformanceReport.loadNote(),
                large.backups(), small.backups(),
                large.everyBackup(), small.everyBackup(),
                large.firstRows(), small.firstRows(),
                large.everyBackup() / large.firstRows(), small.everyBackup() / small.firstRows(),
                large.everyBackup(), small.everyBackup(),
                large.day(), small.day(),
                large.refresh(), small.refresh()));
    }

    private static String clusterId(BackupService service, String name) {
        return service.listClusters().stream().filter(c -> c.name().equals(name)).map(Cluster::id).findFirst()
                .orElseThrow();
    }

    private Figures measure(LiveBackupService live, String clusterId) throws InterruptedException {
        double[] firstRows = new double[RUNS];
        double[] days = new double[RUNS];
        double[] refreshes = new double[RUNS];
        double everyBackup = 0;
        int backups = 0;
        LocalDate day = live.now().atZone(UTC).toLocalDate().minusDays(2);
        TimeRange dayRange = TimeRange.between(day.atStartOfDay(UTC).toInstant(),
                day.plusDays(1).atStartOfDay(UTC).toInstant());
        for (int run = 0; run < RUNS; run++) {
            BackupRecoveryViewModel page = new BackupRecoveryViewModel(live,
                    new UiExecutors(background::add, Runnable::run), new ManualScheduler(), UTC);
            clearRateWindow();
            long start = System.nanoTime();
            page.start(clusterId);
            background.removeFirst().run();
            firstRows[run] = seconds(start);
            assertTrue(!page.rows().isEmpty());
            if (run == 0) {
                boolean partial = page.calendar().countProperty().get().contains("loading older backups");
                long rest = System.nanoTime();
                drain();
                everyBackup = partial ? seconds(rest) + firstRows[run] : firstRows[run];
                backups = page.rows().size();
            } else {
                background.clear();
            }
            clearRateWindow();
            start = System.nanoTime();
            int onDay = live.listBackups(clusterId, dayRange, TimeOrder.NEWEST_FIRST, Integer.MAX_VALUE).size();
            days[run] = seconds(start);
            assertTrue(onDay > 0);
            if (run == 0) {
                for (int refresh = 0; refresh < RUNS; refresh++) {
                    clearRateWindow();
                    start = System.nanoTime();
                    page.refreshCommand().execute();
                    background.removeFirst().run();
                    refreshes[refresh] = seconds(start);
                    assertEquals(backups, page.rows().size());
                    background.clear();
                }
            }
        }
        return new Figures(backups, median(firstRows), everyBackup, median(days), median(refreshes));
    }

    private void drain() {
        while (!background.isEmpty()) {
            background.removeFirst().run();
        }
    }

    /** The rate limit counts the requests of the last second. */
    private static void clearRateWindow() throws InterruptedException {
        Thread.sleep(1_100);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
