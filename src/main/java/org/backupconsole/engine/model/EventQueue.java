package org.backupconsole.engine.model;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Pending events in time order; events at the same instant fire in the order they were scheduled, which
 * keeps the history deterministic.
 */
final class EventQueue {

    private record Entry(Instant at, long sequence, Event event) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Entry> entries = new PriorityQueue<>();
    private long nextSequence;

    void schedule(Instant at, Event event) {
        entries.add(new Entry(at, nextSequence++, event));
    }

    /** The time of the earliest event, or null when there is none. */
    Instant peekTime() {
        Entry head = entries.peek();
        return head == null ? null : head.at();
    }

    Event poll() {
        return entries.remove().event();
    }
}
