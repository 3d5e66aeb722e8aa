package org.backupconsole.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One managed backup of a cluster.
 *
 * @param asOfTime        the system time of the cluster the backup captures ("Data From")
 * @param status          whether it is still being taken; empty when the backend does not report it (the Cloud API)
 * @param type            full or incremental; empty when the backend does not report it (the Cloud API)
 * @param expiresAt       when the backup stops being listed: as-of time plus the retention in force when it was taken
 * @param expiryEstimated true when the backend does not report expiry and it was derived from the retention setting
 */
public record Backup(
        String id,
        String clusterId,
        Instant asOfTime,
        Optional<BackupStatus> status,
        Optional<BackupType> type,
        Instant expiresAt,
        boolean expiryEstimated) {

    public Backup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(asOfTime, "asOfTime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True only when the backend reports the backup as complete. */
    public boolean isComplete() {
        return status.equals(Optional.of(BackupStatus.COMPLETE));
    }

    /** True only when the backend reports the backup as still being taken. */
    public boolean isInProgress() {
        return status.equals(Optional.of(BackupStatus.IN_PROGRESS));
    }
}
