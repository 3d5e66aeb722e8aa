package org.backupconsole.ui.backups;

import java.time.ZoneId;

import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.ui.common.DurationText;
import org.backupconsole.ui.common.TimeFormats;

/** A line of ADVANCED's Incomplete Backups tab: Started, Duration, Status (error code and message), Description. */
public record IncompleteBackupRow(String started, String duration, String status, String description) {

    static IncompleteBackupRow of(IncompleteBackup run, ZoneId zone) {
        return new IncompleteBackupRow(
                TimeFormats.local(run.startedAt(), zone),
                DurationText.of(run.duration()),
                run.failure().map(f -> "Error " + f.code() + ": " + f.message()).orElse("Pending"),
                run.description());
    }
}
