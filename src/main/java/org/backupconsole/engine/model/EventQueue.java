package org.backupconsole.engine.model;

import java.util.Arrays;

/**
 * Pending events in time order; events at the same time fire in the order they were scheduled, which keeps the
 * history deterministic. A binary heap over parallel arrays of primitive keys: the engine fires millions of events
 * a simulated year, and comparing two longs in an array costs a fraction of comparing boxed {@code Instant}s.
 */
final class EventQueue {

    /** Times as {@link TimeBase} nanoseconds. */
    private long[] times = new long[64];
    private long[] sequences = new long[64];
    private Event[] events = new Event[64];
    private int size;
    private long nextSequence;

    void schedule(long at, Event event) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            events = Arrays.copyOf(events, capacity);
        }
        long sequence = nextSequence++;
        int slot = size++;
        while (slot > 0) {
            int parent = (slot - 1) >>> 1;
            if (!precedes(at, sequence, times[parent], sequences[parent])) {
                break;
            }
            move(parent, slot);
            slot = parent;
        }
        place(slot, at, sequence, event);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The time of the earliest event; only when there is one. */
    long peekTime() {
        return times[0];
    }

    Event poll() {
        Event head = events[0];
        int last = --size;
        long at = times[last];
        long sequence = sequences[last];
        Event event = events[last];
        events[last] = null;
        int slot = 0;
        int half = last >>> 1;
        while (slot < half) {
            int child = 2 * slot + 1;
            int right = child + 1;
            if (right < last && precedes(times[right], sequences[right], times[child], sequences[child])) {
                child = right;
            }
            if (!precedes(times[child], sequences[child], at, sequence)) {
                break;
            }
            move(child, slot);
            slot = child;
        }
        if (last > 0) {
            place(slot, at, sequence, event);
        }
        return head;
    }

    private static boolean precedes(long at, long sequence, long otherAt, long otherSequence) {
        return at < otherAt || at == otherAt && sequence < otherSequence;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequences[to] = sequences[from];
        events[to] = events[from];
    }

    private void place(int slot, long at, long sequence, Event event) {
        times[slot] = at;
        sequences[slot] = sequence;
        events[slot] = event;
    }
}
