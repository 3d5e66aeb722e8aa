package org.backupconsole.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON value read from a file, with its place in the file ({@code $.commands[3].plan}), so that every
 * complaint about it says where it is.
 */
final class JsonIn {

    /** A value that is not what the file format says it must be. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String place;

        Invalid(String place, String reason) {
            super(reason);
            this.place = place;
        }

        String place() {
            return place;
        }
    }

    private final JsonNode node;
    private final String place;

    private JsonIn(JsonNode node, String place) {
        this.node = node;
        this.place = place;
    }

    static JsonIn root(JsonNode node) {
        return new JsonIn(node, "$");
    }

    String place() {
        return place;
    }

    Invalid invalid(String reason) {
        return new Invalid(place, reason);
    }

    /** Refuses fields the format does not know, which are usually typing mistakes. */
    JsonIn allowing(String... names) {
        requireObject();
        Set<String> known = new TreeSet<>(Arrays.asList(names));
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!known.contains(field)) {
                throw new Invalid(place + "." + field, "unknown field; expected one of " + known);
            }
        }
        return this;
    }

    JsonIn field(String name) {
        return optional(name).orElseThrow(() -> new Invalid(place + "." + name, "missing required field"));
    }

    Optional<JsonIn> optional(String name) {
        requireObject();
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(new JsonIn(value, place + "." + name));
    }

    List<JsonIn> items() {
        if (!node.isArray()) {
            throw invalid("expected an array");
        }
        List<JsonIn> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new JsonIn(node.get(i), place + "[" + i + "]"));
        }
        return items;
    }

    String text() {
        if (!node.isTextual()) {
            throw invalid("expected a string");
        }
        return node.textValue();
    }

    List<String> texts() {
        return items().stream().map(JsonIn::text).toList();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw invalid("expected true or false");
        }
        return node.booleanValue();
    }

    long integer() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw invalid("expected a whole number");
        }
        return node.longValue();
    }

    int smallInteger() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw invalid("expected a whole number");
        }
        return node.intValue();
    }

    double number() {
        if (!node.isNumber()) {
            throw invalid("expected a number");
        }
        return node.doubleValue();
    }

    Instant instant() {
        try {
            return Instant.parse(text());
        } catch (DateTimeParseException e) {
            throw invalid("expected a UTC time such as 2026-03-01T12:00:00Z, was \"" + node.textValue() + "\"");
        }
    }

    Duration duration() {
        try {
            Duration duration = Duration.parse(text());
            if (duration.isNegative()) {
                throw invalid("a duration cannot be negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw invalid("expected an ISO-8601 duration such as P3D or PT90M, was \"" + node.textValue() + "\"");
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String value = text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw invalid("\"" + value + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    private void requireObject() {
        if (!node.isObject()) {
            throw invalid("expected an object");
        }
    }
}
