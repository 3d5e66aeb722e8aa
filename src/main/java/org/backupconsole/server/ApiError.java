package org.backupconsole.server;

import java.time.Duration;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
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
