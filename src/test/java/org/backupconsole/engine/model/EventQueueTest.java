package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The queue fires events in time order, and those at the same time in the order they were scheduled. */
class EventQueueTest {

    private record Scheduled(long at, int order) implements Event {
        @Override
        public void fire() {
        }
    }

    @Test
    void popsInTimeOrderAndSameTimesInTheOrderScheduled() {
        SplittableRandom random = new SplittableRandom(7);
        EventQueue queue = new EventQueue();
        List<Scheduled> expected = new ArrayList<>();
        List<Scheduled> popped = new ArrayList<>();
        int order = 0;
        // Interleaved as the engine does it: events queued while others fire, few distinct times so that many tie.
        for (int step = 0; step < 20_000; step++) {
            if (queue.isEmpty() || random.nextInt(3) > 0) {
                long floor = popped.isEmpty() ? 0 : popped.get(popped.size() - 1).at();
                Scheduled event = new Scheduled(floor + random.nextInt(50), order++);
                expected.add(event);
                queue.schedule(event.at(), event);
            } else {
                long at = queue.peekTime();
                Scheduled event = (Scheduled) queue.poll();
                assertEquals(event.at(), at, "the time peeked is the time of the event polled");
                popped.add(event);
            }
        }
        while (!queue.isEmpty()) {
            popped.add((Scheduled) queue.poll());
        }
        assertTrue(popped.size() > 10_000, "the queue grew and shrank many times");
        expected.sort(Comparator.comparingLong(Scheduled::at).thenComparingInt(Scheduled::order));
        assertEquals(expected, sortedAsPopped(popped), "every event popped once");
        for (int i = 1; i < popped.size(); i++) {
            Scheduled before = popped.get(i - 1);
            Scheduled after = popped.get(i);
            assertTrue(before.at() < after.at() || before.at() == after.at() && before.order() < after.order(),
                    "popped out of order: " + before + " then " + after);
        }
    }

    private static List<Scheduled> sortedAsPopped(List<Scheduled> popped) {
        List<Scheduled> sorted = new ArrayList<>(popped);
        sorted.sort(Comparator.comparingLong(Scheduled::at).thenComparingInt(Scheduled::order));
        return sorted;
    }
}
