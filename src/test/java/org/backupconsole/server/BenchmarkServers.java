package org.backupconsole.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.backupconsole.engine.Simulation;

/** The local Cloud API started as the benchmarks need it: another rate limit, or Nagle's algorithm left on. */
public final class BenchmarkServers {

    private BenchmarkServers() {
    }

    public static CloudApiServer start(Simulation simulation, int requestsPerSecond, boolean noDelay)
            throws IOException {
        return CloudApiServer.start(simulation, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1,
                requestsPerSecond, () -> { }, noDelay);
    }
}
