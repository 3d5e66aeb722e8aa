package org.backupconsole.engine.file;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.backupconsole.engine.Durations;
import org.backupconsole.json.JsonPlace;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.JsonWords;
import org.backupconsole.json.Rfc3339;

/**
 * A JSON value read from a file, with its place in the file ({@code $.commands[3].plan}), so that every
 * complaint about it says where it is. Each reading takes only its own kind of value: a whole number is not read
 * from 7.5 or "7", a flag not from 0 or "false". Reasons are sentences that end with a full stop.
 */
public final class JsonIn {

    private final JsonNode node;
    private final String place;

    private JsonIn(JsonNode node, String place) {
        this.node = node;
        this.place = place;
    }

    public static JsonIn root(JsonNode node) {
        return new JsonIn(node, JsonPlace.ROOT);
    }

    public String place() {
        return place;
    }

    /** A refusal of this value; the reason is a sentence. */
    public JsonRefusal invalid(String reason) {
        return new JsonRefusal(place, reason);
    }

    /** Refuses fields the format does not know, which are usually typing mistakes. */
    public JsonIn allowing(String... names) {
        requireObject();
        Set<String> known = new TreeSet<>(Arrays.asList(names));
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!known.contains(field)) {
                throw new JsonRefusal(JsonPlace.field(place, field),
                        "this field is unknown; the fields here are " + known + ".");
            }
        }
        return this;
    }

    public JsonIn field(String name) {
        return optional(name)
                .orElseThrow(() -> new JsonRefusal(JsonPlace.field(place, name), "a required field is missing."));
    }

    public Optional<JsonIn> optional(String name) {
        requireObject();
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty()
                : Optional.of(new JsonIn(value, JsonPlace.field(place, name)));
    }

    public List<JsonIn> items() {
        if (!node.isArray()) {
            throw expected("an array");
        }
        List<JsonIn> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new JsonIn(node.get(i), JsonPlace.index(place, i)));
        }
        return items;
    }

    public String text() {
        if (!node.isTextual()) {
            throw expected("a string");
        }
        return node.textValue();
    }

    public List<String> texts() {
        return items().stream().map(JsonIn::text).toList();
    }

    public boolean bool() {
        if (!node.isBoolean()) {
            throw expected("true or false");
        }
        return node.booleanValue();
    }

    public long integer() {
        if (!node.isIntegralNumber()) {
            throw expected("a whole number");
        }
        if (!node.canConvertToLong()) {
            throw expected("a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
        return node.longValue();
    }

    public int smallInteger() {
        if (!node.isIntegralNumber()) {
            throw expected("a whole number");
        }
        if (!node.canConvertToInt()) {
            throw expected("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return node.intValue();
    }

    public double number() {
        if (!node.isNumber()) {
            throw expected("a number");
        }
        return node.doubleValue();
    }

    public Instant instant() {
        return Rfc3339.parse(text()).orElseThrow(() -> expected(Rfc3339.EXPECTED));
    }

    public Duration duration() {
        return Durations.parse(text()).orElseThrow(() -> expected(Durations.EXPECTED));
    }

    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String value = text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw expected("one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** A refusal of this value: "expected a whole number, found 7.5.". */
    public JsonRefusal expected(String what) {
        return invalid("expected " + what + ", found " + JsonWords.found(node) + ".");
    }

    private void requireObject() {
        if (!node.isObject()) {
            throw expected("an object");
        }
    }
}
