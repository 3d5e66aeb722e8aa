package org.backupconsole.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.backupconsole.engine.Simulation;

/** The local Cloud API over HTTP, on the JDK's built-in server. */
public final class CloudApiServer implements AutoCloseable {

    /** The Cloud API's documented limit: 10 requests per second per key. */
    public static final int REQUESTS_PER_SECOND = 10;

    private final HttpServer http;
    private final ExecutorService workers;

    private CloudApiServer(HttpServer http, ExecutorService workers) {
        this.http = http;
        this.workers = workers;
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
        HttpServer http = HttpServer.create(address, 0);
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "cloud-api-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http.createContext("/", new ApiHandler(simulation, new RateLimiter(requestsPerSecond, System::nanoTime),
                new RequestFaults(faultSeed), afterChange));
        http.setExecutor(workers);
        http.start();
        return new CloudApiServer(http, workers);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** Stops accepting, lets requests in progress finish for up to a second, then stops. */
    @Override
    public void close() {
        http.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
