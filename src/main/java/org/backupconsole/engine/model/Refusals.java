package org.backupconsole.engine.model;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;

/** The refusals commands share, worded as the managed service words them. */
final class Refusals {

    private Refusals() {
    }

    static BackendException precondition(String message) {
        return new BackendException(FailureReason.FAILED_PRECONDITION, message);
    }

    static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw BackendException.invalid(what + " needs a name.");
        }
    }
}
