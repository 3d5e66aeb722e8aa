package org.backupconsole.ui.backups;

import java.time.ZoneId;

import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.ui.common.DurationText;
import org.backupconsole.ui.common.RowText;
import org.backupconsole.ui.common.TimeFormats;

/** A line of ADVANCED's Incomplete Backups tab: Started, Duration, Status (error code and message), Description. */
public record IncompleteBackupRow(IncompleteBackup run, String started, String duration, String status,
                                  String description) {

    static IncompleteBackupRow of(IncompleteBackup run, ZoneId zone) {
        return new IncompleteBackupRow(run,
                TimeFormats.local(run.startedAt(), zone),
                DurationText.of(run.duration()),
                run.failure().map(f -> "Error " + f.code() + ": " + f.message()).orElse("Pending"),
                run.description());
    }

    /** The whole run, one field a line, as its details pane shows and copies it. */
    public String details() {
        return RowText.lines("Started", started, "Duration", duration, "Status", status, "Backup run ID", run.id(),
                "Statement", description);
    }

    /** The row as Ctrl+C copies it: its fields, tab-separated. */
    public String copyText() {
        return RowText.fields(started, duration, status, description, run.id());
    }
}
