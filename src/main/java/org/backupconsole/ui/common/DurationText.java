package org.backupconsole.ui.common;

import java.time.Duration;

/** A duration in short words, to the minute: "3 h 12 min", "2 d 4 h", "less than a minute". */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration) {
        if (duration.toMinutes() < 1) {
            return "less than a minute";
        }
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        int minutes = duration.toMinutesPart();
        if (days > 0) {
            return hours == 0 ? days + " d" : days + " d " + hours + " h";
        }
        if (hours > 0) {
            return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
        }
        return minutes + " min";
    }
}
