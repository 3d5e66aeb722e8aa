package org.backupconsole.server;

import static org.backupconsole.server.LocalApi.assertError;
import static org.backupconsole.server.LocalApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.backupconsole.server.http.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local server under the clients a fuzzer plays: stalled, slow, oversized, malformed, flooding. It stays up
 * for everyone else, and every refusal is the API's own error body.
 */
class ServerResilienceTest {

    private static final String KEY = LocalApi.ADMIN_KEY;
    private static final Duration TIMEOUT = Limits.DEFAULT.requestTimeout();
    private static final int MAX_BODY = Limits.DEFAULT.maxBodyBytes();

    private LocalApi api;
    private String sandbox;
    private final List<RawHttp> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        api = new LocalApi(1_000);
        sandbox = api.clusterId(LocalApi.EMPTY_BASIC);
    }

    @AfterEach
    void stop() throws IOException {
        for (RawHttp client : clients) {
            client.close();
        }
        api.close();
    }

    private RawHttp client() throws IOException {
        RawHttp client = new RawHttp(api.server);
        clients.add(client);
        return client;
    }

    private String restores() {
        return "/api/v1/clusters/" + sandbox + "/restores";
    }

    private String restoreBody() {
        return "{\"source_cluster_id\": \"" + sandbox + "\", \"type\": \"CLUSTER\"}";
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void fourStalledClientsLeaveAFifthAnsweredWithinASecond() throws Exception {
        client().send("GET /api/v1/clus");
        client().send("GET /api/v1/clusters?pagination.li");
        String head = "POST " + restores() + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: " + restoreBody().length() + "\r\n\r\n";
        client().send(head + restoreBody().substring(0, 10));
        client().send(head + restoreBody().substring(0, 20));
        Thread.sleep(300);

        long start = System.nanoTime();
        LocalApi.Answer answer = api.curl("GET", "/api/v1/clusters", KEY, null);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(millisSince(start) < 1_000, "answered after " + millisSince(start) + " ms");
        assertEquals(0, json(api.curl("GET", restores(), KEY, null)).get("restores").size(),
                "a body that never came in full started nothing");
    }

    @Test
    void aStalledConnectionIsClosedWhenItsTimeIsUp() throws Exception {
        RawHttp silent = client();
        RawHttp partialLine = client().send("GET /api/v1/clus");
        RawHttp trickling = client().send("POST " + restores() + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                + KEY + "\r\nContent-Length: " + restoreBody().length() + "\r\n\r\n");
        long start = System.nanoTime();
        CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
            try {
                for (char c : restoreBody().toCharArray()) {
                    trickling.send(String.valueOf(c));
                    Thread.sleep(300);
                }
            } catch (IOException | InterruptedException e) {
                // the server closed the connection: what this test waits for
            }
        });

        for (RawHttp stalled : List.of(silent, partialLine, trickling)) {
            stalled.untilClosed();
            long closedAfter = millisSince(start);
            assertTrue(closedAfter >= TIMEOUT.toMillis() - 500 && closedAfter <= TIMEOUT.toMillis() + 2_500,
                    "closed after " + closedAfter + " ms; the timeout is " + TIMEOUT);
        }
        trickle.get(5, TimeUnit.SECONDS);
        assertTrue(restoreBody().length() * 300 > TIMEOUT.toMillis() + 2_500,
                "the trickling body would have taken longer than the timeout to arrive");
        assertEquals(0, json(api.curl("GET", restores(), KEY, null)).get("restores").size(), "nothing was started");
    }

    @Test
    void aBodyOverTheCapIs413WithTheOfficialBodyAndChangesNothing() throws Exception {
        String head = "POST " + restores() + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + KEY
                + "\r\nContent-Type: application/json\r\n";
        LocalApi.Answer announced = client().send(head + "Expect: 100-continue\r\nContent-Length: " + (MAX_BODY + 1)
                + "\r\n\r\n").answer();
        assertError(announced, 413, 8, "larger than " + MAX_BODY + " bytes");

        // A valid restore request padded with JSON whitespace, in chunks that grow past the cap.
        RawHttp chunked = client().send(head + "Transfer-Encoding: chunked\r\n\r\n");
        String padding = " ".repeat(MAX_BODY / 2);
        chunked.send(Integer.toHexString(restoreBody().length()) + "\r\n" + restoreBody() + "\r\n");
        for (int i = 0; i < 3; i++) {
            chunked.send(Integer.toHexString(padding.length()) + "\r\n" + padding + "\r\n");
        }
        assertError(chunked.answer(), 413, 8, "larger than " + MAX_BODY + " bytes");
        assertEquals(0, json(api.curl("GET", restores(), KEY, null)).get("restores").size(), "nothing was started");

        String justFits = restoreBody() + " ".repeat(MAX_BODY - restoreBody().length());
        LocalApi.Answer accepted = client().call("POST", restores(), KEY, justFits);
        assertEquals(200, accepted.status(), accepted.body());
    }

    @Test
    void malformedPercentEscapesAndRequestLinesAre400WithTheApiBody() throws Exception {
        String backups = "/api/v1/clusters/" + sandbox + "/backups";
        assertError(client().call("GET", backups + "?pagination.page=%zz", KEY, ""), 400, 3,
                "The query parameter pagination.page has a malformed percent-escape '%zz'");
        assertError(client().call("GET", backups + "?pagination.limit=5%", KEY, ""), 400, 3,
                "malformed percent-escape '%'");
        assertError(client().call("GET", "/api/v1/clusters/%zz/backups", KEY, ""), 400, 3,
                "The path has a malformed percent-escape '%zz'");
        assertError(client().call("DELETE", "/api/v1/clusters/" + sandbox + "/databases/a%2", KEY, ""), 400, 3,
                "The path has a malformed percent-escape '%2'");
        assertError(client().call("GET", "http://test/api/v1/clusters", KEY, ""), 400, 3, "must be a path");
        assertError(client().send("GET /api/v1/clusters  HTTP/1.1\r\nHost: test\r\n\r\n").answer(), 400, 3,
                "malformed request line");
        assertError(client().send("GET /api/v1/clüsters HTTP/1.1\r\nHost: test\r\n\r\n").answer(), 400, 3,
                "malformed request line");
        assertEquals(200, client().call("GET", backups + "?pagination.limit=5%30", KEY, "").status(),
                "a well-formed escape is decoded: 5%30 is 50");
        assertError(client().call("GET", backups + "?pagination.limit=5&pagination.limit=500", KEY, ""), 400, 3,
                "The query parameter pagination.limit is given twice; send it once.");
    }

    @Test
    void wrongKeysAndExcessRequestsAreRefusedWhileTheEngineIsHeld() throws Exception {
        api.close();
        api = new LocalApi(CloudApiServer.REQUESTS_PER_SECOND);
        for (int i = 0; i < CloudApiServer.REQUESTS_PER_SECOND; i++) {
            assertEquals(200, api.curl("GET", "/api/v1/organization", DemoOrganization.OPERATOR_KEY, null).status());
        }
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> SimulationAccess.withEngine(api.simulation, engine -> {
            held.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        holder.start();
        assertTrue(held.await(5, TimeUnit.SECONDS));
        CompletableFuture<LocalApi.Answer> needsTheEngine;
        try {
            long start = System.nanoTime();
            assertError(api.curl("GET", "/api/v1/clusters", DemoOrganization.OPERATOR_KEY, null), 429, 8,
                    "rate limit exceeded");
            assertError(api.curl("GET", "/api/v1/clusters", "CCDB1_wrong", null), 401, 16, "not valid");
            assertError(api.curl("GET", "/api/v1/clusters", null, null), 401, 16, "Authorization");
            assertTrue(millisSince(start) < 1_000, "refused after " + millisSince(start) + " ms");

            needsTheEngine = CompletableFuture.supplyAsync(() -> api.curl("GET", "/api/v1/clusters", KEY, null));
            Thread.sleep(300);
            assertFalse(needsTheEngine.isDone(), "a call the engine answers waits: the engine's lock is held");
        } finally {
            release.countDown();
        }
        assertEquals(200, needsTheEngine.get(5, TimeUnit.SECONDS).status());
        holder.join();
    }

    @Test
    void aFloodOfRefusedRequestsDoesNotHoldUpALegitimateCall() throws Exception {
        api.close();
        api = new LocalApi(CloudApiServer.REQUESTS_PER_SECOND);
        long floodEnds = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
        ExecutorService flooders = Executors.newFixedThreadPool(8);
        List<Future<List<Integer>>> floods = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = i % 2 == 0 ? "CCDB1_wrong" : DemoOrganization.OPERATOR_KEY;
            floods.add(flooders.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                while (System.nanoTime() < floodEnds) {
                    statuses.add(api.curl("GET", "/api/v1/clusters", key, null).status());
                }
                return statuses;
            }));
        }
        long slowest = 0;
        while (System.nanoTime() < floodEnds) {
            long start = System.nanoTime();
            assertEquals(200, api.curl("GET", "/api/v1/clusters", KEY, null).status());
            slowest = Math.max(slowest, millisSince(start));
            Thread.sleep(200);
        }
        List<Integer> refused = new ArrayList<>();
        for (Future<List<Integer>> flood : floods) {
            refused.addAll(flood.get(10, TimeUnit.SECONDS));
        }
        flooders.shutdown();
        Map<Integer, Long> counts = refused.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertTrue(counts.getOrDefault(401, 0L) > 100 && counts.getOrDefault(429, 0L) > 100, counts.toString());
        assertTrue(counts.getOrDefault(200, 0L) <= 2L * CloudApiServer.REQUESTS_PER_SECOND, counts.toString());
        assertTrue(slowest < 1_000, "the legitimate call took up to " + slowest + " ms during the flood " + counts);
    }

    @Test
    void fiftyConcurrentRestoresIntoOneClusterAcceptExactlyOne() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(50);
        CountDownLatch ready = new CountDownLatch(50);
        List<Callable<LocalApi.Answer>> restores = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            restores.add(() -> {
                ready.countDown();
                ready.await();
                return api.curl("POST", restores(), KEY, restoreBody());
            });
        }
        List<LocalApi.Answer> answers = new ArrayList<>();
        for (Future<LocalApi.Answer> answer : callers.invokeAll(restores, 30, TimeUnit.SECONDS)) {
            answers.add(answer.get());
        }
        callers.shutdown();
        assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), answers.toString());
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertError(a, 400, 9, ""));
        assertEquals(1, json(api.curl("GET", restores(), KEY, null)).get("restores").size());
    }

    @Test
    void pastTheWorkersAndTheWaitingRoomTheAnswerIs503() throws Exception {
        for (int i = 0; i < Limits.DEFAULT.workers() + Limits.DEFAULT.waiting(); i++) {
            client().send("GET /api/v1/clus");
        }
        Thread.sleep(500);
        assertError(client().call("GET", "/api/v1/clusters", KEY, ""), 503, 14, "as many clients as it can");
    }
}
