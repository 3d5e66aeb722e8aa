package org.backupconsole.ui.backups;

import java.time.LocalDate;
import java.util.Optional;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.ui.common.RowText;

/**
 * One line of the backups table, with its texts ready to show.
 *
 * @param day                   the calendar day of the as-of time in the user's time zone
 * @param dataFromDate          the date of the as-of time in the user's time zone
 * @param dataFromTime          its time of day and time zone
 * @param dataFromUtc           the same instant in UTC, for the hover text, where the zone is not at UTC then
 * @param databases             how many databases the backup holds (ADVANCED)
 * @param contents              the databases the backup holds, when the backend can tell (ADVANCED drill-down)
 * @param restoreBlockedBecause why Restore is disabled for this backup, if it is
 */
public record BackupRow(
        Backup backup,
        LocalDate day,
        String dataFromDate,
        String dataFromTime,
        Optional<String> dataFromUtc,
        CellText type,
        CellText status,
        CellText expiresIn,
        CellText databases,
        Optional<Catalog> contents,
        Optional<String> restoreBlockedBecause) {

    /** The as-of time in the user's time zone, on one line. */
    public String dataFrom() {
        return dataFromDate + " " + dataFromTime;
    }

    /** The row as Ctrl+C copies it: what it shows, tab-separated, then the backup's id. */
    public String copyText() {
        return RowText.fields(dataFrom(), type.text(), status.text(), expiresIn.text(), databases.text(), backup.id());
    }

    public boolean restorable() {
        return restoreBlockedBecause.isEmpty();
    }
}
