package org.backupconsole.server.http;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a socket whose read or write outlasts its time, on one timer thread: the blocked call then fails and
 * its worker is free. A deadline covers a whole phase (reading a request, writing an answer), so a client
 * that trickles a byte now and then gains nothing.
 */
final class Deadlines implements AutoCloseable {

    /** A running deadline; closing it before it passes keeps the socket open. */
    interface Deadline extends AutoCloseable {
        @Override
        void close();
    }

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "cloud-api-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    Deadlines() {
        timer.setRemoveOnCancelPolicy(true);
    }

    Deadline start(Socket socket, Duration time) {
        ScheduledFuture<?> closing = timer.schedule(() -> closeQuietly(socket), time.toMillis(), TimeUnit.MILLISECONDS);
        return () -> closing.cancel(false);
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that was wanted; a socket that fails to close is gone as far as this server goes.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
