package org.backupconsole.ui.common;

import java.time.Duration;

/** "Expires In" as the console words it: whole days left, or "less than a day". */
public final class ExpiryText {

    private ExpiryText() {
    }

    public static String of(Duration remaining, boolean estimated) {
        String text = describe(remaining);
        return estimated ? "~" + text + " (estimated)" : text;
    }

    private static String describe(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return "expired";
        }
        long days = remaining.toDays();
        if (days == 0) {
            return "less than a day";
        }
        return days == 1 ? "1 day" : days + " days";
    }
}
