package org.backupconsole.ui.backups;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupStatus;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RestoreEligibility;
import org.backupconsole.ui.common.ExpiryText;
import org.backupconsole.ui.common.TimeFormats;

/**
 * Turns backups into table rows for one cluster at one moment: texts, expiry, and whether Restore is allowed.
 * What the backend does not report reads "Not reported", never a guess.
 */
final class BackupRowFactory {

    private final ZoneId zone;

    BackupRowFactory(ZoneId zone) {
        this.zone = zone;
    }

    BackupRow row(Backup backup, Optional<Catalog> contents, Cluster cluster, Permissions permissions, Instant now) {
        return new BackupRow(backup,
                backup.asOfTime().atZone(zone).toLocalDate(),
                TimeFormats.localDate(backup.asOfTime(), zone),
                TimeFormats.localTime(backup.asOfTime(), zone),
                TimeFormats.utcIfDifferent(backup.asOfTime(), zone),
                backup.type().map(BackupType::displayName).map(CellText::of)
                        .orElseGet(() -> CellText.notReported(CloudApiGaps.TYPE)),
                backup.status().map(BackupStatus::displayName).map(CellText::of)
                        .orElseGet(() -> CellText.notReported(CloudApiGaps.STATUS)),
                expiresIn(backup, now),
                databases(contents, cluster),
                contents,
                restoreBlockedBecause(backup, cluster, permissions));
    }

    private static CellText expiresIn(Backup backup, Instant now) {
        String text = ExpiryText.of(Duration.between(now, backup.expiresAt()), backup.expiryEstimated());
        return backup.expiryEstimated() ? CellText.noted(text, CloudApiGaps.EXPIRY) : CellText.of(text);
    }

    /** The page asks for contents on ADVANCED only, the one plan whose console lists a backup's databases. */
    private static CellText databases(Optional<Catalog> contents, Cluster cluster) {
        if (cluster.plan() != Plan.ADVANCED) {
            return CellText.of("");
        }
        return contents.map(c -> CellText.of(Integer.toString(c.databases().size())))
                .orElseGet(() -> CellText.notReported(CloudApiGaps.DATABASES));
    }

    /** A backup whose status is not reported is offered: the service refuses one it cannot restore, and says why. */
    private static Optional<String> restoreBlockedBecause(Backup backup, Cluster cluster, Permissions permissions) {
        return RestoreEligibility.check(cluster, cluster, backup.isInProgress(), permissions).map(refusal -> switch (refusal) {
            case NO_ROLE -> "Restoring needs the Cluster Admin or Cluster Operator role on this cluster.";
            case SOURCE_DELETED, TARGET_DELETED ->
                    "The cluster is deleted: contact Cockroach Labs support to restore its backups.";
            case TARGET_RESTORING -> "A restore is running on this cluster; wait for it to end.";
            case TARGET_NOT_READY -> "The cluster is not ready yet; its backups can be restored once it is created.";
            case BACKUP_IN_PROGRESS -> "This backup is still in progress; it can be restored once it is complete.";
            // A cluster always has its own plan and version: these two concern other targets only.
            case OTHER_PLAN, UNSUPPORTED_VERSION -> "This backup cannot be restored into its own cluster.";
        });
    }
}
