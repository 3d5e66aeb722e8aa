package org.backupconsole.ui.backups;

import java.time.LocalDate;
import java.util.Optional;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;

/**
 * One line of the backups table, with its texts ready to show.
 *
 * @param day                   the calendar day of the as-of time in the user's time zone
 * @param dataFrom              the as-of time in the user's time zone
 * @param dataFromUtc           the same instant in UTC, for the hover text
 * @param contents              the databases the backup holds, when the backend can tell (ADVANCED drill-down)
 * @param restoreBlockedBecause why Restore is disabled for this backup, if it is
 */
public record BackupRow(
        Backup backup,
        LocalDate day,
        String dataFrom,
        String dataFromUtc,
        String status,
        String expiresIn,
        Optional<Catalog> contents,
        Optional<String> restoreBlockedBecause) {

    public boolean restorable() {
        return restoreBlockedBecause.isEmpty();
    }

    /** The Databases column: how many databases the backup holds, blank when unknown. */
    public String databaseCount() {
        return contents.map(c -> Integer.toString(c.databases().size())).orElse("");
    }
}
