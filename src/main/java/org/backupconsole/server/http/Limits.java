package org.backupconsole.server.http;

import java.time.Duration;

/**
 * How long a client may take and how much it may send, and how many clients are served at once.
 *
 * @param idleTimeout    how long a connection may wait before the first byte of its next request
 * @param requestTimeout how long a request may take from its first byte to its last, body included
 * @param writeTimeout   how long an answer may take to be written out to a client that does not read it
 * @param maxBodyBytes   the largest request body; a larger one is refused with 413 before it is read
 * @param workers        the connections served at once, each on a thread of its own
 * @param waiting        the connections that may wait for a worker (at least one); more are refused with 503
 */
public record Limits(Duration idleTimeout, Duration requestTimeout, Duration writeTimeout, int maxBodyBytes,
                     int workers, int waiting) {

    /** A few seconds for anything a client sends, 1 MiB of body, 32 clients served and 64 waiting. */
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofSeconds(10), 1 << 20, 32, 64);

    public Limits {
        if (workers < 1 || waiting < 1 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("workers and waiting must be positive, maxBodyBytes not negative");
        }
    }
}
