package org.backupconsole.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One managed backup of a cluster.
 *
 * @param asOfTime        the system time of the cluster the backup captures ("Data From")
 * @param expiresAt       when the backup stops being listed: as-of time plus the retention in force when it was taken
 * @param expiryEstimated true when the backend does not report expiry and it was derived from the retention setting
 */
public record Backup(
        String id,
        String clusterId,
        Instant asOfTime,
        BackupStatus status,
        BackupType type,
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

    public boolean isComplete() {
        return status == BackupStatus.COMPLETE;
    }
}
