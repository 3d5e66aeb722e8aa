package org.backupconsole.server;

import static org.backupconsole.server.LocalApi.assertError;
import static org.backupconsole.server.LocalApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.backupconsole.domain.Catalog;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.model.DeleteCluster;
import org.backupconsole.engine.model.ReplaceCatalog;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local server as curl sees it: the seed page's flows, the status codes and error bodies of every gate,
 * pagination, and the simulator controls.
 */
class CloudApiWireTest {

    private static final String KEY = LocalApi.ADMIN_KEY;

    private LocalApi api;
    private String sandbox;

    @BeforeEach
    void start() throws Exception {
        api = new LocalApi(1_000);
        sandbox = api.clusterId(LocalApi.EMPTY_BASIC);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void seedFlowListBackupsThenRestoreTheLatestAndPollToSuccess() {
        LocalApi.Answer list = api.curl("GET", "/api/v1/clusters/" + sandbox + "/backups", KEY, null);
        assertEquals(200, list.status());
        JsonNode backups = json(list).get("backups");
        assertEquals(30, backups.size());
        assertTrue(backups.get(0).get("id").isTextual());
        assertTrue(backups.get(0).get("as_of_time").asText().endsWith("Z"));
        assertTrue(json(list).get("pagination") == null || json(list).get("pagination").isNull());

        LocalApi.Answer created = api.curl("POST", "/api/v1/clusters/" + sandbox + "/restores", KEY,
                "{\"source_cluster_id\": \"" + sandbox + "\", \"type\": \"CLUSTER\"}");
        assertEquals(200, created.status(), created.body());
        JsonNode restore = json(created);
        assertEquals("PENDING", restore.get("status").asText());
        assertEquals("CLUSTER", restore.get("type").asText());
        assertEquals(backups.get(backups.size() - 1).get("id").asText(), restore.get("backup_id").asText(),
                "the default sort is ascending, so the latest backup is last");

        String poll = "/api/v1/clusters/" + sandbox + "/restores/" + restore.get("id").asText();
        assertEquals("PENDING", json(api.curl("GET", poll, KEY, null)).get("status").asText());
        api.clock.advance(java.time.Duration.ofHours(1));
        JsonNode done = json(api.curl("GET", poll, KEY, null));
        assertEquals("SUCCESS", done.get("status").asText());
        assertEquals(1.0, done.get("completion_percent").asDouble());
        assertTrue(done.hasNonNull("completed_at"));
    }

    @Test
    void seedFlowRestoreAGivenBackupId() {
        JsonNode backups = json(api.curl("GET", "/api/v1/clusters/" + sandbox
                + "/backups?pagination.sort_order=DESC", KEY, null)).get("backups");
        String chosen = backups.get(3).get("id").asText();
        LocalApi.Answer created = api.curl("POST", "/api/v1/clusters/" + sandbox + "/restores", KEY,
                "{\"backup_id\": \"" + chosen + "\", \"type\": \"CLUSTER\"}");
        assertEquals(200, created.status(), created.body());
        assertEquals(chosen, json(created).get("backup_id").asText());
        assertEquals(backups.get(3).get("as_of_time").asText(), json(created).get("backup_end_time").asText());
    }

    @Test
    void theOrganizationHasADisplayNameAndAVanityLabel() {
        JsonNode organization = json(api.curl("GET", "/api/v1/organization", KEY, null));
        assertEquals("Acme Logistics", organization.get("name").asText());
        assertEquals("acme-logistics", organization.get("label").asText());
    }

    @Test
    void withoutAKeyOrWithAWrongOneTheAnswerIs401() {
        assertError(api.curl("GET", "/api/v1/clusters", null, null), 401, 16, "Authorization");
        assertError(api.curl("GET", "/api/v1/clusters", "CCDB1_wrong", null), 401, 16, "not valid");
    }

    @Test
    void aBadApiVersionIs400() {
        assertError(api.curl("GET", "/api/v1/clusters", KEY, null, "Cc-Version", "2020-01-01"),
                400, 3, "invalid Cc-Version.");
        assertEquals(200, api.curl("GET", "/api/v1/clusters", KEY, null, "Cc-Version", "2024-09-16").status());
    }

    @Test
    void aDeveloperRestoreIs403AndStartsNothing() {
        assertError(api.curl("POST", "/api/v1/clusters/" + sandbox + "/restores", DemoOrganization.DEVELOPER_KEY,
                "{\"source_cluster_id\": \"" + sandbox + "\", \"type\": \"CLUSTER\"}"), 403, 7, "Cluster Operator");
        assertEquals(0, json(api.curl("GET", "/api/v1/clusters/" + sandbox + "/restores", KEY, null))
                .get("restores").size());
    }

    @Test
    void unknownThingsAre404() {
        assertError(api.curl("GET", "/api/v1/clusters/nope", KEY, null), 404, 5, "Cluster nope was not found.");
        assertError(api.curl("GET", "/api/v1/clusters/" + sandbox + "/restores/nope", KEY, null), 404, 5, "nope");
        assertError(api.curl("GET", "/api/v1/nothing-here", KEY, null), 404, 5, "no endpoint");
        assertError(api.curl("DELETE", "/api/v1/clusters/" + sandbox + "/backups", KEY, null), 405, 12, "not allowed");
    }

    @Test
    void badBodiesAndParametersAre400WithTheReason() {
        String restores = "/api/v1/clusters/" + sandbox + "/restores";
        assertError(api.curl("POST", restores, KEY, "{\"type\": \"EVERYTHING\"}"), 400, 3,
                "The request body, at $.type: expected one of [CLUSTER, DATABASE, TABLE], found \"EVERYTHING\".");
        assertError(api.curl("POST", restores, KEY, "{\"backup_id\": \"x\""), 400, 3,
                "The request body, at line 1, column 18: the JSON ends before it is complete.");
        assertError(api.curl("POST", restores, KEY, "{\"type\": \"CLUSTER\"}"), 400, 3,
                "The request body needs one of backup_id or source_cluster_id");
        assertError(api.curl("PATCH", "/api/v1/clusters/" + sandbox + "/backups-config", KEY,
                "{\"frequency_minutes\": \"often\"}"), 400, 3,
                "The request body, at $.frequency_minutes: expected a whole number, found \"often\".");
        String backups = "/api/v1/clusters/" + sandbox + "/backups";
        assertError(api.curl("GET", backups + "?start_time=2026-01-01T00:00:00Z", KEY, null), 400, 3,
                "start_time and end_time must be given together");
        assertError(api.curl("GET", backups + "?pagination.limit=0", KEY, null), 400, 3, "pagination.limit");
        assertError(api.curl("GET", backups + "?pagination.sort_order=UP", KEY, null), 400, 3, "sort_order");
        assertError(api.curl("GET", backups + "?pagination.page=!!", KEY, null), 400, 3, "pagination.page");
        assertError(api.curl("GET", backups + "?start_time=yesterday&end_time=2026-01-01T00:00:00Z", KEY, null),
                400, 3, "RFC 3339");
        assertEquals(0, json(api.curl("GET", restores, KEY, null)).get("restores").size(), "nothing was started");
    }

    @Test
    void timestampsWithNineFractionalDigitsAreAccepted() {
        LocalApi.Answer answer = api.curl("GET", "/api/v1/clusters/" + sandbox
                + "/backups?start_time=2020-01-01T00:00:00.123456789Z&end_time=2030-01-01T00:00:00%2B00:00", KEY, null);
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void pagesFollowTheKeysetToTheEnd() {
        String path = "/api/v1/clusters/" + sandbox + "/backups?pagination.limit=7&pagination.sort_order=DESC";
        List<String> seen = new java.util.ArrayList<>();
        String page = null;
        do {
            JsonNode body = json(api.curl("GET", path + (page == null ? "" : "&pagination.page=" + page), KEY, null));
            body.get("backups").forEach(b -> seen.add(b.get("as_of_time").asText()));
            JsonNode pagination = body.get("pagination");
            page = pagination == null || pagination.isNull() || !pagination.hasNonNull("next_page")
                    ? null : pagination.get("next_page").asText();
        } while (page != null);
        assertEquals(30, seen.size());
        assertEquals(seen.stream().sorted(java.util.Comparator.reverseOrder()).toList(), seen);
    }

    /** The spec's ListClusters pagination.sort_by: NAME (the default), CREATED_AT, DELETED_AT. */
    @Test
    void clustersAreSortedByTheSpecsSortByValuesAndAnUnknownOneIsRefused() {
        List<String> byName = field(json(api.curl("GET", "/api/v1/clusters", KEY, null)), "name");
        assertEquals(byName.stream().sorted().toList(), byName);
        assertEquals(byName, field(json(api.curl("GET", "/api/v1/clusters?pagination.sort_by=NAME", KEY, null)),
                "name"));

        JsonNode byCreation = json(api.curl("GET", "/api/v1/clusters?pagination.sort_by=CREATED_AT", KEY, null));
        List<String> created = field(byCreation, "created_at");
        assertEquals(created.stream().sorted().toList(), created);
        assertTrue(!field(byCreation, "name").equals(byName), "the demo's clusters were not created in name order");

        api.clock.advance(java.time.Duration.ofHours(1));
        String doomed = byName.get(0);
        SimulationAccess.withEngine(api.simulation, engine -> engine.run(new DeleteCluster(api.clusterId(doomed))));
        JsonNode byDeletion = json(api.curl("GET", "/api/v1/clusters?show_inactive=true"
                + "&pagination.sort_by=DELETED_AT&pagination.sort_order=DESC", KEY, null));
        assertEquals(doomed, byDeletion.get("clusters").get(0).get("name").asText(), "deleted last, so first");
        List<String> keys = new java.util.ArrayList<>();
        byDeletion.get("clusters").forEach(c -> keys.add(c.hasNonNull("deleted_at")
                ? c.get("deleted_at").asText() : c.get("created_at").asText()));
        assertEquals(keys.stream().sorted(java.util.Comparator.reverseOrder()).toList(), keys,
                "by deleted_at, and active clusters by created_at");

        String pageOne = "/api/v1/clusters?pagination.sort_by=CREATED_AT&pagination.limit=2";
        String next = json(api.curl("GET", pageOne, KEY, null)).get("pagination").get("next_page").asText();
        assertEquals(created.get(2), json(api.curl("GET", pageOne + "&pagination.page=" + next, KEY, null))
                .get("clusters").get(0).get("created_at").asText(), "pages follow the chosen key");
        assertError(api.curl("GET", "/api/v1/clusters?pagination.sort_by=NAME&pagination.page=" + next, KEY, null),
                400, 3, "pagination.page");

        assertError(api.curl("GET", "/api/v1/clusters?pagination.sort_by=SIZE", KEY, null), 400, 3,
                "Query parameter pagination.sort_by: expected NAME, CREATED_AT or DELETED_AT, found \"SIZE\".");
        assertError(api.curl("GET", "/api/v1/clusters?pagination.sort_order=sideways", KEY, null), 400, 3,
                "Query parameter pagination.sort_order: expected ASC or DESC, found \"sideways\".");
    }

    private static List<String> field(JsonNode list, String name) {
        List<String> values = new java.util.ArrayList<>();
        list.get("clusters").forEach(c -> values.add(c.get(name).asText()));
        return values;
    }

    @Test
    void aPageTokenTheServerDidNotIssueIsRefused() {
        String backups = "/api/v1/clusters/" + sandbox + "/backups?pagination.limit=7";
        String issued = json(api.curl("GET", backups, KEY, null)).get("pagination").get("next_page").asText();
        assertEquals(200, api.curl("GET", backups + "&pagination.page=" + issued, KEY, null).status());
        String expected = "Query parameter pagination.page: expected a page token this service issued for this "
                + "listing, found ";
        assertError(api.curl("GET", backups + "&pagination.page=garbage", KEY, null), 400, 3,
                expected + "\"garbage\".");
        assertError(api.curl("GET", "/api/v1/clusters?pagination.page=garbage", KEY, null), 400, 3, expected);
        String tampered = (issued.charAt(0) == 'A' ? "B" : "A") + issued.substring(1);
        assertError(api.curl("GET", backups + "&pagination.page=" + tampered, KEY, null), 400, 3, expected);
        assertError(api.curl("GET", backups + "&pagination.sort_order=DESC&pagination.page=" + issued, KEY, null),
                400, 3, expected); // a token is for the order it was issued in
        assertError(api.curl("GET", "/api/v1/clusters/" + sandbox + "/restores?pagination.page=" + issued, KEY,
                null), 400, 3, expected);
    }

    @Test
    void databasesArePagedByNameWithTableCountsAsInt64Strings() {
        String databases = "/api/v1/clusters/" + api.clusterId("demo-standard") + "/databases";
        JsonNode first = json(api.curl("GET", databases + "?pagination.limit=1", KEY, null));
        assertEquals("inventory", first.get("databases").get(0).get("name").asText());
        assertEquals("3", first.get("databases").get(0).get("table_count").textValue(), "int64 travels as a string");
        String next = first.get("pagination").get("next_page").asText();
        JsonNode second = json(api.curl("GET", databases + "?pagination.limit=1&pagination.page=" + next, KEY, null));
        assertEquals("orders", second.get("databases").get(0).get("name").asText());
        assertTrue(second.get("pagination") == null || second.get("pagination").isNull(), "the last page");
        JsonNode descending = json(api.curl("GET", databases + "?pagination.sort_order=DESC", KEY, null));
        assertEquals("orders", descending.get("databases").get(0).get("name").asText());
        assertEquals(2, json(api.curl("GET", databases, DemoOrganization.DEVELOPER_KEY, null)).get("databases").size(),
                "a developer may list");
    }

    @Test
    void badParametersOfTheDatabaseListAre400() {
        String databases = "/api/v1/clusters/" + api.clusterId(LocalApi.BASIC) + "/databases";
        assertError(api.curl("GET", databases + "?pagination.limit=0", KEY, null), 400, 3, "pagination.limit");
        assertError(api.curl("GET", databases + "?pagination.limit=many", KEY, null), 400, 3, "pagination.limit");
        assertError(api.curl("GET", databases + "?pagination.page=!!", KEY, null), 400, 3, "pagination.page");
        assertError(api.curl("GET", databases + "?pagination.sort_order=UP", KEY, null), 400, 3, "sort_order");
        assertError(api.curl("GET", databases + "?pagination.as_of_time=yesterday", KEY, null), 400, 3, "RFC 3339");
        assertError(api.curl("GET", "/api/v1/clusters/nope/databases", KEY, null), 404, 5, "Cluster nope");
        assertError(api.curl("POST", databases, KEY, "{\"name\": \"new\"}"), 405, 12, "not allowed");
    }

    @Test
    void deleteDatabaseAnswersWithTheDroppedDatabaseAndOnlyOnce() {
        String basic = api.clusterId(LocalApi.BASIC);
        String orders = "/api/v1/clusters/" + basic + "/databases/orders";
        assertError(api.curl("DELETE", orders, DemoOrganization.DEVELOPER_KEY, null), 403, 7, "Cluster Operator");
        LocalApi.Answer dropped = api.curl("DELETE", orders, KEY, null);
        assertEquals(200, dropped.status(), dropped.body());
        assertEquals("orders", json(dropped).get("name").asText());
        assertEquals("4", json(dropped).get("table_count").textValue());
        assertError(api.curl("DELETE", orders, KEY, null), 404, 5, "no database named orders");
        assertEquals(List.of("payments"), api.simulation.catalog(basic).databases().stream()
                .map(Catalog.Database::name).toList());
    }

    @Test
    void aDatabaseNameIsOnePercentDecodedPathSegment() {
        Catalog oneOddName = new Catalog(List.of(new Catalog.Database("a/b c+d", List.of())));
        SimulationAccess.withEngine(api.simulation, e -> e.run(new ReplaceCatalog(sandbox, oneOddName)));
        assertError(api.curl("DELETE", "/api/v1/clusters/" + sandbox + "/databases/a/b%20c+d", KEY, null),
                404, 5, "no endpoint");
        LocalApi.Answer dropped = api.curl("DELETE", "/api/v1/clusters/" + sandbox + "/databases/a%2Fb%20c+d", KEY, null);
        assertEquals(200, dropped.status(), dropped.body());
        assertEquals("a/b c+d", json(dropped).get("name").asText());
        assertTrue(api.simulation.catalog(sandbox).isEmpty());
    }

    @Test
    void faultRulesReachTheDatabaseEndpointsAndAFailedDropChangesNothing() {
        String basic = api.clusterId(LocalApi.BASIC);
        api.curl("POST", "/_sim/faults", KEY, "{\"operation\": \"DeleteDatabase\", \"status\": 503}");
        assertEquals(503, api.curl("DELETE", "/api/v1/clusters/" + basic + "/databases/orders", KEY, null).status());
        assertEquals(2, api.simulation.catalog(basic).databases().size());
        assertEquals(200, api.curl("GET", "/api/v1/clusters/" + basic + "/databases", KEY, null).status(),
                "ListDatabases is another operation");
    }

    @Test
    void moreThanTenRequestsASecondAre429WithRetryAfter() throws Exception {
        api.close();
        api = new LocalApi(CloudApiServer.REQUESTS_PER_SECOND);
        for (int i = 0; i < 10; i++) {
            assertEquals(200, api.curl("GET", "/api/v1/clusters", KEY, null).status());
        }
        LocalApi.Answer limited = api.curl("GET", "/api/v1/clusters", KEY, null);
        assertError(limited, 429, 8, "rate limit exceeded");
        assertEquals("1", limited.headers().get("Retry-After"));
        assertEquals(200, api.curl("GET", "/api/v1/clusters", DemoOrganization.OPERATOR_KEY, null).status(),
                "the limit is per key");
    }

    @Test
    void theClockIsReadAndAdvancedWithTheAdminKeyOnly() {
        JsonNode clock = json(api.curl("GET", "/_sim/clock", KEY, null));
        assertEquals("2026-03-01T12:00:00Z", clock.get("now").asText());
        JsonNode advanced = json(api.curl("POST", "/_sim/clock/advance", KEY, "{\"duration\": \"PT24H\"}"));
        assertEquals("2026-03-02T12:00:00Z", advanced.get("now").asText());
        assertError(api.curl("POST", "/_sim/clock/advance", KEY, "{\"duration\": \"a day\"}"), 400, 3, "ISO-8601");
        assertError(api.curl("GET", "/_sim/clock", DemoOrganization.OPERATOR_KEY, null), 403, 7, "admin key");
        JsonNode sped = json(api.curl("PUT", "/_sim/clock", KEY, "{\"speed\": 60, \"paused\": false}"));
        assertEquals(60.0, sped.get("speed").asDouble());
        assertEquals(false, sped.get("paused").asBoolean());
    }

    @Test
    void faultRulesFailAndSlowTheOperationsTheyName() {
        String backups = "/api/v1/clusters/" + sandbox + "/backups";
        LocalApi.Answer added = api.curl("POST", "/_sim/faults", KEY, "{\"operation\": \"ListBackups\", \"status\": 503}");
        assertEquals(1, json(added).get("rules").size(), added.body());
        assertEquals(503, api.curl("GET", backups, KEY, null).status());
        assertEquals(200, api.curl("GET", "/api/v1/clusters", KEY, null).status(), "other operations are untouched");
        assertError(api.curl("POST", "/_sim/faults", KEY, "{\"operation\": \"ListEverything\"}"), 400, 3,
                "The request body, at $.operation: expected * or one of [");
        api.curl("DELETE", "/_sim/faults", KEY, null);
        api.curl("POST", "/_sim/faults", KEY, "{\"operation\": \"*\", \"latency_ms\": 300}");
        long start = System.nanoTime();
        assertEquals(200, api.curl("GET", backups, KEY, null).status());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void aClustersDataIsReadReplacedAndWipedSoThatItCanBeRestoredInto() {
        String basic = api.clusterId(LocalApi.BASIC);
        String data = "/_sim/clusters/" + basic + "/data";
        JsonNode catalog = json(api.curl("GET", data, KEY, null));
        assertEquals("orders", catalog.get("databases").get(0).get("name").asText());
        assertTrue(catalog.get("databases").get(0).get("schemas").get(0).get("tables").get(0).get("size_bytes").isTextual(),
                "sizes are int64 strings");

        String restores = "/api/v1/clusters/" + basic + "/restores";
        String restoreLatest = "{\"source_cluster_id\": \"" + basic + "\", \"type\": \"CLUSTER\"}";
        assertEquals("FAILED", restoreOutcome(restores, restoreLatest), "a cluster restore into data fails");

        JsonNode replaced = json(api.curl("PUT", data, KEY, "{\"databases\": [{\"name\": \"kv\", \"schemas\": "
                + "[{\"name\": \"public\", \"tables\": [{\"name\": \"kv\", \"size_bytes\": \"1024\"}]}]}]}"));
        assertEquals("kv", replaced.get("databases").get(0).get("name").asText());
        assertError(api.curl("PUT", data, KEY, "{\"databases\": [{\"schemas\": []}]}"), 400, 3,
                "The request body, at $.databases[0].name: expected a name that is not blank");
        assertEquals("kv", json(api.curl("GET", data, KEY, null)).get("databases").get(0).get("name").asText(),
                "a refused replacement changes nothing");

        assertEquals(0, json(api.curl("DELETE", data, KEY, null)).get("databases").size());
        assertEquals("SUCCESS", restoreOutcome(restores, restoreLatest), "a wiped cluster can be restored into");
        assertError(api.curl("GET", "/_sim/clusters/nope/data", KEY, null), 404, 5, "nope");
    }

    @Test
    void nullsInsideTheDataOfAClusterAre400WithTheirPlaceAndChangeNothing() {
        String basic = api.clusterId(LocalApi.BASIC);
        String data = "/_sim/clusters/" + basic + "/data";
        Catalog before = api.simulation.catalog(basic);
        assertError(api.curl("PUT", data, KEY, "{\"databases\": [null]}"), 400, 3,
                "The request body, at $.databases[0]: expected an object, found null.");
        assertError(api.curl("PUT", data, KEY, "{\"databases\": [{\"name\": \"kv\", \"schemas\": [null]}]}"), 400, 3,
                "The request body, at $.databases[0].schemas[0]: expected an object, found null.");
        assertError(api.curl("PUT", data, KEY, "{\"databases\": [{\"name\": \"kv\", \"schemas\": [{\"name\": \"public\", "
                + "\"tables\": [{\"name\": \"t\", \"size_bytes\": \"1\"}, null]}]}]}"), 400, 3,
                "The request body, at $.databases[0].schemas[0].tables[1]: expected an object, found null.");
        assertError(api.curl("PUT", data, KEY, "{\"databases\": [{\"name\": null, \"schemas\": []}]}"), 400, 3,
                "The request body, at $.databases[0].name: expected a name that is not blank and holds no control "
                        + "characters, found nothing.");
        assertError(api.curl("PUT", data, KEY, "{\"databases\": [{\"name\": \"kv\", \"schemas\": [{\"name\": \"public\", "
                + "\"tables\": [{\"name\": \"t\", \"size_bytes\": \"\\uff15\"}]}]}]}"), 400, 3,
                "The request body, at $.databases[0].schemas[0].tables[0].size_bytes: expected a whole number written as a "
                        + "string of digits, such as \"1024\", found \"５\".");
        assertEquals(before, api.simulation.catalog(basic));
    }

    @Test
    void absurdSpeedsAndDurationsAre400AndTheClockGoesOnAnswering() {
        JsonNode clock = json(api.curl("GET", "/_sim/clock", KEY, null));
        assertError(api.curl("PUT", "/_sim/clock", KEY, "{\"speed\": 1e300}"), 400, 3,
                "The request body, at $.speed: expected a speed above 0 and at most 86400 (a day per second), "
                        + "found 1.0E300.");
        assertError(api.curl("PUT", "/_sim/clock", KEY, "{\"speed\": 60, \"paused\": \"false\"}"), 400, 3,
                "The request body, at $.paused: expected true or false, found \"false\".");
        assertError(api.curl("PUT", "/_sim/clock", KEY, "{\"paused\": true, \"paused\": false}"), 400, 3,
                "The request body, at $.paused: the key \"paused\" is given twice; give it once.");
        for (String duration : List.of("PT9223372036854775807S", "P1000000000000D", "P367D", "-PT1H")) {
            assertError(api.curl("POST", "/_sim/clock/advance", KEY, "{\"duration\": \"" + duration + "\"}"), 400, 3,
                    "The request body, at $.duration: expected an ISO-8601 duration from PT0S to P366D, such as PT30M, "
                            + "PT24H or P7D, found \"" + duration + "\".");
        }
        assertError(api.curl("POST", "/_sim/clock/advance", KEY, "{\"duration\": \"PT1H\"} x"), 400, 3,
                "there is more after the end of the JSON value.");
        assertEquals(clock, json(api.curl("GET", "/_sim/clock", KEY, null)), "nothing moved");
        assertEquals("2027-03-02T12:00:00Z", json(api.curl("POST", "/_sim/clock/advance", KEY,
                "{\"duration\": \"P366D\"}")).get("now").asText(), "the longest move is taken");
    }

    @Test
    void whatTheFuzzingRunFoundIsRefusedAndChangesNothing() {
        String restores = "/api/v1/clusters/" + sandbox + "/restores";
        String cluster = "\"type\": \"CLUSTER\", \"source_cluster_id\": \"" + sandbox + "\"";
        assertError(api.curl("POST", restores, KEY, "{" + cluster + "} x"), 400, 3, "at line 1, column ");
        assertError(api.curl("POST", restores, KEY, "{\"type\": \"NOPE\", " + cluster + "}"), 400, 3,
                "The request body, at $.type: the key \"type\" is given twice; give it once.");
        assertError(api.curl("POST", restores, KEY, "{" + cluster + ", \"backup_id\": \" \"}"), 400, 3,
                "The request body, at $.backup_id: expected a name or id that is not blank, found \" \".");
        assertError(api.curl("POST", restores, KEY, "{" + cluster + ", \"restore_opts\": {\"schema_only\": \"false\"}}"),
                400, 3, "The request body, at $.restore_opts.schema_only: expected true or false, found \"false\".");
        assertError(api.curl("POST", restores, KEY, "{}}"), 400, 3, "The request body, at line 1, column 3: there is more "
                + "after the end of the JSON value.");
        assertError(api.curl("GET", "/api/v1/clusters/" + sandbox + "/backups?start_time=2025-01-01T00:00:00.Z"
                + "&end_time=2026-01-01T00:00:00Z", KEY, null), 400, 3, "Query parameter start_time: expected an RFC 3339 "
                + "time such as 2025-07-25T15:45:00Z, found \"2025-01-01T00:00:00.Z\".");
        assertError(api.curl("GET", "/api/v1/clusters/" + sandbox + "/backups?pagination.limit=%EF%BC%95", KEY, null), 400, 3,
                "Query parameter pagination.limit: expected a whole number from 1 to 2147483647, found \"５\".");
        assertEquals(0, json(api.curl("GET", restores, KEY, null)).get("restores").size(), "no restore was started");

        String config = "/api/v1/clusters/" + api.clusterId(LocalApi.EMPTY_STANDARD) + "/backups-config";
        assertError(api.curl("PATCH", config, KEY, "{\"retention_days\": 7.5}"), 400, 3,
                "The request body, at $.retention_days: expected a whole number, found 7.5.");
        assertError(api.curl("PATCH", config, KEY, "{\"frequency_minutes\": 60.5}"), 400, 3,
                "The request body, at $.frequency_minutes: expected a whole number, found 60.5.");
        assertError(api.curl("PATCH", config, KEY, "{\"enabled\": 0}"), 400, 3,
                "The request body, at $.enabled: expected true or false, found 0.");
        JsonNode settings = json(api.curl("GET", config, KEY, null));
        assertTrue(settings.get("enabled").asBoolean(), "backups are still enabled");
        assertEquals(7, json(api.curl("PATCH", config, KEY, "{\"retention_days\": 7}")).get("retention_days").asInt(),
                "the one retention change was not used up by 7.5");
    }

    @Test
    void aBodyNotDeclaredJsonIsRefusedWith415AndNotApplied() {
        String config = "/api/v1/clusters/" + api.clusterId(LocalApi.EMPTY_STANDARD) + "/backups-config";
        int days = json(api.curl("GET", config, KEY, null)).get("retention_days").asInt();
        String change = "{\"retention_days\": " + (days == 7 ? 30 : 7) + "}";
        assertError(api.curlTyped("PATCH", config, KEY, change, "text/plain"), 415, 3,
                "The request body must be JSON, declared with Content-Type: application/json; the request has "
                        + "Content-Type \"text/plain\".");
        assertError(api.curlTyped("PATCH", config, KEY, change, null), 415, 3, "the request has no Content-Type.");
        assertError(api.curlTyped("PATCH", config, KEY, change, "application/jsonx"), 415, 3, "application/jsonx");
        assertEquals(days, json(api.curl("GET", config, KEY, null)).get("retention_days").asInt(), "not applied");

        String restores = "/api/v1/clusters/" + sandbox + "/restores";
        String restore = "{\"source_cluster_id\": \"" + sandbox + "\", \"type\": \"CLUSTER\"}";
        assertError(api.curlTyped("POST", restores, KEY, restore, "text/plain; charset=utf-8"), 415, 3,
                "text/plain");
        assertEquals(0, json(api.curl("GET", restores, KEY, null)).get("restores").size(), "no restore was started");

        LocalApi.Answer declared = api.curlTyped("PATCH", config, KEY, change, "Application/JSON; charset=UTF-8");
        assertEquals(200, declared.status(), declared.body());
        assertEquals(200, api.curlTyped("POST", restores, KEY, restore, "application/json").status());
    }

    private String restoreOutcome(String restores, String body) {
        LocalApi.Answer started = api.curl("POST", restores, KEY, body);
        assertEquals(200, started.status(), started.body());
        api.clock.advance(java.time.Duration.ofHours(3));
        return json(api.curl("GET", restores + "/" + json(started).get("id").asText(), KEY, null)).get("status").asText();
    }

    @Test
    void aJobFaultRuleMakesTheNextRestoreFail() {
        JsonNode rules = json(api.curl("POST", "/_sim/job-faults", KEY, "{\"target\": \"RESTORE\", \"times\": 1, "
                + "\"error_code\": 53100, \"error_message\": \"disk full on the destination\"}"));
        assertEquals(1, rules.get("rules").size());
        JsonNode started = json(api.curl("POST", "/api/v1/clusters/" + sandbox + "/restores", KEY,
                "{\"source_cluster_id\": \"" + sandbox + "\", \"type\": \"CLUSTER\"}"));
        api.clock.advance(java.time.Duration.ofHours(1));
        JsonNode failed = json(api.curl("GET", "/api/v1/clusters/" + sandbox + "/restores/" + started.get("id").asText(),
                KEY, null));
        assertEquals("FAILED", failed.get("status").asText());
        assertEquals(53100, failed.get("client_error_code").asInt());
        assertEquals("disk full on the destination", failed.get("client_error_message").asText());
        assertEquals(0, json(api.curl("GET", "/_sim/job-faults", KEY, null)).get("rules").size(), "the rule is used up");
        assertError(api.curl("POST", "/_sim/job-faults", KEY, "{\"target\": \"LUNCH\"}"), 400, 3,
                "The request body, at $.target: expected one of [BACKUP, RESTORE], found \"LUNCH\".");
        assertError(api.curl("DELETE", "/_sim/job-faults/nope", KEY, null), 404, 5, "nope");
    }
}
