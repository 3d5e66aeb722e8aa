package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The engine's nanosecond times convert exactly both ways, and a time out of their reach is refused, not wrapped. */
class TimeBaseTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private final TimeBase time = new TimeBase(START);

    @Test
    void timesBeforeAndAfterTheStartComeBackExactly() {
        for (Instant at : new Instant[] {START, START.plusNanos(1), START.minusNanos(1),
                Instant.parse("2026-03-29T01:00:00.123456789Z"), START.plus(Duration.ofDays(366 * 200)),
                START.minus(Duration.ofDays(366 * 200))}) {
            assertEquals(at, time.instant(time.nanos(at)));
        }
        assertEquals(Duration.ofMinutes(5).toNanos(), time.nanos(START.plus(Duration.ofMinutes(5))));
    }

    @Test
    void aTimeBeyondTheReachIsRefusedWithWhyAndSearchBoundsSaturate() {
        Instant far = START.plus(Duration.ofDays(366 * 300));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> time.nanos(far));
        assertTrue(refused.getMessage().contains("292 years"), refused.getMessage());
        assertEquals(Long.MAX_VALUE, time.nanosWithin(far));
        assertEquals(Long.MIN_VALUE, time.nanosWithin(START.minus(Duration.ofDays(366 * 300))));
        assertEquals(time.nanos(START.plusSeconds(90)), time.nanosWithin(START.plusSeconds(90)));
    }
}
