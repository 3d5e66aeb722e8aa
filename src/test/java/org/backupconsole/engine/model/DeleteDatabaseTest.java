package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.file.SimulationFileException;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target pre-check on the simulator: ListDatabases and DeleteDatabase with the roles the spec gives them
 * (CockroachCloud_ListDatabases: Cluster Admin, Operator, Developer; CockroachCloud_DeleteDatabase: Cluster
 * Admin, Operator), on ready clusters only, and a drop that is a logged command replayed from a saved state.
 */
class DeleteDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    @TempDir
    Path dir;

    private final Simulation demo = Simulation.demo(1, NOW, Optional.of("admin-secret"), VirtualClock.paused(NOW));
    private final Map<String, Cluster> clusters = demo.clusters().stream()
            .collect(Collectors.toMap(Cluster::name, Function.identity()));

    private String id(String name) {
        return clusters.get(name).id();
    }

    private BackupService as(String key) {
        return demo.serviceFor(demo.authenticate(key).orElseThrow());
    }

    private int logged() {
        return SimulationAccess.withEngine(demo, e -> e.log().size());
    }

    @Test
    void databasesAreListedByNameWithTheirTableCounts() {
        BackupService operator = as(DemoOrganization.OPERATOR_KEY);
        assertEquals(List.of(new DatabaseSummary("inventory", 3), new DatabaseSummary("orders", 3)),
                operator.listDatabases(id("demo-standard")), "the catalog holds orders first; the list is by name");
        assertEquals(List.of(), operator.listDatabases(id("sandbox-basic")));
        assertEquals(Optional.of(demo.catalog(id("demo-standard"))), operator.clusterContents(id("demo-standard")));
    }

    @Test
    void anOperatorDropsOneDatabaseAndBackupsKeepWhatTheyCaptured() {
        String basic = id("demo-basic");
        Backup newest = demo.backups(basic).get(0);
        int before = logged();

        as(DemoOrganization.OPERATOR_KEY).deleteDatabase(basic, "orders");

        assertEquals(List.of("payments"), names(demo.catalog(basic)));
        assertEquals(List.of("orders", "payments"), names(demo.backupContents(basic, newest.id())));
        assertEquals(before + 1, logged());
        assertEquals(new DeleteDatabase(demo.authenticate(DemoOrganization.OPERATOR_KEY).orElseThrow().id(),
                basic, "orders"), SimulationAccess.withEngine(demo, e -> e.log().get(before).command()));
    }

    @Test
    void aDeveloperMayListButNotDrop() {
        String basic = id("demo-basic");
        BackupService developer = as(DemoOrganization.DEVELOPER_KEY);
        assertEquals(List.of("orders", "payments"), developer.listDatabases(basic).stream().map(DatabaseSummary::name).toList());
        assertRefusedUnchanged(FailureReason.PERMISSION_DENIED, "Cluster Admin or Cluster Operator",
                () -> developer.deleteDatabase(basic, "orders"));
    }

    @Test
    void aRoleOnOneClusterListsAndDropsOnThatClusterOnly() {
        String basic = id("demo-basic");
        String advanced = id("demo-advanced");
        SimulationAccess.withEngine(demo, e -> e.run(AddPrincipal.serviceAccount("advanced-reader", Optional.of("CCDB1_advancedReaderKey"),
                List.of(RoleBinding.cluster(Role.CLUSTER_DEVELOPER, advanced)))));
        BackupService reader = as("CCDB1_advancedReaderKey");
        assertEquals(4, reader.listDatabases(advanced).size());
        BackendException list = assertThrows(BackendException.class, () -> reader.listDatabases(basic));
        assertEquals(FailureReason.PERMISSION_DENIED, list.reason());
        assertTrue(list.getMessage().contains("Cluster Admin, Cluster Operator or Cluster Developer"), list.getMessage());
        assertEquals(FailureReason.PERMISSION_DENIED,
                assertThrows(BackendException.class, () -> reader.clusterContents(basic)).reason());

        BackupService drRunner = as(DemoOrganization.ADVANCED_OPERATOR_KEY);
        assertRefusedUnchanged(FailureReason.PERMISSION_DENIED, "may not drop databases of demo-basic",
                () -> drRunner.deleteDatabase(basic, "orders"));
        drRunner.deleteDatabase(advanced, "shipping");
        assertEquals(List.of("orders", "payments", "inventory"), names(demo.catalog(advanced)));
    }

    @Test
    void anUnknownDatabaseOrClusterIsNotFound() {
        BackupService operator = as(DemoOrganization.OPERATOR_KEY);
        assertRefusedUnchanged(FailureReason.NOT_FOUND, "no database named nope",
                () -> operator.deleteDatabase(id("demo-basic"), "nope"));
        assertRefusedUnchanged(FailureReason.NOT_FOUND, "Cluster no-such-cluster was not found",
                () -> operator.deleteDatabase("no-such-cluster", "orders"));
        assertEquals(FailureReason.NOT_FOUND,
                assertThrows(BackendException.class, () -> operator.listDatabases("no-such-cluster")).reason());
    }

    @Test
    void aClusterLockedByARestoreIsAFailedPrecondition() {
        String basic = id("demo-basic");
        BackupService operator = as(DemoOrganization.OPERATOR_KEY);
        operator.createRestore(RestoreRequest.cluster(basic, basic, demo.backups(basic).get(0).id()));
        assertRefusedUnchanged(FailureReason.FAILED_PRECONDITION, "a running restore locks it",
                () -> operator.deleteDatabase(basic, "orders"));
        assertEquals(FailureReason.FAILED_PRECONDITION,
                assertThrows(BackendException.class, () -> operator.listDatabases(basic)).reason());
    }

    @Test
    void aClusterStillBeingCreatedOrDeletedIsAFailedPrecondition() {
        BackupService operator = as(DemoOrganization.OPERATOR_KEY);
        String fresh = SimulationAccess.withEngine(demo, e -> e.run(new CreateCluster("fresh", Plan.BASIC, CloudProvider.GCP, List.of("us-east1"),
                EngineFixture.catalog("orders", EngineFixture.GIB)))).id();
        assertRefusedUnchanged(FailureReason.FAILED_PRECONDITION, "still being created",
                () -> operator.deleteDatabase(fresh, "orders"));
        assertRefusedUnchanged(FailureReason.FAILED_PRECONDITION, "is deleted",
                () -> operator.deleteDatabase(id("legacy-reports"), "reporting"));
        assertEquals(FailureReason.FAILED_PRECONDITION,
                assertThrows(BackendException.class, () -> operator.listDatabases(id("legacy-reports"))).reason());

        demo.clock().advance(CreateCluster.PROVISIONING);
        operator.deleteDatabase(fresh, "orders");
        assertTrue(demo.catalog(fresh).isEmpty(), "once ready, the drop is made");
    }

    @Test
    void aDropIsReplayedFromTheSavedStateAndTheCopyIsSavedAlike() throws Exception {
        demo.clock().advance(Duration.ofHours(2));
        as(DemoOrganization.OPERATOR_KEY).deleteDatabase(id("demo-advanced"), "payments");
        demo.clock().advance(Duration.ofHours(2));
        Path first = dir.resolve("state.json");
        demo.save(first);

        Simulation loaded = Simulation.load(first);
        String advanced = id("demo-advanced");
        assertEquals(List.of("orders", "shipping", "inventory"), names(loaded.catalog(advanced)));
        Backup newest = loaded.backups(advanced).stream().filter(Backup::isComplete).findFirst().orElseThrow();
        assertEquals(List.of("orders", "shipping", "inventory"), names(loaded.backupContents(advanced, newest.id())),
                "a backup taken after the replayed drop captured it");
        Path second = dir.resolve("again.json");
        loaded.save(second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void aSavedDropThatNoLongerFitsIsRefusedWithItsPlace() throws Exception {
        as(DemoOrganization.OPERATOR_KEY).deleteDatabase(id("demo-basic"), "orders");
        Path file = dir.resolve("state.json");
        demo.save(file);
        String text = Files.readString(file);
        String edited = text.replaceFirst("(\"op\" : \"deleteDatabase\",[^}]*\"database\" : )\"orders\"", "$1\"nope\"");
        assertNotEquals(text, edited, "the saved drop names its database");
        Files.writeString(file, edited);

        SimulationFileException refused = assertThrows(SimulationFileException.class, () -> Simulation.load(file));
        assertTrue(refused.place().matches("\\$\\.commands\\[\\d+]"), refused.place());
        assertTrue(refused.reason().contains("no database named nope"), refused.reason());
    }

    private void assertRefusedUnchanged(FailureReason reason, String message, Executable call) {
        Map<String, Catalog> before = catalogs();
        int log = logged();
        BackendException refused = assertThrows(BackendException.class, call);
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
        assertEquals(before, catalogs(), "a refused drop changes nothing");
        assertEquals(log, logged(), "a refused drop is not logged");
    }

    private Map<String, Catalog> catalogs() {
        return demo.clusters().stream().collect(Collectors.toMap(Cluster::id, c -> demo.catalog(c.id())));
    }

    private static List<String> names(Catalog catalog) {
        return catalog.databases().stream().map(Catalog.Database::name).toList();
    }
}
