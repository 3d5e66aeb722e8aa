package org.backupconsole.server;

import java.io.IOException;
import java.net.InetSocketAddress;

import org.backupconsole.engine.Simulation;
import org.backupconsole.server.http.HttpTransport;
import org.backupconsole.server.http.Limits;

/**
 * The local Cloud API over HTTP, on {@link HttpTransport} within its {@linkplain Limits#DEFAULT default
 * limits}: stalled clients are closed after seconds, bodies over 1 MiB are refused, 32 clients are served at once.
 */
public final class CloudApiServer implements AutoCloseable {

    /** The Cloud API's documented limit: 10 requests per second per key. */
    public static final int REQUESTS_PER_SECOND = 10;

    private final HttpTransport transport;

    private CloudApiServer(HttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Binds and starts serving. Port 0 picks a free port; {@link #port()} tells which.
     *
     * @param faultSeed seeds the draws of fault rules, so that a run can be repeated
     */
    public static CloudApiServer start(Simulation simulation, InetSocketAddress address, long faultSeed)
            throws IOException {
        return start(simulation, address, faultSeed, () -> { });
    }

    /**
     * As {@link #start(Simulation, InetSocketAddress, long)}, running {@code afterChange} after every request
     * that changed the simulation, before its answer is sent.
     */
    public static CloudApiServer start(Simulation simulation, InetSocketAddress address, long faultSeed,
                                       Runnable afterChange) throws IOException {
        return start(simulation, address, faultSeed, REQUESTS_PER_SECOND, afterChange);
    }

    /** With another rate limit, for tests that call fast. */
    static CloudApiServer start(Simulation simulation, InetSocketAddress address, long faultSeed, int requestsPerSecond,
                                Runnable afterChange) throws IOException {
        return start(simulation, address, faultSeed, requestsPerSecond, afterChange, true);
    }

    /** With TCP_NODELAY off, for the benchmark that compares the two. */
    static CloudApiServer start(Simulation simulation, InetSocketAddress address, long faultSeed, int requestsPerSecond,
                                Runnable afterChange, boolean noDelay) throws IOException {
        ApiHandler handler = new ApiHandler(simulation, new RateLimiter(requestsPerSecond, System::nanoTime),
                new RequestFaults(faultSeed), afterChange);
        return new CloudApiServer(HttpTransport.start(address, Limits.DEFAULT, handler, noDelay));
    }

    public int port() {
        return transport.address().getPort();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        InetSocketAddress address = transport.address();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** Stops accepting, lets requests in progress finish for up to a second, then stops. */
    @Override
    public void close() {
        transport.close();
    }
}
