package org.backupconsole.engine.model;

import java.time.Instant;
import java.util.Optional;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupStatus;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Catalog;

/**
 * One backup run as read from its cluster's {@link BackupTimeline}, which keeps the runs in arrays and makes this
 * view when asked. Its status follows from the time: it is In Progress until {@link #completesAt}, so no event is
 * needed to complete it. A doomed run (see fault rules) is removed at that moment instead.
 */
final class SimBackup {

    final String id;
    final SimCluster cluster;
    final Instant asOf;
    final Instant completesAt;
    final BackupType type;
    final Instant expiresAt;
    final int retentionDays;
    final Catalog catalog;

    SimBackup(String id, SimCluster cluster, Instant asOf, Instant completesAt, BackupType type, Instant expiresAt,
              int retentionDays, Catalog catalog) {
        this.id = id;
        this.cluster = cluster;
        this.asOf = asOf;
        this.completesAt = completesAt;
        this.type = type;
        this.expiresAt = expiresAt;
        this.retentionDays = retentionDays;
        this.catalog = catalog;
    }

    boolean isRunning(Instant now) {
        return now.isBefore(completesAt);
    }

    Backup snapshot(Instant now) {
        BackupStatus status = isRunning(now) ? BackupStatus.IN_PROGRESS : BackupStatus.COMPLETE;
        return new Backup(id, cluster.id, asOf, Optional.of(status), Optional.of(type), expiresAt, false);
    }

    /** The statement the managed service runs for this backup, as the Incomplete Backups tab shows it. */
    String description() {
        String into = type == BackupType.FULL ? "INTO" : "INTO LATEST IN";
        return "BACKUP " + into + " 'external://managed-backups-" + cluster.backupRegion + "/" + cluster.id
                + "' AS OF SYSTEM TIME '" + asOf + "' WITH revision_history = true, detached";
    }
}
