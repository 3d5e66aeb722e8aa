package org.backupconsole.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.ClientSettings;
import org.backupconsole.live.CloudApiClient;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.server.CloudApiServer;

/**
 * The demo organization of {@link Simulators#demo()} served as a local Cloud API on a loopback port, so that one
 * engine can be seen both ways: through the live client over HTTP and in-process through the simulator adapter.
 */
public final class LoopbackCloudApi implements AutoCloseable {

    private static final String ADMIN_KEY = "CCDB1_loopbackCloudApiTestKey";

    private final Simulation simulation =
            Simulation.demo(1, Simulators.NOW, Optional.of(ADMIN_KEY), VirtualClock.paused(Simulators.NOW));
    private final CloudApiServer server;
    private final LiveBackupService live;

    public LoopbackCloudApi() {
        try {
            server = CloudApiServer.start(simulation, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        live = new LiveBackupService(new CloudApiClient(ApiUrl.parse(server.url()), SecretKey.of(ADMIN_KEY),
                ClientSettings.DEFAULT), simulation.clock()::now);
    }

    /** The live client on the local Cloud API, as {@code --backend local} uses it. */
    public LiveBackupService live() {
        return live;
    }

    /** The secret key the live client sends. */
    public String adminKey() {
        return ADMIN_KEY;
    }

    /** The same organization in-process, as the desktop app's user sees it on the simulator. */
    public SimulatorBackupService simulator() {
        return simulation.serviceFor(simulation.desktopUser());
    }

    @Override
    public void close() {
        live.close();
        server.close();
    }
}
