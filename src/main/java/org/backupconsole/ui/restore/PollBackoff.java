package org.backupconsole.ui.restore;

import java.time.Duration;

/** The delay before the next poll: short while things change, doubling up to a ceiling while they do not. */
final class PollBackoff {

    static final Duration FASTEST = Duration.ofSeconds(1);
    static final Duration SLOWEST = Duration.ofSeconds(16);

    private Duration current = FASTEST;

    Duration next(boolean changed) {
        current = changed ? FASTEST : min(current.multipliedBy(2), SLOWEST);
        return current;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
