package org.backupconsole.ui.inspector;

import java.time.ZoneId;

import org.backupconsole.domain.Backup;
import org.backupconsole.ui.common.TimeFormats;

/** A backup as the inspector's picker names it: when its data is from, and its type when the backend reports it. */
final class BackupLabel {

    private BackupLabel() {
    }

    static String of(Backup backup, ZoneId zone) {
        return TimeFormats.local(backup.asOfTime(), zone)
                + backup.type().map(type -> " · " + type.displayName()).orElse("");
    }
}
