package org.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.FailingJobs;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.backupconsole.server.CloudApiServer;

/**
 * The scripting commands, each run as its own process, against the local Cloud API over loopback with the
 * operator's key: what they print for programs, how they end, and what they refuse to do.
 */
class ScriptsAgainstTheLocalApiTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ADMIN_KEY = "CCDB1_cliTestAdmin_0123456789abcdef";
    /** Fast enough that a restore ends within seconds, slow enough that a backup is not due meanwhile. */
    private static final double CLOCK_SPEED = 600;

    @TempDir
    Path folder;

    private Simulation simulation;
    private CloudApiServer server;
    private CliProcess cli;

    @BeforeEach
    void serve() throws IOException {
        simulation = Simulation.demo(7, NOW, Optional.of(ADMIN_KEY), new VirtualClock(InstantSource.system(), NOW, CLOCK_SPEED));
        server = CloudApiServer.start(simulation, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        cli = new CliProcess(folder).with(BackendOptions.KEY_VARIABLE, DemoOrganization.OPERATOR_KEY)
                .with(BackendOptions.SERVER_VARIABLE, server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private BackupService truth() {
        return simulation.serviceFor(simulation.authenticate(ADMIN_KEY).orElseThrow());
    }

    private Cluster cluster(String name) {
        return truth().listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private CliProcess.Run live(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--backend", "live"));
        return cli.run(all.toArray(String[]::new));
    }

    @Test
    void listsParseBackAsJsonAndCsvWithTheDocumentedFields() throws Exception {
        JsonNode clusters = live("clusters", "list", "-o", "json").expect(0).json();
        assertEquals(truth().listClusters().size(), clusters.size());
        JsonNode sandbox = find(clusters, "name", "sandbox-basic");
        assertEquals(cluster("sandbox-basic").id(), sandbox.get("id").asText());
        assertEquals("BASIC", sandbox.get("plan").asText());
        assertTrue(sandbox.get("regions").isArray());

        JsonNode backups = live("backups", "list", "--cluster", "demo-basic", "--limit", "2", "-o", "json").expect(0).json();
        List<String> newest = truth().listBackups(cluster("demo-basic").id(), TimeRange.ALL).stream().limit(2)
                .map(b -> b.id()).toList();
        assertEquals(newest, List.of(backups.get(0).get("id").asText(), backups.get(1).get("id").asText()));
        assertTrue(backups.get(0).get("status").isNull(), "the Cloud API does not report a backup's status");
        assertTrue(backups.get(0).get("expiry_estimated").asBoolean());

        String byId = live("settings", "get", "--cluster", cluster("demo-standard").id(), "-o", "csv").expect(0).out();
        assertEquals(List.of("cluster,cluster_id,enabled,frequency_minutes,retention_days",
                "demo-standard,\"" + cluster("demo-standard").id() + "\",true,60,7"), byId.lines().toList());

        String table = live("databases", "list", "--cluster", "demo-basic").expect(0).out();
        assertEquals(List.of("Name      Tables", "orders    4", "payments  3"), table.lines().toList());
    }

    @Test
    void aRestoreWaitedForEndsInSuccessAndIsFoundAgainByListGetAndWatch() throws Exception {
        CliProcess.Run created = live("restore", "create", "--cluster", "sandbox-basic", "--source", "demo-basic",
                "--latest", "--confirm", "sandbox-basic", "--wait", "-o", "json");
        assertEquals(0, created.status(), created.err());
        JsonNode restore = created.json();
        assertEquals("SUCCESS", restore.get("status").asText());
        assertEquals("Succeeded", restore.get("phase").asText());
        assertEquals(1.0, restore.get("completion").asDouble());
        assertTrue(created.err().contains("succeeded after"), created.err());
        String id = restore.get("id").asText();

        JsonNode listed = live("restore", "list", "--cluster", "sandbox-basic", "-o", "json").expect(0).json();
        assertEquals(id, listed.get(0).get("id").asText());
        assertEquals("SUCCESS", live("restore", "get", "--cluster", "sandbox-basic", id, "-o", "json").expect(0)
                .json().get("status").asText());
        CliProcess.Run watched = live("restore", "watch", "--cluster", "sandbox-basic", id).expect(0);
        assertTrue(watched.out().lines().anyMatch(line -> line.startsWith(id) && line.contains("Succeeded")), watched.out());
        assertEquals(1, truth().listRestores(cluster("sandbox-basic").id()).size(), "one restore was sent");
    }

    @Test
    void aRestoreThatFailsEndsWithStatusOneAndTheServicesError() throws Exception {
        simulation.failEvery(FailingJobs.RESTORE_JOBS, 53100, "disk full on the destination");
        CliProcess.Run created = live("restore", "create", "--cluster", "standard-staging", "--source",
                "demo-standard", "--latest", "--confirm", "standard-staging", "--wait", "-o", "json");
        assertEquals(1, created.status(), created.err());
        JsonNode restore = created.json();
        assertEquals("FAILED", restore.get("status").asText());
        assertEquals(53100, restore.get("error_code").asInt());
        assertEquals("disk full on the destination", restore.get("error_message").asText());
        assertTrue(created.err().contains("failed after") && created.err().contains("error 53100"), created.err());
    }

    @Test
    void destructiveCommandsDoNothingWithoutTheirConfirmation() throws Exception {
        live("restore", "create", "--cluster", "sandbox-basic", "--source", "demo-basic", "--latest").expect(2);
        live("restore", "create", "--cluster", "sandbox-basic", "--source", "demo-basic", "--latest",
                "--confirm", "demo-basic").expect(2);
        assertEquals(List.of(), truth().listRestores(cluster("sandbox-basic").id()));

        CliProcess.Run drop = live("databases", "drop", "--cluster", "demo-basic", "orders").expect(2);
        assertTrue(drop.err().contains("--confirm orders"), drop.err());
        assertEquals(2, truth().listDatabases(cluster("demo-basic").id()).size());
        live("databases", "drop", "--cluster", "demo-basic", "orders", "--confirm", "orders").expect(0);
        assertEquals(List.of("payments"), truth().listDatabases(cluster("demo-basic").id()).stream()
                .map(d -> d.name()).toList());

        live("settings", "set", "--cluster", "standard-staging", "--retention", "7").expect(2);
        assertEquals(30, truth().getBackupSettings(cluster("standard-staging").id()).retentionDays());
        CliProcess.Run frequency = live("settings", "set", "--cluster", "standard-staging", "--frequency", "240",
                "-o", "json").expect(0);
        assertEquals(240, frequency.json().get("frequency_minutes").asInt());
        assertTrue(frequency.err().contains("A full backup of standard-staging starts now"), frequency.err());
    }

    @Test
    void aRestoreTheServiceWouldFailIsRefusedBeforeItIsSent() throws Exception {
        CliProcess.Run notEmpty = live("restore", "create", "--cluster", "demo-basic", "--latest",
                "--confirm", "demo-basic").expect(1);
        assertTrue(notEmpty.err().startsWith("The restore would fail: the service restores a cluster only into an "
                + "empty cluster, and demo-basic holds 2 databases."), notEmpty.err());
        live("restore", "create", "--cluster", "sandbox-basic", "--source", "demo-advanced", "--latest",
                "--confirm", "sandbox-basic").expect(1);
        assertEquals(List.of(), truth().listRestores(cluster("sandbox-basic").id()).stream()
                .filter(r -> r.createdAt().isAfter(NOW)).toList());
    }

    @Test
    void badInputKeysAndAddressesEndWithTheirDocumentedStatus() throws Exception {
        live("backups", "list", "--cluster", "demo-basic", "--date", "2026-13-01").expect(2);
        live("backups", "list").expect(2);
        live("restore", "create", "--cluster", "sandbox-basic", "--latest", "--backup-id", "x").expect(2);
        live("clusters", "list", "--state", folder.resolve("s.json").toString()).expect(2);
        live("backups", "list", "--cluster", "no-such-cluster").expect(4);
        live("restore", "get", "--cluster", "sandbox-basic", "no-such-restore").expect(4);

        CliProcess.Run developer = new CliProcess(folder).with(BackendOptions.KEY_VARIABLE, DemoOrganization.DEVELOPER_KEY)
                .with(BackendOptions.SERVER_VARIABLE, server.url())
                .run("backups", "list", "--cluster", "demo-basic", "--backend", "live").expect(3);
        assertFalse(developer.err().contains(DemoOrganization.DEVELOPER_KEY), developer.err());
        String wrongKey = "CCDB1_notAKeyOfThisOrganization_0123456789";
        CliProcess.Run refused = cli.with(BackendOptions.KEY_VARIABLE, wrongKey).run("clusters", "list",
                "--backend", "live").expect(3);
        assertFalse(refused.err().contains(wrongKey), refused.err());
        cli.without(BackendOptions.KEY_VARIABLE).run("clusters", "list", "--backend", "live").expect(3);

        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        cli.with(BackendOptions.KEY_VARIABLE, DemoOrganization.OPERATOR_KEY).run("clusters", "list", "--backend",
                "live", "--api-url", "http://127.0.0.1:" + closedPort).expect(5);
    }

    @Test
    void aConnectionDroppedDuringRestoreCreateIsNotSentAgainAndSaysHowToFindTheRestore() throws Exception {
        try (DroppingProxy proxy = new DroppingProxy(server.url())) {
            CliProcess.Run dropped = live("restore", "create", "--cluster", "sandbox-basic", "--source", "demo-basic",
                    "--latest", "--confirm", "sandbox-basic", "--api-url", proxy.url()).expect(5);
            assertEquals(1, proxy.restorePosts(), "CreateRestore reached the service once");
            assertEquals(1, truth().listRestores(cluster("sandbox-basic").id()).size(), "one restore started");
            assertTrue(dropped.err().contains("was sent once and is not sent again")
                    && dropped.err().contains("Find it with: backup-console restore list --cluster sandbox-basic "
                    + "--backend live --api-url " + proxy.url()), dropped.err());
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " " + value + " in " + array);
    }
}
