package org.backupconsole.engine.model;

import java.util.Objects;
import java.util.Optional;

import org.backupconsole.backend.BackendException;

/**
 * Makes backup runs or restore jobs fail, for training and tests: each matching run fails with the given
 * probability, until the rule has caused {@code times} failures (for ever when empty).
 *
 * @param clusterId   the cluster whose runs fail (the destination, for restores); empty for every cluster
 * @param probability the chance, in (0, 1], that a matching run fails
 */
public record FaultRule(String id, Target target, Optional<String> clusterId, Optional<Integer> times,
                        double probability, int errorCode, String errorMessage) {

    public enum Target {
        BACKUP,
        RESTORE
    }

    public FaultRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(errorMessage, "errorMessage");
        if (!(probability > 0 && probability <= 1)) {
            throw BackendException.invalid("A fault rule's probability must be above 0 and at most 1, was "
                    + probability + ".");
        }
        if (times.isPresent() && times.get() < 1) {
            throw BackendException.invalid("A fault rule must fail at least 1 run, was " + times.get()
                    + "; leave the count empty to fail runs for ever.");
        }
        if (errorMessage.isBlank()) {
            throw BackendException.invalid("A fault rule needs an error message for the runs it fails.");
        }
    }

    /** A rule that fails the next {@code times} matching runs. */
    public static FaultRule next(Target target, Optional<String> clusterId, int times, int errorCode, String message) {
        return new FaultRule("", target, clusterId, Optional.of(times), 1.0, errorCode, message);
    }

    boolean matches(Target runTarget, String runClusterId) {
        return target == runTarget && clusterId.map(runClusterId::equals).orElse(true);
    }

    FaultRule withId(String newId) {
        return new FaultRule(newId, target, clusterId, times, probability, errorCode, errorMessage);
    }

    FaultRule usedOnce() {
        return new FaultRule(id, target, clusterId, times.map(n -> n - 1), probability, errorCode, errorMessage);
    }
}
