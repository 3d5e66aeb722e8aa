package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.RetryPolicy;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.RestoreRequest;
import org.junit.jupiter.api.Test;

/**
 * On a lossy simulated network the window's and the command line's service try a lost read again, as the live
 * client tries a GET, and say so; a change is sent once; behind the local Cloud API the HTTP client retries instead.
 */
class LostReadRetriesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    private final Simulation demo = Simulation.demo(1, NOW, Optional.empty(), VirtualClock.paused(NOW));
    private final List<String> said = new ArrayList<>();
    private final ClientActivity activity = new ClientActivity() {
        @Override
        public void retrying(int nextAttempt, int attempts, Duration wait, FailureReason reason) {
            said.add("retry " + nextAttempt + " of " + attempts + ": " + reason);
        }

        @Override
        public void settled() {
            said.add("settled");
        }
    };

    @Test
    void theWindowsServiceTriesALostReadAsOftenAsTheLiveClientThenSaysItWasLost() {
        BackupService window = new SimulationSession(demo).desktopService();
        window.reportActivityTo(activity);
        demo.setNetwork(new NetworkConditions(Duration.ZERO, 0.999));

        BackendException lost = assertThrows(BackendException.class, window::listClusters);

        assertEquals(FailureReason.NETWORK, lost.reason());
        assertEquals(List.of("retry 2 of 4: NETWORK", "retry 3 of 4: NETWORK", "retry 4 of 4: NETWORK", "settled"), said);
    }

    @Test
    void aPageLoadOnAHalfLossyNetworkMostlyGetsThroughAndEveryRetryIsTold() {
        BackupService window = new SimulatorBackupService(demo, demo.desktopUserId(),
                new LostReadRetries(new RetryPolicy(4, Duration.ofMillis(2), Duration.ofMillis(8), Duration.ZERO)));
        window.reportActivityTo(activity);
        String clusterId = window.listClusters().get(0).id();
        demo.setNetwork(new NetworkConditions(Duration.ZERO, 0.5));

        int answered = 0;
        for (int load = 0; load < 20; load++) {
            try {
                window.getCluster(clusterId);
                window.listBackups(clusterId, TimeRange.ALL);
                window.getBackupSettings(clusterId);
                answered++;
            } catch (BackendException lost) {
                assertEquals(FailureReason.NETWORK, lost.reason());
            }
        }

        // Without retries three reads all get through an eighth of the time: about 2 loads of 20.
        assertTrue(answered >= 14, answered + " of 20 page loads answered");
        assertTrue(said.contains("retry 2 of 4: NETWORK"), said.toString());
        assertEquals(said.stream().filter(line -> line.equals("retry 2 of 4: NETWORK")).count(),
                said.stream().filter(line -> line.equals("settled")).count(), "each retried call is told to end");
    }

    @Test
    void aLostChangeIsNotSentAgain() {
        BackupService window = new SimulationSession(demo).desktopService();
        window.reportActivityTo(activity);
        Cluster target = window.listClusters().stream().filter(c -> c.name().equals("sandbox-basic")).findFirst().orElseThrow();
        Cluster source = window.listClusters().stream().filter(c -> c.name().equals("demo-basic")).findFirst().orElseThrow();
        String backup = window.listBackups(source.id(), TimeRange.ALL).get(0).id();
        demo.setNetwork(new NetworkConditions(Duration.ZERO, 0.999));

        BackendException lost = assertThrows(BackendException.class,
                () -> window.createRestore(RestoreRequest.cluster(target.id(), source.id(), backup)));

        assertEquals(FailureReason.NETWORK, lost.reason());
        assertEquals(List.of(), said, "a change is never retried");
        demo.setNetwork(NetworkConditions.RELIABLE);
        assertEquals(List.of(), window.listRestores(target.id()), "the lost restore reached nothing");
    }

    @Test
    void behindTheLocalCloudApiALostReadIsLostOnceForTheHttpClientToRetry() {
        BackupService behindTheServer = demo.serviceFor(demo.desktopUser());
        behindTheServer.reportActivityTo(activity);
        demo.setNetwork(new NetworkConditions(Duration.ZERO, 0.999));

        assertThrows(BackendException.class, behindTheServer::listClusters);
        assertEquals(List.of(), said);
    }
}
