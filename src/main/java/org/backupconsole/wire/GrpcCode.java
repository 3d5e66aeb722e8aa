package org.backupconsole.wire;

import java.util.Arrays;
import java.util.Optional;

/** The gRPC status codes the service puts in an error body's {@code code}, with the HTTP status it sends. */
public enum GrpcCode {
    INVALID_ARGUMENT(3, 400),
    NOT_FOUND(5, 404),
    PERMISSION_DENIED(7, 403),
    RESOURCE_EXHAUSTED(8, 429),
    FAILED_PRECONDITION(9, 400),
    UNIMPLEMENTED(12, 501),
    INTERNAL(13, 500),
    UNAVAILABLE(14, 503),
    UNAUTHENTICATED(16, 401);

    private final int number;
    private final int httpStatus;

    GrpcCode(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    public int number() {
        return number;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The code a status without one of its own is reported with: the first with that status, else by class. */
    public static GrpcCode forHttpStatus(int status) {
        return Arrays.stream(values()).filter(c -> c.httpStatus == status).findFirst()
                .orElse(status >= 500 ? UNAVAILABLE : INVALID_ARGUMENT);
    }

    public static Optional<GrpcCode> of(Integer number) {
        return Arrays.stream(values()).filter(c -> number != null && c.number == number).findFirst();
    }
}
