package org.backupconsole.engine.model;

import java.time.Instant;

/**
 * The engine's time: the present, and the events still to come in (time, sequence) order. Time only moves when
 * {@link #advanceTo} is called, and the work done is proportional to the events that fall due, not to the time
 * that passes.
 */
final class EventKernel {

    private final EventQueue events = new EventQueue();
    private Instant now;
    private long firedEvents;

    EventKernel(Instant start) {
        this.now = start;
    }

    Instant now() {
        return now;
    }

    void schedule(Instant at, Event event) {
        events.schedule(at, event);
    }

    /** Fires every event due up to and including the target, in time order, then sets the time to it. */
    void advanceTo(Instant target) {
        if (target.isBefore(now)) {
            return;
        }
        Instant due = events.peekTime();
        while (due != null && !due.isAfter(target)) {
            now = due;
            firedEvents++;
            events.poll().fire();
            due = events.peekTime();
        }
        now = target;
    }

    long firedEvents() {
        return firedEvents;
    }
}
