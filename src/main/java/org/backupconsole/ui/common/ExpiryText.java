package org.backupconsole.ui.common;

import java.time.Duration;

/** "Expires In" as the console words it: whole days left, or "less than a day"; an estimate is marked "≈". */
public final class ExpiryText {

    /** How an estimated expiry was found. */
    public static final String ESTIMATED_FROM = "estimated from the cluster's current retention setting";

    private ExpiryText() {
    }

    public static String of(Duration remaining, boolean estimated) {
        return estimated ? estimate(remaining) : describe(remaining);
    }

    /** The text with, for an estimate, how it was found: for a line that has room, such as a dialog's detail. */
    public static String explained(Duration remaining, boolean estimated) {
        return estimated ? estimate(remaining) + ", " + ESTIMATED_FROM : describe(remaining);
    }

    /** Whole days, never "expired": the service still lists the backup, so the estimate is the one that is off. */
    private static String estimate(Duration remaining) {
        return "≈ " + days(Math.max(0, remaining.toDays()));
    }

    private static String describe(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return "expired";
        }
        long days = remaining.toDays();
        return days == 0 ? "less than a day" : days(days);
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
