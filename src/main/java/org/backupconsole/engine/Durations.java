package org.backupconsole.engine;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ISO-8601 durations as the simulator takes them, in scenario files and in a request to advance the clock: days,
 * hours, minutes and seconds in ASCII digits and upper case, without signs, from nothing to
 * {@link VirtualClock#MAX_MOVE}. {@link Duration#parse} alone takes more: lower case, signs on every part, and
 * amounts that overflow the clock.
 */
public final class Durations {

    /** What a duration must look like, in refusals. */
    public static final String EXPECTED = "an ISO-8601 duration from PT0S to P" + VirtualClock.MAX_MOVE.toDays()
            + "D, such as PT30M, PT24H or P7D";

    private static final Pattern FORM = Pattern.compile(
            "P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]{1,9})?S)?)?");

    private Durations() {
    }

    /** The duration, or empty when the text is not one of {@link #EXPECTED}. */
    public static Optional<Duration> parse(String text) {
        if (!FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.parse(text)).filter(duration -> duration.compareTo(VirtualClock.MAX_MOVE) <= 0);
        } catch (DateTimeParseException emptyOrOverflowing) {
            return Optional.empty();
        }
    }
}
