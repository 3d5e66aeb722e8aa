package org.backupconsole.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} requests per key in any one-second window, as the Cloud API documents (10 per
 * second per user). It counts on the wall clock, not the simulation's. Each key has a window and a lock of
 * its own, so a key's flood never waits on another key. Only keys that authenticated are counted.
 */
final class RateLimiter {

    private static final long WINDOW_NANOS = Duration.ofSeconds(1).toNanos();

    private final int limit;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    RateLimiter(int limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /** Records a request, or refuses it with how long to wait before the next one would be accepted. */
    Optional<Duration> acquire(String key) {
        Deque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            long now = nanoTime.getAsLong();
            while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                long waitNanos = WINDOW_NANOS - (now - times.peekFirst());
                return Optional.of(Duration.ofSeconds(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }
}
