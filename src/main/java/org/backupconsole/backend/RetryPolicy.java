package org.backupconsole.backend;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed read is tried again: exponential backoff with jitter, at most {@code maxAttempts} tries in all.
 * A {@code Retry-After} from the service is waited out in full, unless it is longer than {@code maxRetryAfter},
 * in which case the failure goes to the user with the wait it asked for.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * How long to wait after the given failed attempt (1 for the first), or empty to give up.
     *
     * @param jitter a source of numbers in [0, 1)
     */
    public Optional<Duration> delayAfter(int failedAttempt, Optional<Duration> retryAfter, DoubleSupplier jitter) {
        if (failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
            return Optional.empty();
        }
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(failedAttempt - 1, 20));
        long backoff = ceiling / 2 + Math.round(jitter.getAsDouble() * (ceiling / 2.0));
        Duration delay = Duration.ofMillis(backoff);
        return Optional.of(retryAfter.filter(r -> r.compareTo(delay) > 0).orElse(delay));
    }
}
