package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.RetryPolicy;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.ClientSettings;
import org.backupconsole.live.CloudApiClient;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.server.CloudApiServer;

/**
 * The log file at its most verbose never holds the secret key: the live client against a local Cloud API on
 * loopback, refused, unreachable and failing with HTTP 500, every failure logged with its stack trace.
 */
class SecretKeyLogFileTest {

    private static final String KEY = "CCDB1_neverInTheLogFile_7e6d5c4b3a29";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ClientSettings QUICK = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(5), new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)));
    /** Where the app's handlers log what nobody caught. */
    private static final Logger FAILURES = Logger.getLogger(UncaughtFailures.class.getName());

    @RegisterExtension
    final TemporaryLogging logging = new TemporaryLogging();

    @Test
    void noFailureOfTheLiveClientPutsTheKeyInTheLog() throws Exception {
        Path logFile = logging.start(LogLevel.TRACE, "backup-console");
        Simulation simulation = Simulation.demo(1, NOW, Optional.of(KEY), VirtualClock.paused(NOW));
        try (CloudApiServer server = CloudApiServer.start(simulation,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1)) {
            try (LiveBackupService service = client(server.url(), KEY)) {
                assertEquals(8, service.listClusters().size());
            }
            // A key the service does not know, but which holds the real one: a leak of it would show too.
            logFailureOf(client(server.url(), KEY + "-revoked"));
            logFailureOf(client("http://127.0.0.1:" + closedPort(), KEY));
            assertEquals(200, addFault(server.url(), "{\"operation\": \"*\", \"status\": 500}"));
            logFailureOf(client(server.url(), KEY));
        }
        String log = logging.read(logFile);
        for (String failure : List.of("The Cloud API did not accept the secret key (HTTP 401)",
                "Cannot connect to the Cloud API at 127.0.0.1", "The Cloud API answered with HTTP 500")) {
            assertTrue(log.contains("SEVERE " + FAILURES.getName() + ": Uncaught exception on thread")
                    && log.contains("org.backupconsole.backend.BackendException: " + failure), failure + " in " + log);
        }
        assertTrue(log.contains("FINE org.backupconsole.live.RequestLog: GET http://"), log);
        assertTrue(log.contains("-> 401 in ") && log.contains("-> 500 in "), log);
        assertTrue(log.contains("\tat org.backupconsole.live.CloudApiClient."), log);
        assertFalse(log.contains(KEY), log);
    }

    private static LiveBackupService client(String url, String key) {
        return new LiveBackupService(new CloudApiClient(ApiUrl.parse(url), SecretKey.of(key), QUICK), () -> NOW);
    }

    private static void logFailureOf(LiveBackupService service) {
        try (service) {
            BackendException failure = assertThrows(BackendException.class, service::listClusters);
            FAILURES.log(Level.SEVERE, "Uncaught exception on thread \"" + Thread.currentThread().getName() + "\"", failure);
        }
    }

    private static int addFault(String url, String rule) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/_sim/faults"))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rule)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
