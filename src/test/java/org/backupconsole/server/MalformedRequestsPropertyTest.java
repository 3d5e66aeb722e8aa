package org.backupconsole.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.backupconsole.wire.WireJson;

/**
 * Issue 12: what the fuzzing run found, and its kin, generated for every endpoint that reads a body or query
 * parameters: trailing tokens, a key given twice, scalars of the wrong kind, floats for whole numbers, fullwidth
 * digits, nulls in lists, values out of range, malformed times. Each is answered with a 4xx and the official
 * error body, whose message names the place, ends with a full stop and shows nothing of the parser; and the
 * simulation is as it was: the saved state (command log, clock, network) and the request faults are unchanged.
 */
class MalformedRequestsPropertyTest {

    private static final String KEY = LocalApi.ADMIN_KEY;
    private static final String PLACEHOLDER = "\"__MUTATED__\"";

    /** Wrong values by the kind of value a field holds; the template's value is valid, these never are. */
    private static final List<String> NOT_BOOLEANS = List.of("\"true\"", "\"FALSE\"", "\"\"", "0", "1", "1.5", "\"yes\"",
            "[]", "{}");
    private static final List<String> NOT_WHOLE_NUMBERS = List.of("7.5", "60.5", "7.0", "1e2", "\"7\"", "\"\"", "true",
            "\"\\uff15\"", "1e300", "99999999999", "9223372036854775808", "[]", "{}");
    private static final List<String> NOT_NUMBERS = List.of("\"60\"", "\"\"", "true", "\"\\uff16\"", "[]", "{}");
    private static final List<String> NOT_INT64_STRINGS = List.of("1024", "\"\\uff15\"", "\"7.5\"", "\"\"", "\" 1\"",
            "\"-1\"", "\"1e3\"", "\"0x10\"", "\"007\"", "\"99999999999999999999\"", "\"1125899906842625\"");
    private static final List<String> NOT_STRINGS = List.of("5", "true", "1.5", "\" \"", "\"\"", "[]", "{}");
    private static final List<String> NOT_ARRAYS = List.of("{}", "\"\"", "5", "true");
    private static final List<String> NOT_OBJECTS = List.of("[]", "\"\"", "5", "true");
    private static final List<String> NOT_BODIES = List.of("null", "[]", "[{}]", "5", "\"x\"", "true");
    private static final List<String> TRAILING = List.of(" x", "}", "]", " {}", " 1", ",", " null", " //");
    /** Values of the right kind but out of their range, by field. */
    private static final Map<String, List<String>> OUT_OF_RANGE = Map.of(
            "speed", List.of("1e300", "1e309", "0", "-1", "86401", "\"NaN\"", "\"Infinity\""),
            "duration", List.of("\"PT9223372036854775807S\"", "\"P1000000000000D\"", "\"P367D\"", "\"-PT1H\"",
                    "\"pt1h\"", "\"PT1H-30M\"", "\"P1W\""),
            "latency_ms", List.of("60001", "-1"),
            "rate", List.of("1.5", "-0.1", "\"NaN\""),
            "status", List.of("99999", "399", "-503"));
    private static final List<String> NOT_TIMES = List.of("2025-01-01T00:00:00.Z", "2025-01-01T00:00Z", "2025-01-01",
            "2025-01-01T00:00:00", "\uff12025-01-01T00:00:00Z", "2025-01-01T00:00:00Z ", "yesterday",
            "2025-13-01T00:00:00Z", "2025-01-01T00:00:60Z", "2025-01-01T00:00:00+1:00");
    private static final Map<String, List<String>> NOT_PARAMETERS = Map.of(
            "start_time", NOT_TIMES, "end_time", NOT_TIMES, "pagination.as_of_time", NOT_TIMES,
            "pagination.limit", List.of("7.5", "\uff15", "-1", "0", "1e3", "five", "99999999999", "+5", " 5"),
            "pagination.sort_order", List.of("asc", "UP", "DESC ", "1"),
            "pagination.page", List.of("!!", "a b", "%%"),
            "show_inactive", List.of("TRUE", "True", "1", "0", "yes"));

    private static LocalApi api;
    private static Path scratch;
    /** The simulation as the last request left it: each try compares with what the one before it left. */
    private static String lastHistory;

    /** A request as valid as written; the mutations break it in one place. */
    record Template(String method, String path, String body) {
    }

    /** A list read with query parameters that are all valid. */
    record QueryTemplate(String path, Map<String, String> parameters) {
    }

    /**
     * A malformed request, and what its refusal must name: the field or parameter, or the trouble with the text.
     */
    record Malformed(String method, String path, String body, String named) {
        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body) + " (names " + named + ")";
        }
    }

    @BeforeContainer
    static void start() throws IOException {
        api = new LocalApi(100_000);
        scratch = Files.createTempDirectory("malformed-requests");
        lastHistory = history();
    }

    @AfterContainer
    static void stop() throws IOException {
        api.close();
        try (var files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
    }

    @Property(tries = 300)
    void everyMalformedRequestIsRefusedWithTheOfficialErrorBodyAndChangesNothing(@ForAll("malformed") Malformed request)
            throws IOException {
        String before = lastHistory;
        LocalApi.Answer answer = api.curl(request.method(), request.path(), KEY, request.body());
        lastHistory = history();

        assertTrue(answer.status() >= 400 && answer.status() < 500, request + " → " + answer.status() + " " + answer.body());
        assertEquals("application/json", answer.headers().get("Content-Type"), request.toString());
        JsonNode error = WireJson.mapper().readTree(answer.body());
        assertEquals(Set.of("code", "message", "details"), fieldNames(error), answer.body());
        assertTrue(error.get("code").isInt() && error.get("details").isArray() && error.get("details").isEmpty(),
                answer.body());
        String message = error.get("message").textValue();
        assertTrue(message.contains(request.named()), request + " → " + message);
        assertTrue(message.endsWith("."), message);
        for (String internal : List.of("Source:", "REDACTED", "jackson", "Jackson", "com.fasterxml", "`", "java.",
                "Exception", "token")) {
            assertFalse(message.contains(internal), request + " → " + message);
        }
        assertEquals(before, lastHistory, request + " changed the simulation");
    }

    /** The templates are valid, so each mutation is refused for what it breaks. */
    @Example
    void everyTemplateIsAcceptedAsWritten() throws IOException {
        try (LocalApi fresh = new LocalApi(1_000)) {
            for (Template template : bodyTemplates(fresh)) {
                LocalApi.Answer answer = fresh.curl(template.method(), template.path(), KEY, template.body());
                assertEquals(200, answer.status(), template + " → " + answer.body());
            }
            for (QueryTemplate template : queryTemplates(fresh)) {
                LocalApi.Answer answer = fresh.curl("GET", template.path() + "?" + query(template.parameters()), KEY,
                        null);
                assertEquals(200, answer.status(), template + " → " + answer.body());
            }
        }
    }

    @Provide
    Arbitrary<Malformed> malformed() {
        return Arbitraries.oneOf(
                Arbitraries.of(bodyTemplates(api)).flatMap(MalformedRequestsPropertyTest::malformedBody),
                Arbitraries.of(queryTemplates(api)).flatMap(MalformedRequestsPropertyTest::malformedQuery));
    }

    /** In order: the data is set before a restore locks its cluster, and faults come last. */
    private static List<Template> bodyTemplates(LocalApi on) {
        String sandbox = on.clusterId(LocalApi.EMPTY_BASIC);
        String advanced = on.clusterId("demo-advanced");
        return List.of(
                new Template("PUT", "/_sim/clusters/" + on.clusterId(LocalApi.BASIC) + "/data",
                        "{\"databases\": [{\"name\": \"kv\", \"schemas\": [{\"name\": \"public\", \"tables\": "
                                + "[{\"name\": \"kv\", \"size_bytes\": \"1024\"}]}]}]}"),
                new Template("PATCH", "/api/v1/clusters/" + on.clusterId(LocalApi.EMPTY_STANDARD) + "/backups-config",
                        "{\"enabled\": true, \"frequency_minutes\": 60, \"retention_days\": 7}"),
                new Template("POST", "/api/v1/clusters/" + sandbox + "/restores",
                        "{\"type\": \"CLUSTER\", \"source_cluster_id\": \"" + sandbox + "\"}"),
                new Template("POST", "/api/v1/clusters/" + on.clusterId("advanced-dr") + "/restores",
                        "{\"type\": \"TABLE\", \"source_cluster_id\": \"" + advanced + "\", \"objects\": [{\"database\": "
                                + "\"orders\", \"schema\": \"public\", \"table\": \"orders\"}], \"restore_opts\": "
                                + "{\"into_db\": \"orders\", \"skip_missing_foreign_keys\": true}}"),
                new Template("PUT", "/_sim/clock", "{\"speed\": 60.0, \"paused\": false}"),
                new Template("POST", "/_sim/clock/advance", "{\"duration\": \"PT1H\"}"),
                new Template("POST", "/_sim/job-faults", "{\"target\": \"RESTORE\", \"cluster_id\": \"" + sandbox
                        + "\", \"times\": 1, \"probability\": 0.5, \"error_code\": 1, \"error_message\": \"disk full\"}"),
                new Template("POST", "/_sim/faults",
                        "{\"operation\": \"GetOrganization\", \"status\": 503, \"rate\": 0.5, \"latency_ms\": 0}"));
    }

    private static List<QueryTemplate> queryTemplates(LocalApi on) {
        Map<String, String> times = new LinkedHashMap<>();
        times.put("start_time", "2020-01-01T00:00:00Z");
        times.put("end_time", "2030-01-01T00:00:00.5+01:00");
        times.put("pagination.limit", "5");
        times.put("pagination.sort_order", "DESC");
        times.put("pagination.as_of_time", "2026-03-01T12:00:00Z");
        String sandbox = on.clusterId(LocalApi.EMPTY_BASIC);
        return List.of(
                new QueryTemplate("/api/v1/clusters/" + sandbox + "/backups", times),
                new QueryTemplate("/api/v1/clusters/" + sandbox + "/restores", times),
                new QueryTemplate("/api/v1/clusters/" + on.clusterId(LocalApi.BASIC) + "/databases",
                        Map.of("pagination.limit", "1", "pagination.sort_order", "ASC")),
                new QueryTemplate("/api/v1/clusters", Map.of("show_inactive", "true", "pagination.limit", "5")));
    }

    private static Arbitrary<Malformed> malformedBody(Template template) {
        JsonNode tree = read(template.body());
        List<List<Object>> leaves = new ArrayList<>();
        List<List<Object>> arrays = new ArrayList<>();
        List<List<Object>> objects = new ArrayList<>();
        walk(tree, List.of(), leaves, arrays, objects);
        List<Arbitrary<Malformed>> ways = new ArrayList<>(List.of(
                Arbitraries.of(TRAILING).map(extra -> malformed(template, template.body() + extra,
                        "there is more after the end of the JSON value")),
                Arbitraries.of(NOT_BODIES).map(body -> malformed(template, body, "at $: expected an object")),
                Arbitraries.of(leaves).flatMap(path -> Arbitraries.of(wrongValues(at(tree, path), last(path)))
                        .map(value -> malformed(template, replaced(tree, path, value), last(path)))),
                Arbitraries.of(objects).flatMap(path -> Arbitraries.of(keys(at(tree, path)))
                        .flatMap(key -> Arbitraries.of(List.of("null", "\"NOPE\"", "true", "1", "{}"))
                                .map(first -> malformed(template, duplicated(tree, path, key, first),
                                        "the key \"" + key + "\" is given twice"))))));
        List<List<Object>> required = leaves.stream().filter(path -> NOT_NULL.contains(last(path))).toList();
        if (!required.isEmpty()) {
            ways.add(Arbitraries.of(required).map(path -> malformed(template, withNull(tree, path), last(path))));
        }
        if (!arrays.isEmpty()) {
            ways.add(Arbitraries.of(arrays).flatMap(path -> Arbitraries.integers().between(0, at(tree, path).size())
                    .map(index -> malformed(template, withNullEntry(tree, path, index), last(path)))));
        }
        return Arbitraries.oneOf(ways);
    }

    /** Fields that must be given: null, which the API reads as absent, is refused there. */
    private static final Set<String> NOT_NULL = Set.of("duration", "target", "operation", "error_message", "databases",
            "schemas", "tables", "name", "size_bytes", "type", "database");

    private static Arbitrary<Malformed> malformedQuery(QueryTemplate template) {
        return Arbitraries.of(new ArrayList<>(template.parameters().keySet())).flatMap(name ->
                Arbitraries.of(NOT_PARAMETERS.get(name)).map(value -> {
                    Map<String, String> parameters = new LinkedHashMap<>(template.parameters());
                    parameters.put(name, value);
                    return new Malformed("GET", template.path() + "?" + query(parameters), null, name);
                }));
    }

    private static Malformed malformed(Template template, String body, String named) {
        return new Malformed(template.method(), template.path(), body, named);
    }

    private static List<String> wrongValues(JsonNode value, String field) {
        List<String> wrong = new ArrayList<>(OUT_OF_RANGE.getOrDefault(field, List.of()));
        if (value.isBoolean()) {
            wrong.addAll(NOT_BOOLEANS);
        } else if (value.isIntegralNumber()) {
            wrong.addAll(NOT_WHOLE_NUMBERS);
        } else if (value.isNumber()) {
            wrong.addAll(NOT_NUMBERS);
        } else if (field.equals("size_bytes")) {
            wrong.addAll(NOT_INT64_STRINGS);
        } else if (value.isTextual()) {
            wrong.addAll(NOT_STRINGS);
        } else if (value.isArray()) {
            wrong.addAll(NOT_ARRAYS);
        } else {
            wrong.addAll(NOT_OBJECTS);
        }
        return wrong;
    }

    /** Every place in the tree: scalars, arrays and objects below the root count as leaves to replace. */
    private static void walk(JsonNode node, List<Object> path, List<List<Object>> leaves, List<List<Object>> arrays,
                             List<List<Object>> objects) {
        if (!path.isEmpty() && path.get(path.size() - 1) instanceof String) {
            leaves.add(path);
        }
        if (node.isObject()) {
            objects.add(path);
            node.fields().forEachRemaining(member -> walk(member.getValue(), append(path, member.getKey()), leaves,
                    arrays, objects));
        } else if (node.isArray()) {
            arrays.add(path);
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), append(path, i), leaves, arrays, objects);
            }
        }
    }

    private static String replaced(JsonNode tree, List<Object> path, String literal) {
        JsonNode copy = tree.deepCopy();
        set(copy, path, TextNode.valueOf(PLACEHOLDER.substring(1, PLACEHOLDER.length() - 1)));
        return write(copy).replace(PLACEHOLDER, literal);
    }

    /** The object at the path with the key written twice: first with another value, then as it was. */
    private static String duplicated(JsonNode tree, List<Object> path, String key, String first) {
        JsonNode copy = tree.deepCopy();
        String object = write(at(copy, path));
        String twice = "{\"" + key + "\": " + first + ", " + object.substring(1);
        if (path.isEmpty()) {
            return twice;
        }
        set(copy, path, TextNode.valueOf(PLACEHOLDER.substring(1, PLACEHOLDER.length() - 1)));
        return write(copy).replace(PLACEHOLDER, twice);
    }

    private static String withNull(JsonNode tree, List<Object> path) {
        JsonNode copy = tree.deepCopy();
        set(copy, path, NullNode.getInstance());
        return write(copy);
    }

    private static String withNullEntry(JsonNode tree, List<Object> path, int index) {
        JsonNode copy = tree.deepCopy();
        ((ArrayNode) at(copy, path)).insertNull(index);
        return write(copy);
    }

    private static JsonNode at(JsonNode tree, List<Object> path) {
        JsonNode node = tree;
        for (Object step : path) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    private static void set(JsonNode tree, List<Object> path, JsonNode value) {
        JsonNode parent = at(tree, path.subList(0, path.size() - 1));
        Object step = path.get(path.size() - 1);
        if (step instanceof String name) {
            ((ObjectNode) parent).set(name, value);
        } else {
            ((ArrayNode) parent).set((Integer) step, value);
        }
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The name of the field at the path: the last key on it. */
    private static String last(List<Object> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String name) {
                return name;
            }
        }
        return "$";
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        Iterator<String> fields = node.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }

    /** What a refused request must leave alone: the saved simulation and the request faults, which it does not hold. */
    private static String history() throws IOException {
        Path file = scratch.resolve("state.json");
        api.simulation.save(file);
        return Files.readString(file) + api.curl("GET", "/_sim/faults", KEY, null).body();
    }

    private static JsonNode read(String json) {
        try {
            return WireJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return WireJson.mapper().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
