package org.backupconsole.ui.common;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.Sentences;

/**
 * A failed background call as a view model receives it.
 *
 * @param reason  why the backend refused or failed; empty when the failure is not the backend's: a file that
 *                cannot be read or written, or a fault in the app itself
 * @param message what happened and what to do, as the user reads it
 */
public record Failure(Optional<FailureReason> reason, String message) {

    public Failure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static Failure of(Throwable error) {
        if (error instanceof BackendException backend) {
            return new Failure(Optional.of(backend.reason()), backend.userMessage());
        }
        if (error instanceof IOException io && io.getMessage() != null) {
            // A file that cannot be read or written: its message names the file and the reason.
            return new Failure(Optional.empty(), io.getMessage());
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new Failure(Optional.empty(), "Something went wrong: " + Sentences.end(detail)
                + " It was written to the log. Try again; if it keeps happening, restart the app.");
    }

    /** True when the failure is a fault of the app, not a refusal of the backend or a file problem. */
    static boolean isUnexpected(Throwable error) {
        return !(error instanceof BackendException) && !(error instanceof IOException);
    }
}
