package org.backupconsole.live;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.Sentences;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.wire.GrpcCode;
import org.backupconsole.wire.StatusJson;
import org.backupconsole.wire.WireJson;

/**
 * Turns what went wrong on the wire into a {@link BackendException} a user can read. Every message passes
 * through the key's redaction, so not even a service that echoes the key back can make it appear.
 */
final class ApiFailures {

    private final SecretKey key;
    private final String host;

    ApiFailures(SecretKey key, String host) {
        this.key = key;
        this.host = host;
    }

    /** Whether a read that failed with this HTTP status may succeed if tried again. */
    static boolean isTransient(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    BackendException http(int status, String body, String retryAfterHeader, Instant now) {
        String serverMessage = serverMessage(body);
        Optional<Duration> retryAfter = retryAfter(retryAfterHeader, now);
        String said = serverMessage.isEmpty() ? "" : " The service said: " + Sentences.end(serverMessage);
        return switch (status) {
            case 400 -> {
                boolean precondition = statusBody(body).flatMap(s -> GrpcCode.of(s.code()))
                        .filter(c -> c == GrpcCode.FAILED_PRECONDITION).isPresent();
                String message = serverMessage.isEmpty() ? "The Cloud API refused the request as invalid (HTTP 400)."
                        : Sentences.end(serverMessage);
                yield failure(precondition ? FailureReason.FAILED_PRECONDITION : FailureReason.INVALID_ARGUMENT,
                        message, Optional.empty());
            }
            case 401 -> failure(FailureReason.UNAUTHENTICATED,
                    "The Cloud API did not accept the secret key (HTTP 401).", Optional.empty());
            case 403 -> failure(FailureReason.PERMISSION_DENIED,
                    "The service account of this secret key is not allowed to do this (HTTP 403)." + said,
                    Optional.empty());
            case 404 -> failure(FailureReason.NOT_FOUND, serverMessage.isEmpty()
                    ? "The Cloud API has no such resource (HTTP 404)." : Sentences.end(serverMessage), Optional.empty());
            case 429 -> failure(FailureReason.RATE_LIMITED, "The Cloud API is limiting the requests of this key (HTTP 429)"
                    + retryAfter.map(d -> " and asked to wait " + d.toSeconds() + " s.").orElse("."), retryAfter);
            default -> failure(status >= 500 ? FailureReason.SERVER_ERROR : FailureReason.INVALID_ARGUMENT,
                    "The Cloud API answered with HTTP " + status + "." + said, Optional.empty());
        };
    }

    /**
     * @param changeMaySucceeded true for a POST or PATCH whose answer was lost: the service may have acted on it
     */
    BackendException network(IOException e, boolean changeMaySucceeded) {
        String message;
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            message = "The Cloud API at " + host + " did not answer in time.";
        } else if (e instanceof UnknownHostException) {
            message = "Cannot find the host " + host + ".";
        } else if (e instanceof ConnectException) {
            message = "Cannot connect to the Cloud API at " + host + ".";
        } else {
            message = "The connection to the Cloud API at " + host + " failed ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").";
        }
        if (changeMaySucceeded) {
            message += " The change may have been made all the same: refresh and check before trying again.";
        }
        return new BackendException(FailureReason.NETWORK, key.redact(message), Optional.empty(), null);
    }

    /** JSON the API does not send, said with its place, never with the parser's words. */
    BackendException unreadable(JsonRefusal refusal) {
        return failure(FailureReason.SERVER_ERROR, refusal.describe("The Cloud API sent a response the app cannot read"),
                Optional.empty());
    }

    BackendException emptyAnswer() {
        return failure(FailureReason.SERVER_ERROR, "The Cloud API sent an empty response where the app needs an answer.",
                Optional.empty());
    }

    static BackendException cancelled() {
        return new BackendException(FailureReason.NETWORK, "The request was cancelled.");
    }

    private BackendException failure(FailureReason reason, String message, Optional<Duration> retryAfter) {
        return new BackendException(reason, key.redact(message), retryAfter, null);
    }

    private static String serverMessage(String body) {
        return statusBody(body).map(StatusJson::message).map(String::strip).orElse("");
    }

    private static Optional<StatusJson> statusBody(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WireJson.read(body.getBytes(StandardCharsets.UTF_8), StatusJson.class));
        } catch (JsonRefusal e) {
            return Optional.empty();
        }
    }

    /** Retry-After is either whole seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
