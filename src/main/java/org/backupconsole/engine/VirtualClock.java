package org.backupconsole.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The simulator's time. It runs at a speed factor against a wall-clock source, or stands still while paused,
 * and can be moved forward by hand. Virtual time never goes backwards.
 */
public final class VirtualClock {

    /** The fastest the clock runs: a day of virtual time per real second, the Simulator page's fastest. */
    public static final double MAX_SPEED = 86_400;
    /** What a speed must be, in refusals. */
    public static final String SPEEDS = "a speed above 0 and at most 86400 (a day per second)";
    /**
     * The most the clock moves at once, by an advance or a jump, and the longest history a scenario plays: a year
     * and a day, past the longest retention (365 days). More would only keep the engine busy.
     */
    public static final Duration MAX_MOVE = Duration.ofDays(366);

    private final InstantSource wall;
    private Instant anchorVirtual;
    private Instant anchorWall;
    private double speed;
    private boolean paused;

    public VirtualClock(InstantSource wall, Instant start, double speed) {
        this(wall, start, speed, false);
    }

    /** A clock that starts at {@code start}, standing still if {@code paused} until it is resumed. */
    public VirtualClock(InstantSource wall, Instant start, double speed, boolean paused) {
        this.wall = Objects.requireNonNull(wall, "wall");
        this.anchorVirtual = Objects.requireNonNull(start, "start");
        this.anchorWall = wall.instant();
        this.speed = checkedSpeed(speed);
        this.paused = paused;
    }

    /** A clock that only moves when told to, for tests and for serving a frozen scenario. */
    public static VirtualClock paused(Instant start) {
        return new VirtualClock(InstantSource.fixed(start), start, 1, true);
    }

    public synchronized Instant now() {
        if (paused) {
            return anchorVirtual;
        }
        long wallNanos = Duration.between(anchorWall, wall.instant()).toNanos();
        return anchorVirtual.plusNanos(Math.round(wallNanos * speed));
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized double speed() {
        return speed;
    }

    public synchronized void pause() {
        reanchor();
        paused = true;
    }

    public synchronized void resume() {
        reanchor();
        paused = false;
    }

    /** How many virtual seconds pass per wall-clock second. */
    public synchronized void setSpeed(double newSpeed) {
        double checked = checkedSpeed(newSpeed);
        reanchor();
        speed = checked;
    }

    /** Moves forward by at most {@link #MAX_MOVE}. */
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The clock cannot go back in time.");
        }
        if (duration.compareTo(MAX_MOVE) > 0) {
            throw new IllegalArgumentException("The clock moves at most " + MAX_MOVE.toDays() + " days at once, not "
                    + duration + ".");
        }
        reanchor();
        anchorVirtual = anchorVirtual.plus(duration);
    }

    /** Moves forward to a time at most {@link #MAX_MOVE} ahead. */
    public synchronized void jumpTo(Instant target) {
        reanchor();
        if (target.isBefore(anchorVirtual)) {
            throw new IllegalArgumentException("The clock cannot go back in time: " + target + " is before "
                    + anchorVirtual + ".");
        }
        if (target.isAfter(anchorVirtual.plus(MAX_MOVE))) {
            throw new IllegalArgumentException("The clock moves at most " + MAX_MOVE.toDays() + " days at once: "
                    + target + " is after " + anchorVirtual.plus(MAX_MOVE) + ".");
        }
        anchorVirtual = target;
    }

    /** Whether the clock may run at this speed: above 0 and at most {@link #MAX_SPEED}; never NaN. */
    public static boolean isSpeed(double speed) {
        return speed > 0 && speed <= MAX_SPEED;
    }

    private void reanchor() {
        anchorVirtual = now();
        anchorWall = wall.instant();
    }

    private static double checkedSpeed(double speed) {
        if (!isSpeed(speed)) {
            throw new IllegalArgumentException("The clock needs " + SPEEDS + ", not " + speed + ".");
        }
        return speed;
    }
}
