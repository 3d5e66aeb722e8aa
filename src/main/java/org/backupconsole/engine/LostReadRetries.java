package org.backupconsole.engine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.RetryPolicy;

/**
 * Tries a read the simulated network lost again, as the live client tries a GET again, and tells the window of
 * each retry. Only reads: a lost change is reported, never sent a second time, as the live client does.
 */
final class LostReadRetries {

    /** For a service behind the local Cloud API: the HTTP client on the other side does the retrying. */
    static final LostReadRetries NONE = new LostReadRetries(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO));
    static final LostReadRetries AS_THE_LIVE_CLIENT = new LostReadRetries(RetryPolicy.DEFAULT);

    private final RetryPolicy policy;

    LostReadRetries(RetryPolicy policy) {
        this.policy = policy;
    }

    void cross(Simulation simulation, ClientActivity activity) {
        boolean retried = false;
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    simulation.crossNetwork();
                    return;
                } catch (BackendException lost) {
                    Optional<Duration> delay = lost.reason() == FailureReason.NETWORK && !Thread.currentThread().isInterrupted()
                            ? policy.delayAfter(attempt, Optional.empty(), ThreadLocalRandom.current()::nextDouble)
                            : Optional.empty();
                    if (delay.isEmpty()) {
                        throw lost;
                    }
                    retried = true;
                    activity.retrying(attempt + 1, policy.maxAttempts(), delay.get(), FailureReason.NETWORK);
                    pause(delay.get(), lost);
                }
            }
        } finally {
            if (retried) {
                activity.settled();
            }
        }
    }

    private static void pause(Duration delay, BackendException lost) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw lost;
        }
    }
}
