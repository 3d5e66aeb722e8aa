package org.backupconsole.ui.common;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.backupconsole.backend.BackendException;

/**
 * Where view models run work: backend calls on the background executor, their results back on the UI
 * executor. The application passes a thread pool and {@code Platform::runLater}; tests pass
 * {@code Runnable::run} for both and need no toolkit.
 */
public record UiExecutors(Executor background, Executor ui) {

    public UiExecutors {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(ui, "ui");
    }

    public static UiExecutors direct() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }

    /** Runs the work in the background, then exactly one of the two callbacks on the UI executor. */
    public <T> void call(Callable<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).whenCompleteAsync((result, error) -> {
            if (error == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(describe(unwrap(error)));
            }
        }, ui);
    }

    /** A failure as the user reads it: what happened and what to do. */
    public static String describe(Throwable error) {
        if (error instanceof BackendException backend) {
            return backend.userMessage();
        }
        if (error instanceof IOException io && io.getMessage() != null) {
            // A file that cannot be read or written: its message names the file and the reason.
            return io.getMessage();
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return "Something went wrong: " + detail + ". Try again; if it keeps happening, restart the app.";
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
