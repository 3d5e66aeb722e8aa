package org.backupconsole.ui.common;

import java.time.Duration;

/**
 * Runs a task on the UI thread after a delay, for view models that poll. The app schedules with the JavaFX
 * animation timer; tests keep the tasks and run them by hand.
 */
public interface UiScheduler {

    /** Runs the task once, on the UI thread, after the delay; the returned handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that can still be called off. */
    interface Cancellable {
        void cancel();
    }
}
