package org.backupconsole.bench;

import java.util.PriorityQueue;

import org.backupconsole.engine.model.EventTrace;

/**
 * The floor under any event-driven engine: a {@link PriorityQueue} given the events an engine queued, at the moments
 * it queued them, and popped in (time, sequence) order, doing nothing else. So the queue holds as many events at
 * each moment as the engine's did.
 */
final class BareEventQueue {

    private record Entry(long at, long sequence) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private BareEventQueue() {
    }

    /** Seconds taken to queue and pop every event of the trace; checks that they pop at the times the engine fired them. */
    static double secondsToReplay(EventTrace trace) {
        long started = System.nanoTime();
        PriorityQueue<Entry> queue = new PriorityQueue<>();
        int queued = 0;
        long mismatches = 0;
        for (int firing = 0; firing < trace.firedCount(); firing++) {
            for (int upTo = trace.queuedBefore(firing); queued < upTo; queued++) {
                queue.add(new Entry(trace.scheduledAt(queued), queued));
            }
            if (queue.remove().at() != trace.firedAt(firing)) {
                mismatches++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (mismatches > 0) {
            throw new IllegalStateException(mismatches + " events of the bare queue popped at another time than the engine fired them.");
        }
        return seconds;
    }
}
