package org.backupconsole.server;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.backupconsole.server.http.HttpRequest;
import org.backupconsole.wire.WireJson;

/**
 * One request with the reading the endpoints need: its checked target, query parameters and JSON body. Its
 * body has already been read by the transport, within the size limit.
 */
final class ApiExchange {

    private final HttpRequest request;
    private final RequestTarget target;

    /** Refuses a target that is not a path or holds a malformed percent-escape. */
    ApiExchange(HttpRequest request) {
        this.request = request;
        this.target = RequestTarget.parse(request.target());
    }

    String method() {
        return request.method();
    }

    String path() {
        return target.path();
    }

    /** The path as sent, percent-encoding and all. */
    String rawPath() {
        return target.rawPath();
    }

    Optional<String> header(String name) {
        return request.header(name);
    }

    Optional<String> query(String name) {
        return Optional.ofNullable(target.query().get(name)).filter(v -> !v.isEmpty());
    }

    Optional<Instant> timeQuery(String name) {
        return query(name).map(text -> {
            try {
                return WireJson.parseTime(text);
            } catch (IllegalArgumentException e) {
                throw ApiError.invalid(name + ": " + e.getMessage());
            }
        });
    }

    <T> T body(Class<T> type) {
        byte[] bytes = request.body();
        if (bytes.length == 0) {
            throw ApiError.invalid("a JSON request body is required");
        }
        try {
            T value = WireJson.mapper().readValue(bytes, type);
            if (value == null) {
                throw ApiError.invalid("a JSON object is required as the request body");
            }
            return value;
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "the request body" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw ApiError.invalid("invalid value for " + field + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiError.invalid("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.invalid("the request body could not be read");
        }
    }
}
