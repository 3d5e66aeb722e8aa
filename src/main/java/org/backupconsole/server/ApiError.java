package org.backupconsole.server;

import java.time.Duration;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.JsonWords;
import org.backupconsole.wire.GrpcCode;

/** A request the server answers with an error body: the gRPC code decides the HTTP status. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final GrpcCode code;
    private final transient Optional<Duration> retryAfter;
    private final int httpStatus;

    ApiError(GrpcCode code, String message) {
        this(code, message, Optional.empty(), code.httpStatus());
    }

    ApiError(GrpcCode code, String message, Optional<Duration> retryAfter, int httpStatus) {
        super(message);
        this.code = code;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
    }

    static ApiError invalid(String message) {
        return new ApiError(GrpcCode.INVALID_ARGUMENT, message);
    }

    /** A request body that cannot be used, with the place in it: "The request body, at $.type: …". */
    static ApiError badBody(JsonRefusal refusal) {
        return invalid(refusal.describe("The request body"));
    }

    static ApiError badBody(String place, String reason) {
        return badBody(new JsonRefusal(place, reason));
    }

    /** A query parameter that is not what it must be: "Query parameter pagination.limit: expected …, found "x".". */
    static ApiError badQuery(String name, String expected, String text) {
        return invalid("Query parameter " + name + ": expected " + expected + ", found " + JsonWords.quoted(text) + ".");
    }

    static ApiError from(BackendException e) {
        GrpcCode code = switch (e.reason()) {
            case UNAUTHENTICATED -> GrpcCode.UNAUTHENTICATED;
            case PERMISSION_DENIED -> GrpcCode.PERMISSION_DENIED;
            case NOT_FOUND -> GrpcCode.NOT_FOUND;
            case INVALID_ARGUMENT -> GrpcCode.INVALID_ARGUMENT;
            case FAILED_PRECONDITION -> GrpcCode.FAILED_PRECONDITION;
            case RATE_LIMITED -> GrpcCode.RESOURCE_EXHAUSTED;
            case SERVER_ERROR -> GrpcCode.INTERNAL;
            case NETWORK -> GrpcCode.UNAVAILABLE;
        };
        return new ApiError(code, e.getMessage(), e.retryAfter(), code.httpStatus());
    }

    GrpcCode code() {
        return code;
    }

    int httpStatus() {
        return httpStatus;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
