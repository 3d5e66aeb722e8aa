package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.engine.file.SimulationFileException;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo organization, who may do what (DESIGN rule 8, managed-backup-perms) and persistence (issue part 9). */
class SimulationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    @TempDir
    Path dir;

    private final Simulation demo = Simulation.demo(1, NOW, Optional.of("admin-secret"), VirtualClock.paused(NOW));
    private final Map<String, Cluster> clusters = SimulationAccess.withEngine(demo, e -> e.reads().clusters()).stream()
            .collect(Collectors.toMap(Cluster::name, Function.identity()));

    @Test
    void theDemoHasEveryPlanAnUpgradedClusterADeletedOneAndEmptyTargets() {
        assertEquals(DemoOrganization.NAME, demo.organizationName());
        assertEquals(Plan.BASIC, clusters.get("demo-basic").plan());
        assertEquals(Plan.STANDARD, clusters.get("demo-standard").plan());
        assertEquals(Plan.ADVANCED, clusters.get("demo-advanced").plan());
        assertEquals(Plan.STANDARD, clusters.get("demo-upgraded").plan());
        assertTrue(clusters.get("demo-advanced").regions().size() > 1, "multi-region");
        assertEquals(ClusterState.DELETED, clusters.get("legacy-reports").state());
        BackupService service = demo.serviceFor(demo.desktopUser());
        assertFalse(service.listBackups(clusters.get("legacy-reports").id(), TimeRange.ALL).isEmpty(), "its backups remain");
        assertEquals(30, service.listBackups(clusters.get("demo-basic").id(), TimeRange.ALL).size());
        var advanced = service.listBackups(clusters.get("demo-advanced").id(), TimeRange.ALL);
        assertTrue(advanced.stream().anyMatch(b -> b.type().orElseThrow() == BackupType.INCREMENTAL));
        assertTrue(advanced.stream().anyMatch(b -> b.type().orElseThrow() == BackupType.FULL));
        assertEquals(2, service.incompleteBackups(clusters.get("demo-advanced").id()).orElseThrow().stream()
                .filter(i -> i.failure().isPresent()).count());
        List<Restore> jobs = service.listRestores(clusters.get("demo-advanced").id());
        assertEquals(List.of(RestoreStatus.FAILED, RestoreStatus.SUCCESS), jobs.stream().map(Restore::status).toList());
        assertTrue(service.backupContents(clusters.get("demo-advanced").id()).orElseThrow().get(advanced.get(0).id())
                .databases().stream().anyMatch(d -> d.name().equals("inventory")), "the dropped database came back");
    }

    @Test
    void aCallTheSimulatedNetworkLosesSaysHowToGetThroughOnTheSimulatorNotWhereTheApiIs() {
        demo.setNetwork(new NetworkConditions(Duration.ZERO, 0.999));
        BackendException lost = assertThrows(BackendException.class, () -> as(DemoOrganization.OPERATOR_KEY).listClusters());

        assertEquals(FailureReason.NETWORK, lost.reason());
        assertTrue(lost.userMessage().endsWith("turn the lossy network off on the Simulator page."), lost.userMessage());
        assertFalse(lost.userMessage().contains("API URL"), lost.userMessage());
    }

    @Test
    void whatTheLiveClientKnowsWithoutARequestDoesNotCrossTheSimulatedNetwork() {
        BackupService operator = as(DemoOrganization.OPERATOR_KEY);
        String advanced = clusters.get("demo-advanced").id();
        demo.setNetwork(new NetworkConditions(Duration.ZERO, 0.999));

        assertEquals(NOW, operator.now());
        assertTrue(operator.permissions().mayManageBackupsOn(advanced));
        assertTrue(operator.incompleteBackups(advanced).isPresent());
        assertTrue(operator.retentionChangeUsed(advanced).isPresent());
        assertTrue(operator.backupContents(advanced).isPresent());
        assertThrows(BackendException.class, () -> operator.listBackups(advanced, TimeRange.ALL),
                "a request the Cloud API answers is lost as often as the network says");
    }

    @Test
    void serviceAccountsAuthenticateByKeyAndUnknownKeysDoNot() {
        assertEquals("ops-automation", demo.authenticate(DemoOrganization.OPERATOR_KEY).orElseThrow().name());
        assertEquals("analytics-dev", demo.authenticate(DemoOrganization.DEVELOPER_KEY).orElseThrow().name());
        assertEquals("console-api-admin", demo.authenticate("admin-secret").orElseThrow().name());
        assertTrue(demo.authenticate("CCDB1_wrong").isEmpty());
        assertTrue(demo.authenticate("").isEmpty());
        assertTrue(Simulation.demo(1, NOW, Optional.empty(), VirtualClock.paused(NOW)).adminKey().startsWith("CCDB1_"));
    }

    @Test
    void aDeveloperMayNotRestoreButAnOrganizationOperatorMay() {
        Cluster sandbox = clusters.get("sandbox-basic");
        RestoreRequest request = RestoreRequest.cluster(sandbox.id(), clusters.get("demo-basic").id(), latest("demo-basic"));
        BackendException denied = assertThrows(BackendException.class,
                () -> as(DemoOrganization.DEVELOPER_KEY).createRestore(request));
        assertEquals(FailureReason.PERMISSION_DENIED, denied.reason());
        assertEquals(RestoreStatus.PENDING, as(DemoOrganization.OPERATOR_KEY).createRestore(request).status());
    }

    @Test
    void aClusterScopedOperatorNeedsTheRoleOnBothClusters() {
        BackupService drRunner = as(DemoOrganization.ADVANCED_OPERATOR_KEY);
        RestoreRequest intoDr = RestoreRequest.cluster(clusters.get("advanced-dr").id(), clusters.get("demo-advanced").id(),
                latest("demo-advanced"));
        assertEquals(FailureReason.PERMISSION_DENIED,
                assertThrows(BackendException.class, () -> drRunner.createRestore(intoDr)).reason());
        assertFalse(drRunner.permissions().mayRestore(clusters.get("demo-advanced").id(), clusters.get("advanced-dr").id()));
        assertTrue(drRunner.permissions().mayManageBackupsOn(clusters.get("demo-advanced").id()));
    }

    @Test
    void saveThenLoadThenSaveIsByteIdenticalAndTheLoadedStateIsTheSame() throws Exception {
        demo.clock().advance(Duration.ofHours(5));
        as(DemoOrganization.OPERATOR_KEY).createRestore(RestoreRequest.cluster(clusters.get("standard-staging").id(),
                clusters.get("demo-standard").id(), latest("demo-standard")));
        Path first = dir.resolve("state.json");
        demo.save(first);

        Simulation loaded = Simulation.load(first);
        Path second = dir.resolve("again.json");
        loaded.save(second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String id = clusters.get("demo-advanced").id();
        assertEquals(backups(demo, id), backups(loaded, id));
        String staging = clusters.get("standard-staging").id();
        assertEquals(restores(demo, staging), restores(loaded, staging));
        assertTrue(loaded.authenticate(DemoOrganization.OPERATOR_KEY).isPresent());
        assertFalse(new String(Files.readAllBytes(first), StandardCharsets.UTF_8).contains(DemoOrganization.OPERATOR_KEY),
                "keys are stored as digests only");
        assertFalse(new String(Files.readAllBytes(first), StandardCharsets.UTF_8).contains("admin-secret"));
    }

    @Test
    void aTruncatedCorruptOrNewerFileIsRefusedWithFilePlaceAndReason() throws Exception {
        Path good = dir.resolve("state.json");
        demo.save(good);
        String text = Files.readString(good);

        SimulationFileException truncated = refusedLoad("truncated.json", text.substring(0, text.length() / 2));
        assertTrue(truncated.place().startsWith("line "), truncated.getMessage());
        assertTrue(truncated.getMessage().contains("truncated.json"));

        SimulationFileException newer = refusedLoad("newer.json", text.replace("\"format\" : 2", "\"format\" : 7"));
        assertEquals("$.format", newer.place());
        assertTrue(newer.reason().contains("newer version"), newer.reason());

        SimulationFileException badPlan = refusedLoad("plan.json", text.replaceFirst("\"plan\" : \"BASIC\"", "\"plan\" : \"GOLD\""));
        assertTrue(badPlan.place().matches("\\$\\.commands\\[\\d+]\\.plan"), badPlan.place());
        assertTrue(badPlan.reason().contains("GOLD"));

        assertTrue(refusedLoad("empty.json", "").reason().contains("empty"));
    }

    @Test
    void aFileWhoseHistoryWouldReplayDifferentlyIsRefusedAndSaysWhatToDo() throws Exception {
        Path good = dir.resolve("state.json");
        demo.save(good);
        String text = Files.readString(good);
        assertTrue(text.contains("\"rules\" : " + BackupEngine.RULES_VERSION + ","), "the rules version is saved");

        // Written before this version: format 1 had no rules version, and its single stream gave other draws.
        String before = text.replace("\"format\" : 2", "\"format\" : 1").replace("\"rules\" : " + BackupEngine.RULES_VERSION + ",\n", "");
        SimulationFileException old = refusedLoad("old.json", before);
        assertEquals("$.format", old.place());
        assertEquals("the file was saved before the simulator recorded its rules version, and its history would replay "
                + "differently now (other ids, backup regions and times), so it is not opened. Open it with the version of "
                + "Backup Console that saved it, or start a new session from a scenario.", old.reason());

        SimulationFileException other = refusedLoad("other.json",
                text.replace("\"rules\" : " + BackupEngine.RULES_VERSION, "\"rules\" : 99"));
        assertEquals("$.rules", other.place());
        assertEquals("the history was made under the simulator's rules version 99, and this version of Backup Console "
                + "replays rules version " + BackupEngine.RULES_VERSION + ", so it would come out differently. Open it "
                + "with the version of Backup Console that saved it, or start a new session from a scenario.", other.reason());
        assertTrue(other.getMessage().startsWith(dir.resolve("other.json") + ", at $.rules: "), other.getMessage());

        SimulationFileException missing = refusedLoad("missing.json",
                text.replace("\"rules\" : " + BackupEngine.RULES_VERSION + ",\n", ""));
        assertEquals("$.rules", missing.place());
        assertTrue(missing.reason().startsWith("a required field is missing: without the simulator's rules version"),
                missing.reason());
        assertTrue(missing.reason().endsWith("Start a new session from a scenario instead."), missing.reason());
    }

    @Test
    void aStateFileIsReadStrictlyAndARefusedOneIsLeftByteForByte() throws Exception {
        Path good = dir.resolve("state.json");
        demo.save(good);
        String text = Files.readString(good);

        SimulationFileException twice = refusedLoad("twice.json", text.replaceFirst("\"paused\" : true",
                "\"paused\" : true, \"paused\" : false"));
        assertEquals("$.clock.paused", twice.place());
        assertTrue(twice.reason().contains("given twice"), twice.reason());
        SimulationFileException trailing = refusedLoad("trailing.json", text + "x");
        assertTrue(trailing.place().startsWith("line "), trailing.place());
        SimulationFileException fast = refusedLoad("fast.json", text.replaceFirst("\"speed\" : 1.0", "\"speed\" : 1e300"));
        assertEquals("$.clock.speed", fast.place());
        assertEquals("expected a speed above 0 and at most 86400 (a day per second), found 1E+300.", fast.reason());
        SimulationFileException fractional = refusedLoad("seed.json", text.replaceFirst("\"seed\" : 1,", "\"seed\" : 1.5,"));
        assertEquals("$.seed", fractional.place());
        SimulationFileException time = refusedLoad("time.json", text.replaceFirst("(\"start\" : \"[^\"]*)Z\"", "$1.Z\""));
        assertEquals("$.start", time.place());
        assertTrue(time.reason().startsWith("expected an RFC 3339 time"), time.reason());

        for (String name : List.of("twice.json", "trailing.json", "fast.json", "seed.json", "time.json")) {
            assertTrue(refusedLoad(name, Files.readString(dir.resolve(name))).reason().endsWith("."), name);
        }
    }

    @Test
    void aFailedSaveLeavesTheExistingFileAsItWas() throws Exception {
        Path file = dir.resolve("state.json");
        demo.save(file);
        byte[] before = Files.readAllBytes(file);
        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked.resolve("state.json"));
        assertThrows(IOException.class, () -> demo.save(blocked.resolve("state.json")));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of("blocked", "state.json"), listing.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void whatSavesCutShortLeftBesideTheFileGoesAtTheNextSaveOrLoadAndNothingElseDoes() throws Exception {
        Path file = dir.resolve("sim.json");
        // A save cut short by a crash leaves its temporary file, made as every save makes it.
        List<Path> leftovers = List.of(Files.createTempFile(dir, ".sim.json", ".tmp"),
                Files.writeString(dir.resolve(".sim.json123.tmp"), "{\"format\": 1, \"orga"));
        List<Path> others = List.of(dir.resolve("sim.json.tmp"), dir.resolve(".sim.json.tmp"),
                dir.resolve(".sim.jsonold.tmp"), dir.resolve(".other.json123.tmp"), dir.resolve(".sim.json123.tmp.bak"),
                dir.resolve("notes.txt"));
        for (Path other : others) {
            Files.writeString(other, "not a leftover");
        }
        Path folder = Files.createDirectory(dir.resolve(".sim.json456.tmp"));
        Path link = Files.createSymbolicLink(dir.resolve(".sim.json789.tmp"), dir.resolve("notes.txt"));

        demo.save(file);
        for (Path leftover : leftovers) {
            assertFalse(Files.exists(leftover), leftover + " was left by a save cut short");
        }
        for (Path kept : Stream.concat(others.stream(), Stream.of(folder, link)).toList()) {
            assertTrue(Files.exists(kept, LinkOption.NOFOLLOW_LINKS), kept + " is not a leftover of a save");
        }

        Path anotherCrash = Files.createTempFile(dir, ".sim.json", ".tmp");
        assertEquals(demo.now(), Simulation.load(file).now());
        assertFalse(Files.exists(anotherCrash), "loading removes them too");
        try (var entries = Files.list(dir)) {
            assertEquals(others.size() + 3, entries.count(), "the file, and what is not a leftover");
        }
    }

    @Test
    void theSameSeedGivesTheSameSavedHistoryAndAnotherSeedAnother() throws Exception {
        Simulation twin = Simulation.demo(1, NOW, Optional.of("admin-secret"), VirtualClock.paused(NOW));
        Simulation other = Simulation.demo(2, NOW, Optional.of("admin-secret"), VirtualClock.paused(NOW));
        demo.save(dir.resolve("a.json"));
        twin.save(dir.resolve("b.json"));
        other.save(dir.resolve("c.json"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")));
        String id = clusters.get("demo-basic").id();
        assertEquals(backups(demo, id), backups(twin, id));
        assertFalse(SimulationAccess.withEngine(other, e -> e.reads().clusters()).equals(SimulationAccess.withEngine(demo, e -> e.reads().clusters())));
    }

    /** Loads a damaged file, which must be refused and left as it was. */
    private SimulationFileException refusedLoad(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        byte[] before = Files.readAllBytes(file);
        SimulationFileException refused = assertThrows(SimulationFileException.class, () -> Simulation.load(file));
        assertArrayEquals(before, Files.readAllBytes(file), name + " was changed");
        return refused;
    }

    private static List<Backup> backups(Simulation simulation, String clusterId) {
        return SimulationAccess.withEngine(simulation, e -> e.reads().backups(clusterId, TimeRange.ALL));
    }

    private static List<Restore> restores(Simulation simulation, String clusterId) {
        return SimulationAccess.withEngine(simulation, e -> e.reads().restores(clusterId));
    }

    private BackupService as(String key) {
        return demo.serviceFor(demo.authenticate(key).orElseThrow());
    }

    private String latest(String clusterName) {
        return SimulationAccess.withEngine(demo, e -> e.reads().backups(clusters.get(clusterName).id(), TimeRange.ALL)).stream()
                .filter(b -> b.isComplete()).findFirst().orElseThrow().id();
    }
}
