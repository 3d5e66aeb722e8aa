package org.backupconsole.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the app writes instants: in the user's time zone for reading, in UTC beside it for exactness. */
public final class TimeFormats {

    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a z", Locale.US);
    /** {@link #LOCAL} in two parts, for a cell that puts the time under the date when it is narrow. */
    public static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy,", Locale.US);
    public static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("h:mm a z", Locale.US);
    public static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);
    /** For narrow columns: the year and zone go to the hover text. */
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US);
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.US);

    private TimeFormats() {
    }

    public static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone));
    }

    public static String localDate(Instant instant, ZoneId zone) {
        return LOCAL_DATE.format(instant.atZone(zone));
    }

    public static String localTime(Instant instant, ZoneId zone) {
        return LOCAL_TIME.format(instant.atZone(zone));
    }

    public static String shortLocal(Instant instant, ZoneId zone) {
        return SHORT.format(instant.atZone(zone));
    }

    public static String utc(Instant instant) {
        return UTC.format(instant);
    }
}
