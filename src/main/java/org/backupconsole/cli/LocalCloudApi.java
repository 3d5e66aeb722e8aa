package org.backupconsole.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.backupconsole.engine.Simulation;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.ClientSettings;
import org.backupconsole.live.CloudApiClient;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.server.CloudApiServer;

/**
 * {@code --backend local}: the demo organization served as the local Cloud API on a free loopback port, and the
 * live client connected to it with the admin key, for the window and the scripting commands alike.
 */
public final class LocalCloudApi implements AutoCloseable {

    private final CloudApiServer server;
    private final LiveBackupService service;

    private LocalCloudApi(CloudApiServer server, LiveBackupService service) {
        this.server = server;
        this.service = service;
    }

    public static LocalCloudApi start(long seed) {
        Simulation simulation = Simulation.demo(seed, Instant.now().truncatedTo(ChronoUnit.SECONDS), Optional.empty());
        CloudApiServer server;
        try {
            server = CloudApiServer.start(simulation, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), seed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local Cloud API on a loopback port", e);
        }
        return new LocalCloudApi(server, new LiveBackupService(new CloudApiClient(ApiUrl.parse(server.url()),
                SecretKey.of(simulation.adminKey()), ClientSettings.DEFAULT), simulation.clock()::now));
    }

    public LiveBackupService service() {
        return service;
    }

    @Override
    public void close() {
        service.close();
        server.close();
    }
}
