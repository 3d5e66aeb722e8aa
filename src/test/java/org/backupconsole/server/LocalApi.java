package org.backupconsole.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.ClientSettings;
import org.backupconsole.live.CloudApiClient;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.wire.WireJson;

/**
 * A local Cloud API on a loopback port for tests: the demo organization on a paused clock, with live clients
 * and raw HTTP (as curl would send it) against it.
 */
final class LocalApi implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String ADMIN_KEY = "CCDB1_testAdminKey_0123456789abcdef";
    /** A Basic cluster with no data: a cluster restore into it is allowed. */
    static final String EMPTY_BASIC = "sandbox-basic";
    /** A Basic cluster holding data. */
    static final String BASIC = "demo-basic";
    /** A Standard cluster with no data whose retention has not been changed yet. */
    static final String EMPTY_STANDARD = "standard-staging";

    final VirtualClock clock = VirtualClock.paused(NOW);
    final Simulation simulation;
    final CloudApiServer server;
    private final OkHttpClient http = new OkHttpClient();

    /** An answer as curl shows it: status, headers and body. */
    record Answer(int status, String body, okhttp3.Headers headers) {
    }

    LocalApi(int requestsPerSecond) throws IOException {
        simulation = Simulation.demo(7, NOW, Optional.of(ADMIN_KEY), clock);
        server = CloudApiServer.start(simulation, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1,
                requestsPerSecond, () -> { });
    }

    /** The simulation as the admin sees it in-process, to compare the HTTP answers with. */
    BackupService truth() {
        return simulation.serviceFor(simulation.authenticate(ADMIN_KEY).orElseThrow());
    }

    String clusterId(String name) {
        return truth().listClusters().stream().filter(c -> c.name().equals(name)).findFirst().map(Cluster::id)
                .orElseThrow();
    }

    LiveBackupService client(String key) {
        return new LiveBackupService(new CloudApiClient(ApiUrl.parse(server.url()), SecretKey.of(key),
                ClientSettings.DEFAULT), clock::now);
    }

    /** A request as the documentation's curl examples send it: a bearer key and, maybe, a JSON body. */
    Answer curl(String method, String path, String key, String json, String... headers) {
        Request.Builder request = new Request.Builder().url(server.url() + path)
                .method(method, json == null ? null : RequestBody.create(json, MediaType.get("application/json")));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.body().string(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request with a body declared as {@code contentType}, or with no Content-Type at all when it is null. */
    Answer curlTyped(String method, String path, String key, String body, String contentType) {
        Request.Builder request = new Request.Builder().url(server.url() + path)
                .method(method, RequestBody.create(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), null))
                .header("Authorization", "Bearer " + key);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.body().string(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(Answer answer) {
        try {
            return WireJson.mapper().readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    /** The official error body: the status, the gRPC code, a message holding {@code message}, no details. */
    static void assertError(Answer answer, int status, int code, String message) {
        assertEquals(status, answer.status(), answer.body());
        JsonNode body = json(answer);
        assertEquals(code, body.get("code").asInt(), answer.body());
        assertTrue(body.get("message").asText().contains(message), answer.body());
        assertTrue(body.get("details").isArray(), answer.body());
        assertEquals("application/json", answer.headers().get("Content-Type"));
    }

    @Override
    public void close() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
