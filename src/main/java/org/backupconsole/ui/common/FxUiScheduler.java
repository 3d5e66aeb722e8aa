package org.backupconsole.ui.common;

import java.time.Duration;

import javafx.animation.PauseTransition;

/** Schedules on the JavaFX application thread with a pause transition: no thread of its own, nothing blocks. */
public final class FxUiScheduler implements UiScheduler {

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> task.run());
        pause.play();
        return pause::stop;
    }
}
