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

    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock cannot go back in time");
        }
        reanchor();
        anchorVirtual = anchorVirtual.plus(duration);
    }

    public synchronized void jumpTo(Instant target) {
        reanchor();
        if (target.isBefore(anchorVirtual)) {
            throw new IllegalArgumentException("the clock cannot go back in time: " + target + " is before " + anchorVirtual);
        }
        anchorVirtual = target;
    }

    private void reanchor() {
        anchorVirtual = now();
        anchorWall = wall.instant();
    }

    private static double checkedSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the clock speed must be a positive number, was " + speed);
        }
        return speed;
    }
}
