package org.backupconsole.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: the strict reader refuses what the fuzzing run saw accepted, and says where and why in a person's
 * words, never Jackson's.
 */
class StrictJsonTest {

    record Options(Boolean schemaOnly, String intoDb) {
    }

    record Body(String type, Integer retentionDays, Double speed, Boolean enabled, List<Options> objects,
                Options restoreOpts) {
    }

    private static final ObjectMapper MAPPER = StrictJson.mapperBuilder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private static Body read(String json) {
        return StrictJson.value(MAPPER, StrictJson.tree(json.getBytes(StandardCharsets.UTF_8)), Body.class);
    }

    private static JsonRefusal refused(String json) {
        JsonRefusal refusal = assertThrows(JsonRefusal.class, () -> read(json), json);
        for (String internal : List.of("Source:", "REDACTED", "jackson", "Jackson", "com.fasterxml", "`", "java.",
                "token", "Probe", "Body", "Options")) {
            assertFalse(refusal.getMessage().contains(internal), json + " → " + refusal.getMessage());
        }
        assertTrue(refusal.reason().endsWith("."), refusal.reason());
        return refusal;
    }

    @Test
    void aValidBodyIsRead() {
        Body body = read("{\"type\": \"TABLE\", \"retention_days\": 7, \"speed\": 60, \"enabled\": false, "
                + "\"objects\": [{\"into_db\": \"x\"}], \"restore_opts\": {\"schema_only\": true}, \"unknown\": [1]}");
        assertEquals(new Body("TABLE", 7, 60.0, false, List.of(new Options(null, "x")), new Options(true, null)), body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\": \"CLUSTER\"} x   | line 1, column 21",
            "{}}                         | line 1, column 3",
            "{} {}                       | line 1, column 4",
            "{\"speed\": 1} ,            | line 1, column 14"})
    void anythingAfterTheValueIsRefusedWithWhereItStarts(String json, String place) {
        JsonRefusal refusal = refused(json);
        assertEquals(place, refusal.place());
        assertEquals("there is more after the end of the JSON value.", refusal.reason());
        assertEquals("line 3, column 3", refused("{}\n\n  null").place());
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsPlaceAndTheLastOneDoesNotWin() {
        JsonRefusal top = refused("{\"type\": \"NOPE\", \"speed\": 1, \"type\": \"CLUSTER\"}");
        assertEquals("at $.type: the key \"type\" is given twice; give it once.", top.getMessage());
        JsonRefusal nested = refused("{\"objects\": [{}, {\"schema_only\": true, \"schema_only\": false}]}");
        assertEquals("$.objects[1].schema_only", nested.place());
        assertEquals("$[\"a b\"]", refused("{\"a b\": 1, \"a b\": 2}").place(), "an unusual key is quoted");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"retention_days\": 7.5}          | at $.retention_days: expected a whole number, found 7.5.",
            "{\"retention_days\": 7.0}          | at $.retention_days: expected a whole number, found 7.0.",
            "{\"retention_days\": 1e2}          | at $.retention_days: expected a whole number, found 1E+2.",
            "{\"retention_days\": \"7\"}        | at $.retention_days: expected a whole number, found \"7\".",
            "{\"retention_days\": \"\\uff15\"}  | at $.retention_days: expected a whole number, found \"５\".",
            "{\"retention_days\": true}         | at $.retention_days: expected a whole number, found true.",
            "{\"retention_days\": 99999999999}  | at $.retention_days: expected a whole number from -2147483648 to 2147483647, found 99999999999.",
            "{\"speed\": \"60\"}                | at $.speed: expected a number, found \"60\".",
            "{\"speed\": true}                  | at $.speed: expected a number, found true.",
            "{\"enabled\": 0}                   | at $.enabled: expected true or false, found 0.",
            "{\"enabled\": \"true\"}            | at $.enabled: expected true or false, found \"true\".",
            "{\"enabled\": \"FALSE\"}           | at $.enabled: expected true or false, found \"FALSE\".",
            "{\"enabled\": \"\"}                | at $.enabled: expected true or false, found \"\".",
            "{\"type\": 5}                      | at $.type: expected a string, found 5.",
            "{\"type\": false}                  | at $.type: expected a string, found false.",
            "{\"type\": {}}                     | at $.type: expected a string, found an object.",
            "{\"restore_opts\": \"\"}           | at $.restore_opts: expected an object, found \"\".",
            "{\"restore_opts\": []}             | at $.restore_opts: expected an object, found an array.",
            "{\"restore_opts\": {\"schema_only\": \"false\"}} | at $.restore_opts.schema_only: expected true or false, found \"false\".",
            "{\"objects\": {}}                  | at $.objects: expected an array, found an object.",
            "{\"objects\": [{}, null]}          | at $.objects[1]: expected an object, found null.",
            "{\"objects\": [5]}                 | at $.objects[0]: expected an object, found 5.",
            "null                               | at $: expected an object, found null.",
            "[]                                 | at $: expected an object, found an array.",
            "\"x\"                              | at $: expected an object, found \"x\"."})
    void noScalarIsTurnedIntoAnotherKind(String json, String message) {
        assertEquals(message, refused(json).getMessage());
    }

    @Test
    void syntaxErrorsSayWhereWithoutTheParsersWords() {
        assertEquals("at line 1, column 12: the JSON ends before it is complete.", refused("{\"type\": \"x").getMessage());
        assertEquals("at line 1, column 2: this is not valid JSON.", refused("{'type': 1}").getMessage());
        assertEquals("this is not valid JSON.", refused("{\"speed\": NaN}").reason());
        assertEquals("this is not valid JSON.", refused("{\"speed\": 01}").reason());
        assertEquals("at line 1, column 1: there is no JSON value.", refused("  ").getMessage());
        assertEquals("line 1, column 1", refused("\uFEFF{}").place(), "a byte order mark is not JSON");
        assertTrue(refused("[".repeat(5_000)).reason().contains("nested too deeply"));
        assertEquals("at $.speed: the number is too large to read.", refused("{\"speed\": 1e9999999999}").getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirPosition() {
        byte[] latin1 = "{\"type\": \"Zürich\"}".getBytes(StandardCharsets.ISO_8859_1);
        JsonRefusal refusal = assertThrows(JsonRefusal.class, () -> StrictJson.tree(latin1));
        assertEquals("at byte 12: the text is not UTF-8.", refusal.getMessage());
    }

    @Test
    void describeNamesWhatWasRead() {
        assertEquals("The request body, at $.enabled: expected true or false, found 0.",
                refused("{\"enabled\": 0}").describe("The request body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-25T15:45:00Z", "2025-07-25T14:52:05.637170Z", "2025-07-25T16:45:14.064208710Z",
            "2025-07-25T17:45:00+02:00", "2025-07-25t15:45:00z", "2025-07-25T15:45:00-00:00"})
    void rfc3339TimesAreRead(String text) {
        assertTrue(Rfc3339.parse(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01T00:00:00.Z", "2025-01-01T00:00Z", "2025-01-01", "2025-01-01T00:00:00",
            "2025-01-01 00:00:00Z", "\uff12025-01-01T00:00:00Z", "2025-01-01T00:00:00.1234567890Z", "+2025-01-01T00:00:00Z",
            "2025-02-30T00:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T00:00:00+1:00", "2025-01-01T00:00:00+19:00",
            " 2025-01-01T00:00:00Z"})
    void anythingElseIsNotATime(String text) {
        assertEquals(Optional.empty(), Rfc3339.parse(text), text);
    }

    @Test
    void aTimeNamesItsMoment() {
        assertEquals(Optional.of(Instant.parse("2025-07-25T15:45:00Z")), Rfc3339.parse("2025-07-25T17:45:00+02:00"));
    }
}
