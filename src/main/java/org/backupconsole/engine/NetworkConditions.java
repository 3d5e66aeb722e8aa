package org.backupconsole.engine;

import java.time.Duration;
import java.util.Objects;

import org.backupconsole.backend.BackendException;

/**
 * An unreliable network between the app and the simulated service, for training: every call waits
 * {@code latency} of real time, then is lost with the chance {@code errorRate}. It sits in front of the engine
 * and never changes its history: a lost call reaches nothing.
 */
public record NetworkConditions(Duration latency, double errorRate) {

    static final Duration MAX_LATENCY = Duration.ofSeconds(30);
    public static final NetworkConditions RELIABLE = new NetworkConditions(Duration.ZERO, 0);

    public NetworkConditions {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
            throw BackendException.invalid("Network latency must be from 0 to " + MAX_LATENCY.toSeconds()
                    + " seconds, was " + latency.toMillis() + " ms.");
        }
        if (!(errorRate >= 0 && errorRate < 1)) {
            throw BackendException.invalid("The network's error rate must be from 0 up to (not including) 1, was "
                    + errorRate + ".");
        }
    }

    public boolean isReliable() {
        return latency.isZero() && errorRate == 0;
    }
}
