package org.backupconsole.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.backupconsole.json.JsonRefusal;

/** Issue 12: the wire's own values, int64 strings and RFC 3339 times, are read strictly; answers stay open to new fields. */
class WireJsonTest {

    private static <T> T read(String json, Class<T> type) {
        return WireJson.read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static String refusal(String json, Class<?> type) {
        return assertThrows(JsonRefusal.class, () -> read(json, type), json).getMessage();
    }

    @Test
    void anAnswerAsTheDocumentationShowsItIsReadWithFieldsThisVersionDoesNotKnow() {
        ListBackupsResponse answer = read("{\"backups\": [{\"id\": \"b-1\", \"as_of_time\": \"2025-07-25T14:52:05.637170Z\", "
                + "\"region\": \"us-east-1\"}], \"pagination\": null, \"total\": 1}", ListBackupsResponse.class);
        assertEquals(Instant.parse("2025-07-25T14:52:05.637170Z"), answer.backups().get(0).asOfTime());
        assertEquals(4L, read("{\"name\": \"orders\", \"table_count\": \"4\"}", DatabaseJson.class).tableCount());
        assertEquals(-1L, read("{\"table_count\": \"-1\"}", DatabaseJson.class).tableCount(), "the mapping checks the range");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4                        | 4",
            "\"\\uff14\"              | \"４\"",
            "\"007\"                  | \"007\"",
            "\"4.0\"                  | \"4.0\"",
            "\"+4\"                   | \"+4\"",
            "\" 4\"                   | \" 4\"",
            "\"\"                     | \"\"",
            "\"-0\"                   | \"-0\"",
            "\"9223372036854775808\"  | \"9223372036854775808\""})
    void anInt64IsAStringOfAsciiDigits(String value, String found) {
        assertEquals("at $.table_count: expected a whole number written as a string of digits, such as \"1024\", found "
                + found + ".", refusal("{\"table_count\": " + value + "}", DatabaseJson.class));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"2025-01-01T00:00:00.Z\" | \"2025-01-01T00:00:00.Z\"",
            "\"2025-01-01T00:00Z\"     | \"2025-01-01T00:00Z\"",
            "\"\"                      | \"\"",
            "1735689600                | 1735689600"})
    void aTimeIsRfc3339Exactly(String value, String found) {
        assertEquals("at $.as_of_time: expected an RFC 3339 time such as 2025-07-25T15:45:00Z, found " + found + ".",
                refusal("{\"id\": \"b\", \"as_of_time\": " + value + "}", BackupSummaryJson.class));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\": \"CLUSTER\", \"backup_id\": \" \"}                     | $.backup_id",
            "{\"type\": \"CLUSTER\", \"source_cluster_id\": \"\"}              | $.source_cluster_id",
            "{\"type\": \"TABLE\", \"objects\": [{\"database\": \"\"}]}         | $.objects[0].database",
            "{\"type\": \"TABLE\", \"objects\": [{\"database\": \"d\", \"table\": \"\\t\"}]} | $.objects[0].table",
            "{\"type\": \"DATABASE\", \"restore_opts\": {\"new_db_name\": \" \"}} | $.restore_opts.new_db_name"})
    void aRequestsBlankIdOrNameIsRefusedNotTakenAsAbsent(String body, String place) {
        JsonRefusal refusal = assertThrows(JsonRefusal.class,
                () -> RestoreMapping.toDomain("dest", read(body, CreateRestoreJson.class)));
        assertEquals(place, refusal.place());
    }
}
