package org.backupconsole.backend;

import java.time.Duration;

/** The delay before the next poll: short while things change, doubling up to a ceiling while they do not. */
public final class PollBackoff {

    public static final Duration FASTEST = Duration.ofSeconds(1);
    public static final Duration SLOWEST = Duration.ofSeconds(16);

    private Duration current = FASTEST;

    public Duration next(boolean changed) {
        current = changed ? FASTEST : min(current.multipliedBy(2), SLOWEST);
        return current;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
