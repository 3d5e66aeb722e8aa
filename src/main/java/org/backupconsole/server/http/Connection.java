package org.backupconsole.server.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * One client's connection, on a worker: its requests one after another, each read within the request timeout
 * and answered within the write timeout, the connection kept between them for the idle timeout. It lets go
 * of an idle client when others wait for a worker, and when the server stops.
 */
final class Connection implements Runnable {

    /** How long the client of a refused request may go on sending before the connection is closed. */
    private static final Duration LINGER = Duration.ofSeconds(1);

    private final Socket socket;
    private final HttpTransport transport;
    private final Limits limits;
    /** Kept open after an answer, and waiting for the next request: such a connection may be let go. */
    private boolean idle;
    private boolean closed;

    Connection(Socket socket, HttpTransport transport) {
        this.socket = socket;
        this.transport = transport;
        this.limits = transport.limits();
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(transport.noDelay());
            BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            RequestReader reader = new RequestReader(in, limits.maxBodyBytes());
            boolean open = awaitRequest(in, false) && serve(reader, in, out);
            while (open) {
                open = awaitRequest(in, true) && serve(reader, in, out);
            }
        } catch (IOException e) {
            // The client went away, or ran out of time and its socket was closed: there is no one to answer.
        } finally {
            transport.forget(this);
        }
    }

    /** Answers a connection no worker can take with the refusal, without reading what it sent. */
    void turnAway(HttpRefusal refusal) {
        try (socket) {
            respond(socket.getOutputStream(), transport.handler().refuse(refusal), false, false);
            closeGently(socket.getInputStream());
        } catch (IOException e) {
            // The client went away first.
        } finally {
            transport.forget(this);
        }
    }

    /**
     * Closes the connection if it was kept after an answer and waits for the next request; one that is serving
     * a request finishes it, and a new one waits for its first for the idle timeout.
     */
    synchronized boolean closeIfIdle() {
        if (idle && !closed) {
            close();
            return true;
        }
        return false;
    }

    synchronized void close() {
        closed = true;
        Deadlines.closeQuietly(socket);
    }

    /**
     * Waits for the first byte of the next request, for the idle timeout at most. A connection kept after an
     * answer is let go at once when the worker is wanted back.
     */
    private boolean awaitRequest(BufferedInputStream in, boolean kept) throws IOException {
        synchronized (this) {
            if (closed) {
                return false;
            }
            idle = kept;
        }
        if (kept && transport.wantsWorkersBack()) {
            close();
            return false;
        }
        socket.setSoTimeout((int) limits.idleTimeout().toMillis());
        in.mark(1);
        try {
            if (in.read() < 0) {
                return false;
            }
        } catch (SocketTimeoutException e) {
            return false;
        }
        in.reset();
        socket.setSoTimeout(0);
        synchronized (this) {
            idle = false;
            return !closed;
        }
    }

    /** Reads one request and answers it; true when the connection stays open for another. */
    private boolean serve(RequestReader reader, InputStream in, OutputStream out) throws IOException {
        RequestReader.Head head;
        byte[] body;
        try (Deadlines.Deadline reading = transport.deadlines().start(socket, limits.requestTimeout())) {
            Optional<RequestReader.Head> next = reader.readHead();
            if (next.isEmpty()) {
                return false;
            }
            head = next.get();
            if (head.expectsContinue()) {
                out.write(ResponseWriter.CONTINUE);
                out.flush();
            }
            body = reader.readBody(head);
        } catch (HttpRefusal refusal) {
            respond(out, transport.handler().refuse(refusal), false, false);
            closeGently(in);
            return false;
        }
        HttpResponse response = transport.handler().handle(new HttpRequest(head.method(), head.target(),
                head.headers(), body));
        boolean keepAlive = head.keepAlive();
        respond(out, response, keepAlive, head.method().equals("HEAD"));
        return keepAlive;
    }

    private void respond(OutputStream out, HttpResponse response, boolean keepAlive, boolean headOnly)
            throws IOException {
        try (Deadlines.Deadline writing = transport.deadlines().start(socket, limits.writeTimeout())) {
            ResponseWriter.write(out, response, keepAlive, headOnly);
        }
    }

    /**
     * After a refusal the client may still be sending what was not read. Closing at once would reset the
     * connection, and the client could lose the answer before reading it, so what it sends is taken in and
     * dropped for a moment first.
     */
    private void closeGently(InputStream in) throws IOException {
        socket.shutdownOutput();
        try (Deadlines.Deadline draining = transport.deadlines().start(socket, LINGER)) {
            byte[] sink = new byte[8192];
            while (in.read(sink) >= 0) {
                // dropped
            }
        }
    }
}
