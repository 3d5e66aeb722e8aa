package org.backupconsole.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.backupconsole.ui.common.UiScheduler;

/** A scheduler whose tasks run only when the test says so; it remembers every delay asked for. */
public final class ManualScheduler implements UiScheduler {

    private final List<Scheduled> pending = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Scheduled scheduled = new Scheduled(delay, task);
        pending.add(scheduled);
        delays.add(delay);
        return () -> pending.remove(scheduled);
    }

    /** Runs the earliest task that is waiting; fails when none is. */
    public void runNext() {
        if (pending.isEmpty()) {
            throw new IllegalStateException("nothing is scheduled");
        }
        pending.remove(0).task().run();
    }

    public int pendingCount() {
        return pending.size();
    }

    /** The delays of every task scheduled so far, in order. */
    public List<Duration> delays() {
        return List.copyOf(delays);
    }

    private record Scheduled(Duration delay, Runnable task) {
    }
}
