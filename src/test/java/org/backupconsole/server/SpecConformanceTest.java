package org.backupconsole.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.backupconsole.wire.WireJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer of the local server, successes and errors, checked against the official OpenAPI spec. The spec
 * sits beside the project ({@code ../shared/reference/cloud-api-openapi.json}); without it the test is skipped.
 */
class SpecConformanceTest {

    private static final Path SPEC = Path.of("..", "shared", "reference", "cloud-api-openapi.json");
    private static final String KEY = LocalApi.ADMIN_KEY;

    private OpenApiSchemaValidator validator;
    private LocalApi api;
    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SPEC), "skipped: the official spec is not at "
                + SPEC.toAbsolutePath().normalize() + "; put cloud-api-openapi.json there to run this check");
        validator = new OpenApiSchemaValidator(WireJson.mapper().readTree(SPEC.toFile()));
        api = new LocalApi(1_000);
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private JsonNode check(String template, String method, String path, String key, String body, int expectedStatus) {
        LocalApi.Answer answer = api.curl(method, path, key, body);
        assertEquals(expectedStatus, answer.status(), method + " " + path + ": " + answer.body());
        try {
            JsonNode json = WireJson.mapper().readTree(answer.body());
            validator.violations(json, validator.responseSchema(template, method, answer.status()))
                    .forEach(v -> violations.add(method + " " + path + " " + answer.status() + ": " + v));
            return json;
        } catch (java.io.IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    @Test
    void everyAnswerHasTheShapeTheSpecDeclares() {
        JsonNode clusters = check("/api/v1/clusters", "GET", "/api/v1/clusters?show_inactive=true", KEY, null, 200);
        assertEquals(8, clusters.get("clusters").size());
        String standard = api.clusterId(LocalApi.EMPTY_STANDARD);
        String basic = api.clusterId(LocalApi.EMPTY_BASIC);
        String cluster = "/api/v1/clusters/{cluster_id}";
        check(cluster, "GET", "/api/v1/clusters/" + basic, KEY, null, 200);
        check("/api/v1/organization", "GET", "/api/v1/organization", KEY, null, 200);
        JsonNode backups = check(cluster + "/backups", "GET", "/api/v1/clusters/" + basic + "/backups?pagination.limit=5",
                KEY, null, 200);
        check(cluster + "/backups-config", "GET", "/api/v1/clusters/" + standard + "/backups-config", KEY, null, 200);
        check(cluster + "/backups-config", "PATCH", "/api/v1/clusters/" + standard + "/backups-config", KEY,
                "{\"frequency_minutes\": 30}", 200);
        JsonNode restore = check("/api/v1/clusters/{destination_cluster_id}/restores", "POST",
                "/api/v1/clusters/" + basic + "/restores", KEY,
                "{\"backup_id\": \"" + backups.get("backups").get(4).get("id").asText() + "\", \"type\": \"CLUSTER\"}", 200);
        api.clock.advance(Duration.ofHours(1));
        check(cluster + "/restores/{restore_id}", "GET",
                "/api/v1/clusters/" + basic + "/restores/" + restore.get("id").asText(), KEY, null, 200);
        check(cluster + "/restores", "GET", "/api/v1/clusters/" + basic + "/restores", KEY, null, 200);

        String data = api.clusterId(LocalApi.BASIC);
        String databases = cluster + "/databases";
        check(databases, "GET", "/api/v1/clusters/" + data + "/databases?pagination.limit=1", KEY, null, 200);
        check(databases, "GET", "/api/v1/clusters/" + data + "/databases", DemoOrganization.DEVELOPER_KEY, null, 200);
        check(databases + "/{name}", "DELETE", "/api/v1/clusters/" + data + "/databases/payments", KEY, null, 200);
        check(databases + "/{name}", "DELETE", "/api/v1/clusters/" + data + "/databases/orders",
                DemoOrganization.DEVELOPER_KEY, null, 403);
        check(databases + "/{name}", "DELETE", "/api/v1/clusters/" + data + "/databases/payments", KEY, null, 404);
        check(databases, "GET", "/api/v1/clusters/" + data + "/databases?pagination.limit=-1", KEY, null, 400);

        check(cluster, "GET", "/api/v1/clusters/nope", KEY, null, 404);
        check(cluster, "GET", "/api/v1/clusters/" + basic, "CCDB1_wrong", null, 401);
        check(cluster + "/backups-config", "PATCH", "/api/v1/clusters/" + standard + "/backups-config", KEY,
                "{\"retention_days\": 12345}", 400);
        check("/api/v1/clusters/{destination_cluster_id}/restores", "POST", "/api/v1/clusters/" + basic + "/restores",
                DemoOrganization.DEVELOPER_KEY, "{\"source_cluster_id\": \"" + basic + "\", \"type\": \"CLUSTER\"}", 403);

        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckCatchesAnswersThatBreakTheSpec() throws Exception {
        JsonNode schema = validator.responseSchema("/api/v1/clusters/{cluster_id}/backups", "GET", 200);
        JsonNode bad = WireJson.mapper().readTree(
                "{\"backups\":[{\"id\":7,\"as_of_time\":\"yesterday\",\"size\":1}],\"pagination\":{}}");
        assertEquals(List.of("$.backups[0].id should be a string", "$.backups[0].as_of_time is not a date-time: yesterday",
                "$.backups[0] has a field the spec does not declare: size"), validator.violations(bad, schema));
        JsonNode usage = validator.responseSchema("/api/v1/clusters/{cluster_id}", "GET", 200);
        assertEquals(List.of("$ lacks the required field id"), validator.violations(WireJson.mapper().readTree("{}"), usage)
                .subList(0, 1));
    }
}
