package org.backupconsole.engine.model;

import java.time.Instant;

/**
 * The engine's time: the present, and the events still to come in (time, sequence) order. Time only moves when
 * {@link #advanceTo} is called, and the work done is proportional to the events that fall due, not to the time
 * that passes. Times are kept as {@link TimeBase} nanoseconds; the present as an {@link Instant} is made only when
 * asked for.
 */
final class EventKernel {

    private final TimeBase time;
    private final EventQueue events = new EventQueue();
    private long now;
    /** The present as an Instant, or null until asked for since the time last moved. */
    private Instant nowInstant;
    private long firedEvents;
    private Trace trace;

    /** Told the time of every event as it is queued and as it fires, in that order; set only by the benchmark. */
    interface Trace {

        void scheduled(long at);

        void fired(long at);
    }

    EventKernel(Instant start) {
        this.time = new TimeBase(start);
        this.nowInstant = start;
    }

    TimeBase time() {
        return time;
    }

    Instant now() {
        if (nowInstant == null) {
            nowInstant = time.instant(now);
        }
        return nowInstant;
    }

    long nowNanos() {
        return now;
    }

    void schedule(Instant at, Event event) {
        schedule(time.nanos(at), event);
    }

    void schedule(long at, Event event) {
        if (trace != null) {
            trace.scheduled(at);
        }
        events.schedule(at, event);
    }

    void trace(Trace newTrace) {
        trace = newTrace;
    }

    /** Fires every event due up to and including the target, in time order, then sets the time to it. */
    void advanceTo(Instant target) {
        if (target.isBefore(now())) {
            return;
        }
        long until = time.nanos(target);
        while (!events.isEmpty() && events.peekTime() <= until) {
            now = events.peekTime();
            nowInstant = null;
            firedEvents++;
            if (trace != null) {
                trace.fired(now);
            }
            events.poll().fire();
        }
        now = until;
        nowInstant = target;
    }

    long firedEvents() {
        return firedEvents;
    }
}
