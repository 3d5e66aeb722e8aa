package org.backupconsole.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way the app writes a moment: date and time in the reader's locale, then the zone ("Nov 23, 2026,
 * 3:30 PM CET" in English), and UTC beside it only where the zone's offset at that moment is not zero.
 */
public final class TimeFormats {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Locale LOCALE = Locale.getDefault(Locale.Category.FORMAT);
    private static final String DATE_TIME = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.MEDIUM, FormatStyle.SHORT, IsoChronology.INSTANCE, LOCALE);
    private static final String DATE_TIME_SECONDS = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.MEDIUM, FormatStyle.MEDIUM, IsoChronology.INSTANCE, LOCALE);
    private static final DateTimeFormatter FULL = withZone(DATE_TIME);
    private static final DateTimeFormatter THIS_YEAR = withZone(withoutYear(DATE_TIME));
    private static final DateTimeFormatter SECONDS = withZone(DATE_TIME_SECONDS);
    private static final DateTimeFormatter TIME = withZone(DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            null, FormatStyle.SHORT, IsoChronology.INSTANCE, LOCALE));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LOCALE);

    private TimeFormats() {
    }

    /** "Nov 23, 2026, 3:30 PM CET". */
    public static String local(Instant instant, ZoneId zone) {
        return FULL.format(instant.atZone(zone));
    }

    /** {@link #local} with the seconds, for a clock that runs. */
    public static String withSeconds(Instant instant, ZoneId zone) {
        return SECONDS.format(instant.atZone(zone));
    }

    /** {@link #local} without the year when it is the year of {@code now} in that zone: "Nov 23, 3:30 PM CET". */
    public static String recent(Instant instant, ZoneId zone, Instant now) {
        ZonedDateTime at = instant.atZone(zone);
        return (at.getYear() == now.atZone(zone).getYear() ? THIS_YEAR : FULL).format(at);
    }

    /** The same moment in UTC, when the zone is not at UTC then; empty when it would repeat the local time. */
    public static Optional<String> utcIfDifferent(Instant instant, ZoneId zone) {
        return zone.getRules().getOffset(instant).equals(ZoneOffset.UTC)
                ? Optional.empty() : Optional.of(local(instant, UTC));
    }

    /** {@link #local} in two parts, the date and the time with its zone, for a cell that wraps between them. */
    public static String localDate(Instant instant, ZoneId zone) {
        String whole = local(instant, zone);
        String time = localTime(instant, zone);
        return whole.endsWith(time) ? whole.substring(0, whole.length() - time.length()).strip()
                : DAY.format(instant.atZone(zone));
    }

    public static String localTime(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** A calendar day: "Nov 23, 2026". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    private static DateTimeFormatter withZone(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).appendLiteral(' ').appendPattern("z")
                .toFormatter(LOCALE);
    }

    /** The pattern without its year and the separator that joins it to the rest: "MMM d, y, h:mm a" → "MMM d, h:mm a". */
    static String withoutYear(String pattern) {
        String without = pattern.replaceFirst("(\\s*'[^']*')?[\\s,./-]*[yu]+['年]*", "");
        return without.replaceFirst("^[\\s,./-]+", "");
    }
}
