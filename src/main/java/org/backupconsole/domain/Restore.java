package org.backupconsole.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A restore job.
 *
 * @param completion  from 0 to 1
 * @param completedAt set a little after the status becomes SUCCESS, so a poller waits for both
 * @param failure     the error code and message of a FAILED restore
 */
public record Restore(
        String id,
        String backupId,
        String destinationClusterId,
        String sourceClusterName,
        String destinationClusterName,
        RestoreStatus status,
        RestoreType type,
        double completion,
        Instant createdAt,
        Instant backupEndTime,
        Optional<Instant> completedAt,
        Optional<String> crdbJobId,
        Optional<RestoreFailure> failure,
        List<RestoreItem> objects,
        RestoreOptions options) {

    public Restore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(backupId, "backupId");
        Objects.requireNonNull(destinationClusterId, "destinationClusterId");
        Objects.requireNonNull(sourceClusterName, "sourceClusterName");
        Objects.requireNonNull(destinationClusterName, "destinationClusterName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
        if (!(completion >= 0 && completion <= 1)) {
            throw new IllegalArgumentException("completion must be between 0 and 1, was " + completion);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(backupEndTime, "backupEndTime");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(crdbJobId, "crdbJobId");
        Objects.requireNonNull(failure, "failure");
        objects = List.copyOf(objects);
        Objects.requireNonNull(options, "options");
    }

    /** How long the job has run by {@code now}, or ran, once the service recorded its end. */
    public Duration elapsed(Instant now) {
        return Duration.between(createdAt, completedAt.orElse(now));
    }

    /**
     * The time left, extrapolated from the share done so far; empty once the job has ended, and while nothing is
     * done yet to extrapolate from.
     */
    public Optional<Duration> timeLeft(Instant now) {
        if (status.isFinished() || completion <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(elapsed(now).toMillis() * (1 - completion) / completion)));
    }

    /** True once the job has ended and the service has recorded when. */
    public boolean isSettled() {
        return status == RestoreStatus.FAILED || (status == RestoreStatus.SUCCESS && completedAt.isPresent());
    }
}
