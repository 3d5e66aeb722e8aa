package org.backupconsole.ui.simulator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The virtual time as the Simulator page shows it: local with seconds, and UTC. */
final class ClockText {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneId.of("UTC"));

    private ClockText() {
    }

    static String local(Instant instant, ZoneId zone) {
        return LOCAL.withZone(zone).format(instant);
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }
}
