package org.backupconsole.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times as RFC 3339 writes them, and nothing else: a full date, {@code T}, a full time with 0 to 9 fractional
 * digits, and {@code Z} or an offset, in ASCII digits. Java's own parsers accept more (a missing second, a
 * decimal point without digits), which the API does not.
 */
public final class Rfc3339 {

    /** What a time must look like, for refusals. */
    public static final String EXPECTED = "an RFC 3339 time such as 2025-07-25T15:45:00Z";

    private static final Pattern FORM = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})");

    private Rfc3339() {
    }

    /** The instant the text names, or empty when it is not an RFC 3339 time or names no real moment. */
    public static Optional<Instant> parse(String text) {
        if (!FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            String upper = text.toUpperCase(Locale.ROOT);
            return Optional.of(OffsetDateTime.parse(upper, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
