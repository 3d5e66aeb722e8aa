package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class VirtualClockTest {

    private static final Instant WALL_START = Instant.parse("2026-05-01T10:00:00Z");
    private static final Instant VIRTUAL_START = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicReference<Instant> wall = new AtomicReference<>(WALL_START);
    private final InstantSource wallSource = wall::get;

    @Test
    void runsAtItsSpeedAgainstTheWallClock() {
        VirtualClock clock = new VirtualClock(wallSource, VIRTUAL_START, 60);
        wall.set(WALL_START.plusSeconds(10));
        assertEquals(VIRTUAL_START.plus(Duration.ofMinutes(10)), clock.now());
    }

    @Test
    void standsStillWhilePausedAndContinuesFromThereOnResume() {
        VirtualClock clock = new VirtualClock(wallSource, VIRTUAL_START, 1);
        wall.set(WALL_START.plusSeconds(5));
        clock.pause();
        wall.set(WALL_START.plusSeconds(100));
        assertEquals(VIRTUAL_START.plusSeconds(5), clock.now());
        clock.resume();
        wall.set(WALL_START.plusSeconds(103));
        assertEquals(VIRTUAL_START.plusSeconds(8), clock.now());
    }

    @Test
    void changingSpeedKeepsTheTimeAlreadyPassed() {
        VirtualClock clock = new VirtualClock(wallSource, VIRTUAL_START, 1);
        wall.set(WALL_START.plusSeconds(10));
        clock.setSpeed(3600);
        wall.set(WALL_START.plusSeconds(11));
        assertEquals(VIRTUAL_START.plusSeconds(10).plus(Duration.ofHours(1)), clock.now());
    }

    @Test
    void advancesAndJumpsForwardButNeverBack() {
        VirtualClock clock = VirtualClock.paused(VIRTUAL_START);
        clock.advance(Duration.ofDays(1));
        assertEquals(VIRTUAL_START.plus(Duration.ofDays(1)), clock.now());
        clock.jumpTo(VIRTUAL_START.plus(Duration.ofDays(7)));
        assertEquals(VIRTUAL_START.plus(Duration.ofDays(7)), clock.now());
        assertThrows(IllegalArgumentException.class, () -> clock.jumpTo(VIRTUAL_START));
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(0));
    }

    @Test
    void absurdSpeedsAndMovesAreRefusedAndChangeNothing() {
        VirtualClock clock = VirtualClock.paused(VIRTUAL_START);
        for (double speed : new double[] {1e300, Double.POSITIVE_INFINITY, Double.NaN, VirtualClock.MAX_SPEED + 1, -1}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(speed));
            assertEquals("The clock needs a speed above 0 and at most 86400 (a day per second), not " + speed + ".",
                    refused.getMessage());
        }
        clock.setSpeed(VirtualClock.MAX_SPEED);
        assertEquals(VirtualClock.MAX_SPEED, clock.speed());
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(Long.MAX_VALUE)));
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofDays(1_000_000_000_000L)));
        assertThrows(IllegalArgumentException.class, () -> clock.jumpTo(Instant.MAX));
        assertThrows(IllegalArgumentException.class, () -> clock.jumpTo(VIRTUAL_START.plus(Duration.ofDays(367))));
        assertEquals(VIRTUAL_START, clock.now(), "a refused move moves nothing");
        clock.advance(VirtualClock.MAX_MOVE);
        assertEquals(VIRTUAL_START.plus(Duration.ofDays(366)), clock.now());
    }

    @Test
    void durationsAreIso8601InUpperCaseAsciiAndWithinAMove() {
        assertEquals(Optional.of(Duration.ofMinutes(90)), Durations.parse("PT1H30M"));
        assertEquals(Optional.of(Duration.ofDays(366)), Durations.parse("P366D"));
        assertEquals(Optional.of(Duration.ofMillis(1500)), Durations.parse("PT1.5S"));
        assertEquals(Optional.of(Duration.ZERO), Durations.parse("PT0S"));
        for (String text : new String[] {"PT9223372036854775807S", "P1000000000000D", "P367D", "PT8785H", "-PT1H", "P-1D",
                "PT1H-30M", "pt1h", "P1W", "P", "PT", "P1DT", "PT\uff11H", " PT1H", "PT1H ", "1h", ""}) {
            assertEquals(Optional.empty(), Durations.parse(text), text);
        }
    }
}
