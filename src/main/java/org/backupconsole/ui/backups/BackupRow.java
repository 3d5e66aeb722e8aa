package org.backupconsole.ui.backups;

import java.util.Optional;

import org.backupconsole.domain.Backup;

/**
 * One line of the backups table, with its texts ready to show.
 *
 * @param dataFrom              the as-of time in the user's time zone
 * @param dataFromUtc           the same instant in UTC, for the hover text
 * @param restoreBlockedBecause why Restore is disabled for this backup, if it is
 */
public record BackupRow(
        Backup backup,
        String dataFrom,
        String dataFromUtc,
        String status,
        String expiresIn,
        Optional<String> restoreBlockedBecause) {

    public boolean restorable() {
        return restoreBlockedBecause.isEmpty();
    }
}
