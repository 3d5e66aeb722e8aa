package org.backupconsole.domain;

import java.util.Objects;

/** Why a restore job failed, as the service reports it (`client_error_code`, `client_error_message`). */
public record RestoreFailure(int code, String message) {

    public RestoreFailure {
        Objects.requireNonNull(message, "message");
    }
}
