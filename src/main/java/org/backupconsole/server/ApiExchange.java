package org.backupconsole.server;

import java.time.Instant;
import java.util.Optional;

import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.JsonWords;
import org.backupconsole.json.Rfc3339;
import org.backupconsole.server.http.HttpRequest;
import org.backupconsole.wire.GrpcCode;
import org.backupconsole.wire.WireJson;

/**
 * One request with the reading the endpoints need: its checked target, query parameters and JSON body. Its
 * body has already been read by the transport, within the size limit.
 */
final class ApiExchange {

    private static final String JSON = "application/json";

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
        return query(name).map(text -> Rfc3339.parse(text)
                .orElseThrow(() -> ApiError.badQuery(name, Rfc3339.EXPECTED, text)));
    }

    /**
     * A body must be declared JSON: {@code Content-Type: application/json}, in any case, with parameters such
     * as {@code charset=utf-8} allowed. Anything else, or no declaration, is refused with 415 Unsupported
     * Media Type and code 3 (invalid argument), the API's error body, before the body is parsed.
     */
    private void requireJsonContentType() {
        Optional<String> declared = header("Content-Type");
        String mediaType = declared.map(value -> {
            int semicolon = value.indexOf(';');
            return (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
        }).orElse("");
        if (!mediaType.equalsIgnoreCase(JSON)) {
            String found = declared.map(value -> "Content-Type " + JsonWords.quoted(value))
                    .orElse("no Content-Type");
            throw new ApiError(GrpcCode.INVALID_ARGUMENT, "The request body must be JSON, declared with "
                    + "Content-Type: application/json; the request has " + found + ".", Optional.empty(), 415);
        }
    }

    /** The body read strictly as one JSON value of the type; anything else is refused with its place. */
    <T> T body(Class<T> type) {
        requireJsonContentType();
        byte[] bytes = request.body();
        if (bytes.length == 0) {
            throw ApiError.invalid("The request body is empty; send a JSON object.");
        }
        try {
            return WireJson.read(bytes, type);
        } catch (JsonRefusal e) {
            throw ApiError.badBody(e);
        }
    }
}
