package org.backupconsole.ui.inspector;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.backupconsole.domain.Backup;

/** A backup as the inspector's picker names it: when its data is from, and its type when the backend reports it. */
final class BackupLabel {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MMM d, yyyy, HH:mm", Locale.ENGLISH);

    private BackupLabel() {
    }

    static String of(Backup backup, ZoneId zone) {
        return FORMAT.withZone(zone).format(backup.asOfTime())
                + backup.type().map(type -> " · " + type.displayName()).orElse("");
    }
}
