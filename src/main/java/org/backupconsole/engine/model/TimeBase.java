package org.backupconsole.engine.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The engine's times as nanoseconds since the start of its history. The event queue and the backups keep these
 * longs, which compare and add without allocating; callers still see {@link Instant}s, converted exactly both ways.
 * A long of nanoseconds reaches about 292 years either side of the start.
 */
record TimeBase(Instant origin) {

    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    static final long NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND;

    long nanos(Instant at) {
        try {
            return exactNanos(at);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The simulator reaches about 292 years either side of the start of its "
                    + "history, " + origin + "; " + at + " lies beyond.", e);
        }
    }

    /** Like {@link #nanos}, but a time beyond the reach is the furthest time there is that way, for bounds of a search. */
    long nanosWithin(Instant at) {
        try {
            return exactNanos(at);
        } catch (ArithmeticException e) {
            return at.isAfter(origin) ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    private long exactNanos(Instant at) {
        Duration since = Duration.between(origin, at);
        return Math.addExact(Math.multiplyExact(since.getSeconds(), NANOS_PER_SECOND), since.getNano());
    }

    Instant instant(long nanos) {
        return origin.plusNanos(nanos);
    }
}
