package org.backupconsole.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The target of a request, checked and split: a path (the raw form, as routes are matched on it, and the
 * decoded one) and the query's parameters, decoded. A target that is not a path, or holds a malformed
 * percent-escape, is refused with the API's own 400.
 *
 * @param query each parameter's value; a parameter given twice is refused, as the strict reading of bodies
 *              refuses a duplicate key
 */
record RequestTarget(String rawPath, String path, Map<String, String> query) {

    private static final String HEX = "0123456789abcdefABCDEF";

    static RequestTarget parse(String target) {
        if (!target.startsWith("/") || target.indexOf('#') >= 0) {
            throw ApiError.invalid("The request target must be a path, such as /api/v1/clusters, with no fragment.");
        }
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        checkEscapes(rawPath, "the path");
        return new RequestTarget(rawPath, decodePath(rawPath),
                question < 0 ? Map.of() : parseQuery(target.substring(question + 1)));
    }

    /**
     * Decodes a checked path, or one of its segments. In a path "+" stands for itself, not for a space as in
     * a query.
     */
    static String decodePath(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            checkEscapes(pair, "the query parameter " + rawName);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            String name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
            if (parameters.putIfAbsent(name, URLDecoder.decode(value, StandardCharsets.UTF_8)) != null) {
                throw ApiError.invalid("The query parameter " + name + " is given twice; send it once.");
            }
        }
        return Collections.unmodifiableMap(parameters);
    }

    /** Every "%" must begin an escape of two hexadecimal digits. */
    private static void checkEscapes(String raw, String where) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || HEX.indexOf(raw.charAt(i + 1)) < 0 || HEX.indexOf(raw.charAt(i + 2)) < 0) {
                String escape = raw.substring(i, Math.min(raw.length(), i + 3));
                throw ApiError.invalid(capitalized(where) + " has a malformed percent-escape '" + escape
                        + "': a % must be followed by two hexadecimal digits (%25 for % itself).");
            }
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
