package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
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
}
