package org.backupconsole.server.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on blocking sockets that stays up under slow and stalled clients: a bounded pool of
 * workers, each serving one connection; a deadline on reading each request and on writing each answer, and
 * an idle timeout between requests, each closing the connection when it passes; a cap on the body, refused
 * before it is read; and a bounded number of connections waiting for a worker, past which the answer is 503.
 * Every request target reaches the handler as sent, so the handler words every refusal, malformed URLs included.
 */
public final class HttpTransport implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HttpTransport.class.getName());
    private static final int BACKLOG = 128;

    private final ServerSocket listener;
    private final Limits limits;
    private final HttpHandler handler;
    private final ThreadPoolExecutor workers;
    /** Answers the connections no worker can take; when it too is busy, they are closed unanswered. */
    private final ThreadPoolExecutor refusals;
    private final Deadlines deadlines = new Deadlines();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private final boolean noDelay;
    private volatile boolean closing;

    private HttpTransport(ServerSocket listener, Limits limits, HttpHandler handler, boolean noDelay) {
        this.listener = listener;
        this.limits = limits;
        this.handler = handler;
        this.noDelay = noDelay;
        this.workers = pool("cloud-api-", limits.workers(), limits.waiting());
        this.refusals = pool("cloud-api-refusals-", 1, limits.waiting());
        this.acceptor = new Thread(this::accept, "cloud-api-acceptor");
        acceptor.setDaemon(true);
    }

    /**
     * Binds the address (port 0 picks a free one) and starts serving, with TCP_NODELAY on every connection: an
     * answer written in more than one piece would otherwise wait for the client's delayed acknowledgement.
     */
    public static HttpTransport start(InetSocketAddress address, Limits limits, HttpHandler handler)
            throws IOException {
        return start(address, limits, handler, true);
    }

    /** As {@link #start(InetSocketAddress, Limits, HttpHandler)}; Nagle's algorithm left on is only for comparing. */
    public static HttpTransport start(InetSocketAddress address, Limits limits, HttpHandler handler, boolean noDelay)
            throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(address, BACKLOG);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        HttpTransport transport = new HttpTransport(listener, limits, handler, noDelay);
        transport.acceptor.start();
        return transport;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /**
     * Stops accepting and closes idle connections; requests in progress have a second to be answered, then
     * their workers are interrupted and their connections closed.
     */
    @Override
    public void close() {
        closing = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the listening socket failed", e);
        }
        connections.forEach(Connection::closeIfIdle);
        refusals.shutdown();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
            // What is still open outlived its second, or lingers after a refusal.
            connections.forEach(Connection::close);
            workers.awaitTermination(2, TimeUnit.SECONDS);
            refusals.awaitTermination(1, TimeUnit.SECONDS);
            acceptor.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deadlines.close();
        }
    }

    Limits limits() {
        return limits;
    }

    HttpHandler handler() {
        return handler;
    }

    boolean noDelay() {
        return noDelay;
    }

    Deadlines deadlines() {
        return deadlines;
    }

    /** An idle connection gives its worker back when the server stops or other connections wait for one. */
    boolean wantsWorkersBack() {
        return closing || !workers.getQueue().isEmpty();
    }

    void forget(Connection connection) {
        connections.remove(connection);
    }

    private void accept() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.log(Level.WARNING, "accepting a connection failed", e);
                    pause();
                }
                continue;
            }
            Connection connection = new Connection(socket, this);
            connections.add(connection);
            try {
                workers.execute(connection);
            } catch (RejectedExecutionException e) {
                turnAway(connection);
                continue;
            }
            if (workers.getActiveCount() >= limits.workers()) {
                // Every worker is taken: one that only waits for its client's next request lets go.
                connections.stream().anyMatch(Connection::closeIfIdle);
            }
        }
    }

    private void turnAway(Connection connection) {
        try {
            refusals.execute(() -> connection.turnAway(new HttpRefusal(503, "the server is serving as many "
                    + "clients as it can; try again shortly")));
        } catch (RejectedExecutionException e) {
            connection.close();
            forget(connection);
        }
    }

    private static ThreadPoolExecutor pool(String name, int threads, int waiting) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(waiting), task -> {
            Thread thread = new Thread(task, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** After a failed accept (such as too many open files), so that the loop does not spin. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
