package org.backupconsole.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Plan;
import org.backupconsole.engine.BackupEngine;
import org.backupconsole.engine.DemoOrganization;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.ClientSettings;
import org.backupconsole.live.CloudApiClient;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;

/**
 * A local Cloud API on a loopback port for tests: the demo organization plus one STANDARD cluster, on a paused
 * clock, with live clients and raw HTTP (as curl would send it) against it.
 */
final class LocalApi implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String ADMIN_KEY = "CCDB1_testAdminKey_0123456789abcdef";
    static final String STANDARD_CLUSTER = "orders-standard";

    final VirtualClock clock = VirtualClock.paused(NOW);
    final SimulatorTenancy tenancy;
    final CloudApiServer server;
    private final OkHttpClient http = new OkHttpClient();

    /** An answer as curl shows it: status, headers and body. */
    record Answer(int status, String body, okhttp3.Headers headers) {
    }

    LocalApi(int requestsPerSecond) throws IOException {
        BackupEngine engine = DemoOrganization.create(7, NOW.minus(DemoOrganization.HISTORY));
        engine.createCluster(STANDARD_CLUSTER, Plan.STANDARD, CloudProvider.GCP, List.of("us-east1"), 1L << 30);
        engine.advanceTo(NOW);
        tenancy = new SimulatorTenancy(engine, clock, NOW.minus(DemoOrganization.HISTORY), ADMIN_KEY);
        server = CloudApiServer.start(tenancy, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1,
                requestsPerSecond);
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

    @Override
    public void close() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
