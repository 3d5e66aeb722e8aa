package org.backupconsole.engine.model;

import java.util.Arrays;

/**
 * For the engine benchmark: the times of every event an engine queues and fires, in the order it does so, so that
 * a bare priority queue can be given the same events at the same moments and nothing else.
 */
public final class EventTrace implements EventKernel.Trace {

    /** Every event's time as it was queued, in that order. */
    private long[] scheduled = new long[1 << 16];
    private int scheduledCount;
    /** For each fired event, how many events had been queued before it fired. */
    private int[] queuedBeforeFiring = new int[1 << 16];
    private long[] firedAt = new long[1 << 16];
    private int firedCount;

    private EventTrace() {
    }

    /** A trace of every event the engine queues and fires from now on. */
    public static EventTrace of(BackupEngine engine) {
        EventTrace trace = new EventTrace();
        engine.state.kernel.trace(trace);
        return trace;
    }

    @Override
    public void scheduled(long at) {
        if (scheduledCount == scheduled.length) {
            scheduled = Arrays.copyOf(scheduled, scheduledCount * 2);
        }
        scheduled[scheduledCount++] = at;
    }

    @Override
    public void fired(long at) {
        if (firedCount == firedAt.length) {
            firedAt = Arrays.copyOf(firedAt, firedCount * 2);
            queuedBeforeFiring = Arrays.copyOf(queuedBeforeFiring, firedCount * 2);
        }
        queuedBeforeFiring[firedCount] = scheduledCount;
        firedAt[firedCount++] = at;
    }

    public int firedCount() {
        return firedCount;
    }

    /** The time of the n-th event queued (nanoseconds since the engine's start). */
    public long scheduledAt(int n) {
        return scheduled[n];
    }

    /** How many events the engine had queued when the n-th fired. */
    public int queuedBefore(int firing) {
        return queuedBeforeFiring[firing];
    }

    /** The time the n-th event fired at. */
    public long firedAt(int firing) {
        return firedAt[firing];
    }
}
