package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import javafx.beans.binding.Bindings;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No failure is silent, every command ends, and a cancelled request's answer is dropped. */
class UiExecutorsTest {

    private final LogCapture log = LogCapture.of(UiExecutors.class);

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void anExceptionInACallbackIsLoggedWithItsStackTraceShownAndTheCommandEnds() {
        List<Failure> shown = new ArrayList<>();
        IllegalStateException bug = new IllegalStateException("a row of another cluster");
        Command command = new Command(Bindings.createBooleanBinding(() -> true), done ->
                UiExecutors.direct().call(() -> "answer", answer -> {
                    throw bug;
                }, shown::add, done));

        command.execute();

        assertTrue(command.isExecutable(), "the button comes back");
        assertEquals(1, shown.size());
        assertEquals(Optional.empty(), shown.get(0).reason(), "a fault of the app, not a refusal of the backend");
        assertTrue(shown.get(0).message().contains("a row of another cluster"), shown.get(0).message());
        LogRecord severe = log.records().stream().filter(r -> r.getLevel() == Level.SEVERE).findFirst().orElseThrow();
        assertSame(bug, severe.getThrown(), "the stack trace is in the log");
    }

    @Test
    void aBackendFailureReachesTheViewModelWithItsReason() {
        List<Failure> shown = new ArrayList<>();
        UiExecutors.direct().call(() -> {
            throw new BackendException(FailureReason.PERMISSION_DENIED, "Not allowed.");
        }, answer -> { }, shown::add);

        assertEquals(Optional.of(FailureReason.PERMISSION_DENIED), shown.get(0).reason());
        assertEquals("Not allowed. " + FailureReason.PERMISSION_DENIED.advice(), shown.get(0).message());
        assertTrue(log.records().stream().noneMatch(r -> r.getLevel() == Level.SEVERE), "an expected refusal is no fault");
    }

    @Test
    void aFailingFailureCallbackIsLoggedAndTheCommandStillEnds() {
        Command command = new Command(Bindings.createBooleanBinding(() -> true), done ->
                UiExecutors.direct().call(() -> {
                    throw new IllegalArgumentException("broken");
                }, answer -> { }, failure -> {
                    throw new IllegalStateException("cannot show it");
                }, done));

        command.execute();

        assertTrue(command.isExecutable());
        assertTrue(log.records().stream().anyMatch(r -> r.getThrown() instanceof IllegalStateException));
        assertTrue(log.records().stream().anyMatch(r -> r.getThrown() instanceof IllegalArgumentException));
    }

    @Test
    void aCancelledRequestDeliversNothingButStillEnds() {
        Queue<Runnable> background = new ArrayDeque<>();
        UiExecutors executors = new UiExecutors(background::add, Runnable::run);
        List<String> delivered = new ArrayList<>();
        List<String> ended = new ArrayList<>();

        Request request = executors.call(() -> "late answer", delivered::add, failure -> delivered.add("failure"),
                () -> ended.add("ended"));
        request.cancel();
        background.remove().run();

        assertEquals(List.of(), delivered);
        assertEquals(List.of("ended"), ended);
    }
}
