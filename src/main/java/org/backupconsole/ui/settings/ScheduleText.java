package org.backupconsole.ui.settings;

import org.backupconsole.domain.BackupSettings;

/** Backup settings in words: "every 24 hours, kept 30 days", and the choices of the settings dialog. */
public final class ScheduleText {

    private ScheduleText() {
    }

    public static String of(BackupSettings settings) {
        if (!settings.enabled()) {
            return "backups disabled";
        }
        return "every " + frequency(settings.frequencyMinutes()) + ", kept " + retention(settings.retentionDays());
    }

    /** As it follows "every": "hour", "4 hours", "15 minutes". */
    static String frequency(int minutes) {
        String option = frequencyOption(minutes);
        return option.startsWith("1 ") ? option.substring(2) : option;
    }

    /** As a choice in a list: "1 hour", "4 hours", "15 minutes". */
    public static String frequencyOption(int minutes) {
        if (minutes % 60 != 0) {
            return minutes + " minutes";
        }
        int hours = minutes / 60;
        return hours == 1 ? "1 hour" : hours + " hours";
    }

    public static String retention(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
