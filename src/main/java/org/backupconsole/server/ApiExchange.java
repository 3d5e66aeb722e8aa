package org.backupconsole.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.Rfc3339;
import org.backupconsole.wire.StatusJson;
import org.backupconsole.wire.WireJson;

/** One HTTP request with the reading and writing the endpoints need: query parameters, JSON in and out. */
final class ApiExchange {

    /** Larger bodies are refused: no request of this API comes near it. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final HttpExchange exchange;
    private Map<String, String> query;

    ApiExchange(HttpExchange exchange) {
        this.exchange = exchange;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    /** The path as sent, percent-encoding and all. */
    String rawPath() {
        return exchange.getRequestURI().getRawPath();
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    Optional<String> query(String name) {
        if (query == null) {
            query = parseQuery(exchange.getRequestURI().getRawQuery());
        }
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty());
    }

    Optional<Instant> timeQuery(String name) {
        return query(name).map(text -> Rfc3339.parse(text)
                .orElseThrow(() -> ApiError.badQuery(name, Rfc3339.EXPECTED, text)));
    }

    /** The body read strictly as one JSON value of the type; anything else is refused with its place. */
    <T> T body(Class<T> type) {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw ApiError.invalid("The request body could not be read.");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw ApiError.invalid("The request body is larger than 1 MiB.");
        }
        if (bytes.length == 0) {
            throw ApiError.invalid("The request body is empty; send a JSON object.");
        }
        try {
            return WireJson.read(bytes, type);
        } catch (JsonRefusal e) {
            throw ApiError.badBody(e);
        }
    }

    void respond(int status, Object body) throws IOException {
        byte[] bytes = WireJson.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void respondError(ApiError error) throws IOException {
        error.retryAfter().map(Duration::toSeconds)
                .ifPresent(seconds -> exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds)));
        respond(error.httpStatus(), StatusJson.of(error.code(), error.getMessage()));
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    /** The server has already refused a query that is not a valid URI, so decoding cannot fail here. */
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
