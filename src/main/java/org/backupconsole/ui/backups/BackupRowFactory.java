package org.backupconsole.ui.backups;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Permissions;
import org.backupconsole.ui.common.ExpiryText;
import org.backupconsole.ui.common.TimeFormats;

/** Turns backups into table rows for one cluster at one moment: texts, expiry, and whether Restore is allowed. */
final class BackupRowFactory {

    private final ZoneId zone;

    BackupRowFactory(ZoneId zone) {
        this.zone = zone;
    }

    BackupRow row(Backup backup, Optional<Catalog> contents, Cluster cluster, Permissions permissions, Instant now) {
        Duration remaining = Duration.between(now, backup.expiresAt());
        return new BackupRow(backup,
                backup.asOfTime().atZone(zone).toLocalDate(),
                TimeFormats.local(backup.asOfTime(), zone),
                TimeFormats.utc(backup.asOfTime()),
                backup.status().displayName(),
                ExpiryText.of(remaining, backup.expiryEstimated()),
                contents,
                restoreBlockedBecause(backup, cluster, permissions));
    }

    private static Optional<String> restoreBlockedBecause(Backup backup, Cluster cluster, Permissions permissions) {
        if (cluster.isDeleted()) {
            return Optional.of("The cluster is deleted: contact Cockroach Labs support to restore its backups.");
        }
        if (cluster.isRestoring()) {
            return Optional.of("A restore is running on this cluster; wait for it to end.");
        }
        if (!backup.isComplete()) {
            return Optional.of("This backup is still in progress; it can be restored once it is complete.");
        }
        if (!permissions.mayManageBackupsOn(cluster.id())) {
            return Optional.of("Restoring needs the Cluster Admin or Cluster Operator role on this cluster.");
        }
        return Optional.empty();
    }
}
