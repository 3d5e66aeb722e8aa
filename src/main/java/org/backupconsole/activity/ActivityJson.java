package org.backupconsole.activity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backupconsole.backend.BackendKind;
import org.backupconsole.json.DefaultMapper;
import org.backupconsole.json.JsonPlace;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.JsonWords;
import org.backupconsole.json.Rfc3339;

/**
 * The JSON form of an entry, one object with snake_case fields, shared by the journal's lines and the simulator's
 * saved sessions. Reading is strict: every field in its own kind, no unknown field, each refusal with its place.
 */
public final class ActivityJson {

    private static final String[] FIELDS = {"at", "actor", "backend", "where", "cluster_id", "cluster_name", "action",
            "what", "details", "outcome", "reason", "job_id", "origin"};

    private ActivityJson() {
    }

    public static ObjectNode write(ActivityEntry entry) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("at", entry.at().toString());
        node.put("actor", entry.actor());
        node.put("backend", entry.backend().name());
        node.put("where", entry.where());
        node.put("cluster_id", entry.clusterId());
        node.put("cluster_name", entry.clusterName());
        node.put("action", entry.action().name());
        node.put("what", entry.what());
        ObjectNode details = node.putObject("details");
        entry.sortedDetails().forEach(details::put);
        node.put("outcome", entry.outcome().name());
        entry.reason().ifPresent(reason -> node.put("reason", reason));
        entry.jobId().ifPresent(id -> node.put("job_id", id));
        node.put("origin", entry.origin().name());
        return node;
    }

    /** The entry as one line of JSON, without its line end. */
    public static String line(ActivityEntry entry) {
        try {
            return DefaultMapper.get().writeValueAsString(write(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always renders", e);
        }
    }

    /** Reads an entry from {@code node}, found at {@code place}; a wrong value is a {@link JsonRefusal} there. */
    public static ActivityEntry read(JsonNode node, String place) {
        if (!node.isObject()) {
            throw new JsonRefusal(place, "expected an object, found " + JsonWords.found(node) + ".");
        }
        Set<String> known = new TreeSet<>(Arrays.asList(FIELDS));
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new JsonRefusal(JsonPlace.field(place, name), "this field is unknown; the fields here are "
                        + known + ".");
            }
        }
        Fields in = new Fields(node, place);
        Instant at = Rfc3339.parse(in.text("at")).orElseThrow(() -> in.refusal("at", "expected " + Rfc3339.EXPECTED
                + ", found " + JsonWords.found(node.get("at")) + "."));
        return new ActivityEntry(at, in.text("actor"), in.enumValue("backend", BackendKind.class), in.text("where"),
                in.text("cluster_id"), in.text("cluster_name"), in.enumValue("action", ActivityAction.class),
                in.text("what"), in.details(), in.enumValue("outcome", ActivityOutcome.class), in.optionalText("reason"),
                in.optionalText("job_id"), in.enumValue("origin", ActivityOrigin.class));
    }

    /** The fields of one entry, each read only in its own kind. */
    private record Fields(JsonNode node, String place) {

        String text(String name) {
            return optionalText(name).orElseThrow(() -> refusal(name, "a required field is missing."));
        }

        Optional<String> optionalText(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw refusal(name, "expected a string, found " + JsonWords.found(value) + ".");
            }
            return Optional.of(value.textValue());
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            String value = text(name);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw refusal(name, "expected one of " + Arrays.toString(type.getEnumConstants()) + ", found "
                    + JsonWords.quoted(value) + ".");
        }

        Map<String, String> details() {
            JsonNode value = node.get("details");
            if (value == null || !value.isObject()) {
                throw refusal("details", value == null ? "a required field is missing."
                        : "expected an object, found " + JsonWords.found(value) + ".");
            }
            Map<String, String> details = new TreeMap<>();
            value.fields().forEachRemaining(field -> {
                if (!field.getValue().isTextual()) {
                    throw new JsonRefusal(JsonPlace.field(JsonPlace.field(place, "details"), field.getKey()),
                            "expected a string, found " + JsonWords.found(field.getValue()) + ".");
                }
                details.put(field.getKey(), field.getValue().textValue());
            });
            return details;
        }

        JsonRefusal refusal(String name, String reason) {
            return new JsonRefusal(JsonPlace.field(place, name), reason);
        }
    }
}
