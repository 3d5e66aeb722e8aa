package org.backupconsole.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A backup run that failed or has not finished, as ADVANCED's "Incomplete Backups" tab lists it.
 *
 * @param failure     the error code and message; empty while the run is still pending
 * @param description the SQL statement of the backup job
 */
public record IncompleteBackup(
        String id,
        String clusterId,
        Instant startedAt,
        Duration duration,
        Optional<RestoreFailure> failure,
        String description) {

    public IncompleteBackup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(description, "description");
    }
}
