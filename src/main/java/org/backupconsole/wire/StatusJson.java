package org.backupconsole.wire;

import java.util.List;
import java.util.Map;

/**
 * {@code Status}, the error body: a gRPC status code (not the HTTP status), a message, and protobuf
 * {@code Any} details. Bodies in the wild may carry only a message.
 */
public record StatusJson(Integer code, String message, List<Map<String, Object>> details) {

    public static StatusJson of(GrpcCode code, String message) {
        return new StatusJson(code.number(), message, List.of());
    }
}
