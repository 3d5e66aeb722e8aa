package org.backupconsole.ui.backups;

import org.backupconsole.domain.BackupSettings;

/** Backup settings in words: "every 24 hours, kept 30 days". */
final class ScheduleText {

    private ScheduleText() {
    }

    static String of(BackupSettings settings) {
        if (!settings.enabled()) {
            return "backups disabled";
        }
        return "every " + frequency(settings.frequencyMinutes()) + ", kept " + settings.retentionDays() + " days";
    }

    static String frequency(int minutes) {
        if (minutes % 60 != 0) {
            return minutes + " minutes";
        }
        int hours = minutes / 60;
        return hours == 1 ? "hour" : hours + " hours";
    }
}
