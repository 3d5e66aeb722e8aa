package org.backupconsole.ui.drills;

import java.time.Duration;

/** A span of simulated time, as short as it can be read: 45 s, 12 min, 2 h 05 min, 3 d 4 h. */
final class SimulatedTime {

    private SimulatedTime() {
    }

    static String of(Duration span) {
        long seconds = Math.max(0, span.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h " + String.format("%02d", minutes % 60) + " min";
        }
        return hours / 24 + " d " + hours % 24 + " h";
    }
}
