package org.backupconsole.backend;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed backend call. Its message is written for the user and never contains a secret; the reason tells
 * a view model what kind of failure it is and what to suggest.
 */
public class BackendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FailureReason reason;
    private final transient Optional<Duration> retryAfter;
    private final String advice;

    public BackendException(FailureReason reason, String message) {
        this(reason, message, Optional.empty(), null);
    }

    public BackendException(FailureReason reason, String message, Optional<Duration> retryAfter, Throwable cause) {
        this(reason, message, retryAfter, cause, reason.advice());
    }

    private BackendException(FailureReason reason, String message, Optional<Duration> retryAfter, Throwable cause,
                             String advice) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.advice = Objects.requireNonNull(advice, "advice");
    }

    /** A failure whose remedy is not the reason's usual one, such as a simulated network that has no address. */
    public static BackendException withAdvice(FailureReason reason, String message, String advice) {
        return new BackendException(reason, message, Optional.empty(), null, advice);
    }

    public FailureReason reason() {
        return reason;
    }

    /** How long the service asked the caller to wait, for {@link FailureReason#RATE_LIMITED}. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** The message followed by what to do about it. */
    public String userMessage() {
        return Sentences.end(getMessage()) + " " + advice;
    }

    public static BackendException notFound(String what) {
        return new BackendException(FailureReason.NOT_FOUND, what + " was not found.");
    }

    public static BackendException invalid(String message) {
        return new BackendException(FailureReason.INVALID_ARGUMENT, message);
    }
}
