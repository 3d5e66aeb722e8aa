package org.backupconsole.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where view models run work: backend calls on the background executor, their results back on the UI
 * executor. The application passes a thread pool and {@code Platform::runLater}; tests pass
 * {@code Runnable::run} for both and need no toolkit.
 *
 * <p>No failure is silent: a failure of the work reaches the failure callback as a {@link Failure}, and an
 * exception thrown by a callback is logged with its stack trace and handed to the failure callback, so the
 * view model can show it. The {@code always} step runs whatever happened, so a command always ends.
 */
public record UiExecutors(Executor background, Executor ui) {

    private static final Logger LOG = Logger.getLogger(UiExecutors.class.getName());

    public UiExecutors {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(ui, "ui");
    }

    public static UiExecutors direct() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }

    /** Runs the work in the background, then at most one of the two callbacks on the UI executor. */
    public <T> Request call(Callable<T> work, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        return call(work, onSuccess, onFailure, () -> { });
    }

    /**
     * Runs the work in the background, then on the UI executor one of the two callbacks (none once the request
     * is cancelled), then {@code always}.
     */
    public <T> Request call(Callable<T> work, Consumer<T> onSuccess, Consumer<Failure> onFailure, Runnable always) {
        Request request = new Request();
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).whenCompleteAsync((result, error) -> {
            try {
                if (!request.isCancelled()) {
                    deliver(result, error, onSuccess, onFailure);
                }
            } finally {
                guarded(always, "ending a background call");
            }
        }, ui);
        return request;
    }

    private static <T> void deliver(T result, Throwable error, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        if (error != null) {
            Throwable cause = unwrap(error);
            log(cause);
            guarded(() -> onFailure.accept(Failure.of(cause)), "showing a failure");
            return;
        }
        try {
            onSuccess.accept(result);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A background call's answer could not be shown", e);
            guarded(() -> onFailure.accept(Failure.of(e)), "showing a failure");
        }
    }

    private static void log(Throwable cause) {
        if (Failure.isUnexpected(cause)) {
            LOG.log(Level.SEVERE, "A background call failed", cause);
        } else {
            LOG.log(Level.INFO, "A background call failed: {0}", cause.getMessage());
        }
    }

    private static void guarded(Runnable step, String doing) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Failed while " + doing, e);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
