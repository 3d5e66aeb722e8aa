package org.backupconsole.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.model.ReplaceCatalog;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.backupconsole.live.LiveBackupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The live client against the local server over loopback HTTP: every endpoint answers what the simulator
 * holds, and every error arrives as the typed failure the app shows.
 */
class LiveClientContractTest {

    private LocalApi api;
    private LiveBackupService admin;
    private BackupService truth;

    @BeforeEach
    void start() throws Exception {
        api = new LocalApi(1_000);
        admin = api.client(LocalApi.ADMIN_KEY);
        truth = api.truth();
    }

    @AfterEach
    void stop() {
        admin.close();
        api.close();
    }

    private Cluster cluster(String name) {
        return truth.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theOrganizationIsNamed() {
        assertEquals("Acme Logistics", admin.organizationName());
    }

    @Test
    void clustersAreListedAndReadAsTheSimulatorHoldsThem() {
        List<Cluster> listed = admin.listClusters();
        assertEquals(truth.listClusters().stream().map(Cluster::id).sorted().toList(),
                listed.stream().map(Cluster::id).sorted().toList());
        Cluster expected = cluster(LocalApi.EMPTY_BASIC);
        Cluster read = admin.getCluster(expected.id());
        assertEquals(expected.name(), read.name());
        assertEquals(expected.plan(), read.plan());
        assertEquals(expected.state(), read.state());
        assertEquals(expected.cloudProvider(), read.cloudProvider());
        assertEquals(expected.regions(), read.regions());
        assertEquals(expected.createdAt(), read.createdAt());
        assertTrue(read.backupRegion().isEmpty(), "the API does not report the backup region");
        for (Cluster each : listed) {
            assertEquals(cluster(each.name()).version(), each.version(), each.name() + "'s cockroach_version");
        }
        assertEquals("v24.3", cluster("demo-upgraded").version().orElseThrow().toString());
    }

    @Test
    void backupsAreTheCompleteOnesNewestFirstWithEstimatedExpiryAndNothingElseReported() {
        String id = cluster(LocalApi.EMPTY_BASIC).id();
        List<Backup> expected = truth.listBackups(id, TimeRange.ALL).stream().filter(Backup::isComplete).toList();
        List<Backup> listed = admin.listBackups(id, TimeRange.ALL);
        assertEquals(expected.stream().map(Backup::id).toList(), listed.stream().map(Backup::id).toList());
        assertEquals(expected.stream().map(Backup::asOfTime).toList(), listed.stream().map(Backup::asOfTime).toList());
        assertTrue(listed.stream().allMatch(b -> b.status().isEmpty() && b.type().isEmpty() && b.expiryEstimated()));
        assertEquals(expected.get(0).expiresAt(), listed.get(0).expiresAt(), "retention is 30 days, as in force");
        assertTrue(admin.backupContents(id).isEmpty());
        assertTrue(admin.incompleteBackups(id).isEmpty());
    }

    @Test
    void aLongListIsPagedByKeysetInEitherOrderAndByDay() {
        String id = cluster("demo-advanced").id();
        List<String> expected = truth.listBackups(id, TimeRange.ALL).stream().filter(Backup::isComplete)
                .map(Backup::id).toList();
        assertTrue(expected.size() > 1_000, "more than two pages of 500: " + expected.size());
        assertEquals(expected, admin.listBackups(id, TimeRange.ALL).stream().map(Backup::id).toList());
        assertEquals(expected.subList(0, 7), admin.listBackups(id, TimeRange.ALL, TimeOrder.NEWEST_FIRST, 7)
                .stream().map(Backup::id).toList());
        List<String> oldestFirst = new ArrayList<>(expected);
        Collections.reverse(oldestFirst);
        assertEquals(oldestFirst.subList(0, 600), admin.listBackups(id, TimeRange.ALL, TimeOrder.OLDEST_FIRST, 600)
                .stream().map(Backup::id).toList());
        Instant dayStart = truth.listBackups(id, TimeRange.ALL).get(100).asOfTime().truncatedTo(ChronoUnit.DAYS);
        TimeRange day = TimeRange.between(dayStart, dayStart.plus(1, ChronoUnit.DAYS));
        assertEquals(truth.listBackups(id, day).stream().filter(Backup::isComplete).map(Backup::id).toList(),
                admin.listBackups(id, day, TimeOrder.NEWEST_FIRST, 500).stream().map(Backup::id).toList());
    }

    @Test
    void aTimeRangeIsStartInclusiveEndExclusive() {
        String id = cluster(LocalApi.EMPTY_BASIC).id();
        List<Backup> all = admin.listBackups(id, TimeRange.ALL);
        Instant newest = all.get(0).asOfTime();
        Instant third = all.get(2).asOfTime();
        List<Backup> window = admin.listBackups(id, TimeRange.between(third, newest));
        assertEquals(List.of(all.get(1).id(), all.get(2).id()), window.stream().map(Backup::id).toList());
        List<Backup> fromThird = admin.listBackups(id, new TimeRange(Optional.of(third), Optional.empty()));
        assertEquals(3, fromThird.size());
    }

    @Test
    void backupSettingsAreReadAndChangedUnderTheServiceRules() {
        String id = cluster(LocalApi.EMPTY_STANDARD).id();
        assertEquals(new BackupSettings(true, 60, 30), admin.getBackupSettings(id));
        BackupSettings changed = admin.updateBackupSettings(id, new BackupSettingsUpdate(Optional.empty(),
                Optional.of(240), Optional.of(7)));
        assertEquals(new BackupSettings(true, 240, 7), changed);
        assertEquals(changed, truth.getBackupSettings(id));

        BackendException once = assertThrows(BackendException.class, () -> admin.updateBackupSettings(id,
                new BackupSettingsUpdate(Optional.empty(), Optional.empty(), Optional.of(90))));
        assertEquals(FailureReason.INVALID_ARGUMENT, once.reason());
        assertEquals("cluster already has a retention policy set, open a support ticket to change it.",
                once.getMessage());

        BackendException frequency = assertThrows(BackendException.class, () -> admin.updateBackupSettings(id,
                new BackupSettingsUpdate(Optional.empty(), Optional.of(45), Optional.empty())));
        assertEquals("frequency_minutes must be one of [5, 10, 15, 30, 60, 240, 1440].", frequency.getMessage());
        assertEquals(changed, truth.getBackupSettings(id), "a refused change changes nothing");
    }

    @Test
    void aRestoreRunsToSuccessAndIsListed() {
        Cluster payments = cluster(LocalApi.EMPTY_BASIC);
        Backup latest = admin.listBackups(payments.id(), TimeRange.ALL).get(0);
        Restore started = admin.createRestore(RestoreRequest.cluster(payments.id(), payments.id(), latest.id()));
        assertEquals(RestoreStatus.PENDING, started.status());
        assertEquals(latest.id(), started.backupId());
        assertEquals(LocalApi.EMPTY_BASIC, started.sourceClusterName());
        assertEquals(latest.asOfTime(), started.backupEndTime());
        assertEquals(RestoreType.CLUSTER, started.type());

        api.clock.advance(Duration.ofHours(2));
        Restore finished = admin.getRestore(payments.id(), started.id());
        assertEquals(RestoreStatus.SUCCESS, finished.status());
        assertTrue(finished.isSettled());
        assertEquals(1.0, finished.completion());
        assertTrue(finished.crdbJobId().isPresent());
        assertEquals(List.of(started.id()), admin.listRestores(payments.id()).stream().map(Restore::id).toList());
    }

    @Test
    void aRestoreWithoutABackupIdTakesTheLatest() {
        Cluster payments = cluster(LocalApi.EMPTY_BASIC);
        Backup latest = admin.listBackups(payments.id(), TimeRange.ALL).get(0);
        Restore started = admin.createRestore(new RestoreRequest(payments.id(), RestoreType.CLUSTER,
                Optional.empty(), Optional.empty(), List.of(), RestoreOptions.NONE));
        assertEquals(latest.id(), started.backupId());
    }

    @Test
    void aSecondRestoreIntoABusyClusterIsRefusedAsAPrecondition() {
        Cluster payments = cluster(LocalApi.EMPTY_BASIC);
        Backup latest = admin.listBackups(payments.id(), TimeRange.ALL).get(0);
        admin.createRestore(RestoreRequest.cluster(payments.id(), payments.id(), latest.id()));
        BackendException busy = assertThrows(BackendException.class,
                () -> admin.createRestore(RestoreRequest.cluster(payments.id(), payments.id(), latest.id())));
        assertEquals(FailureReason.FAILED_PRECONDITION, busy.reason());
        assertEquals(1, truth.listRestores(payments.id()).size(), "the refused request started nothing");
    }

    @Test
    void aWrongKeyIsUnauthenticated() {
        try (LiveBackupService stranger = api.client("CCDB1_notAKeyOfThisOrganization")) {
            BackendException e = assertThrows(BackendException.class, stranger::listClusters);
            assertEquals(FailureReason.UNAUTHENTICATED, e.reason());
        }
    }

    @Test
    void aDeveloperSeesClustersButNeitherBackupsNorRestores() {
        Cluster payments = cluster(LocalApi.EMPTY_BASIC);
        Backup latest = admin.listBackups(payments.id(), TimeRange.ALL).get(0);
        try (LiveBackupService developer = api.client(DemoOrganization.DEVELOPER_KEY)) {
            assertEquals(payments.name(), developer.getCluster(payments.id()).name());
            List<Executable> backupCalls = List.of(
                    () -> developer.listBackups(payments.id(), TimeRange.ALL),
                    () -> developer.getBackupSettings(payments.id()),
                    () -> developer.listRestores(payments.id()),
                    () -> developer.createRestore(RestoreRequest.cluster(payments.id(), payments.id(), latest.id())));
            for (Executable call : backupCalls) {
                BackendException e = assertThrows(BackendException.class, call);
                assertEquals(FailureReason.PERMISSION_DENIED, e.reason());
                assertTrue(e.getMessage().contains("Cluster Admin or Cluster Operator"), e.getMessage());
            }
        }
        assertTrue(truth.listRestores(payments.id()).isEmpty());
    }

    @Test
    void anOperatorMayRestore() {
        Cluster payments = cluster(LocalApi.EMPTY_BASIC);
        try (LiveBackupService operator = api.client(DemoOrganization.OPERATOR_KEY)) {
            Backup latest = operator.listBackups(payments.id(), TimeRange.ALL).get(0);
            assertEquals(RestoreStatus.PENDING,
                    operator.createRestore(RestoreRequest.cluster(payments.id(), payments.id(), latest.id())).status());
        }
    }

    @Test
    void unknownClustersAndRestoresAreNotFound() {
        BackendException cluster = assertThrows(BackendException.class, () -> admin.getCluster("no-such-cluster"));
        assertEquals(FailureReason.NOT_FOUND, cluster.reason());
        assertEquals("Cluster no-such-cluster was not found.", cluster.getMessage());
        String id = cluster(LocalApi.EMPTY_BASIC).id();
        assertEquals(FailureReason.NOT_FOUND,
                assertThrows(BackendException.class, () -> admin.getRestore(id, "no-such-restore")).reason());
        assertEquals(FailureReason.NOT_FOUND,
                assertThrows(BackendException.class, () -> admin.listBackups("no-such-cluster", TimeRange.ALL)).reason());
    }

    @Test
    void aBasicClusterScheduleCannotBeChanged() {
        String id = cluster(LocalApi.BASIC).id();
        BackendException e = assertThrows(BackendException.class, () -> admin.updateBackupSettings(id,
                BackupSettingsUpdate.of(new BackupSettings(true, 60, 30))));
        assertEquals(FailureReason.INVALID_ARGUMENT, e.reason());
        assertTrue(e.getMessage().contains("cannot be changed"), e.getMessage());
    }

    @Test
    void databasesAreListedByNameAsTheSimulatorHoldsThem() {
        String standard = cluster("demo-standard").id();
        List<DatabaseSummary> listed = admin.listDatabases(standard);
        assertEquals(List.of(new DatabaseSummary("inventory", 3), new DatabaseSummary("orders", 3)), listed);
        assertEquals(truth.listDatabases(standard), listed);
        assertTrue(admin.clusterContents(standard).isEmpty(), "the API reports table counts only");
    }

    @Test
    void aLongListIsFollowedAcrossSeveralPages() {
        String sandbox = cluster(LocalApi.EMPTY_BASIC).id();
        List<String> names = IntStream.range(0, 1_201).mapToObj(i -> String.format("db%04d", 1_200 - i)).toList();
        SimulationAccess.withEngine(api.simulation, e -> e.run(new ReplaceCatalog(sandbox, catalogOf(names))));
        List<DatabaseSummary> listed = admin.listDatabases(sandbox);
        assertEquals(names.stream().sorted().toList(), listed.stream().map(DatabaseSummary::name).toList(),
                "1,201 databases are three pages of 500 at most, read in name order");
        assertTrue(listed.stream().allMatch(d -> d.tableCount() == 1));
    }

    @Test
    void droppingEveryDatabaseEmptiesATargetSoThatAClusterRestoreIntoItSucceeds() {
        Cluster basic = cluster(LocalApi.BASIC);
        Backup latest = admin.listBackups(basic.id(), TimeRange.ALL).get(0);
        for (DatabaseSummary database : admin.listDatabases(basic.id())) {
            admin.deleteDatabase(basic.id(), database.name());
        }
        assertEquals(List.of(), admin.listDatabases(basic.id()));
        assertTrue(api.simulation.catalog(basic.id()).isEmpty());

        Restore started = admin.createRestore(RestoreRequest.cluster(basic.id(), basic.id(), latest.id()));
        api.clock.advance(Duration.ofHours(3));
        assertEquals(RestoreStatus.SUCCESS, admin.getRestore(basic.id(), started.id()).status());
        assertEquals(List.of("orders", "payments"),
                admin.listDatabases(basic.id()).stream().map(DatabaseSummary::name).toList());
    }

    @Test
    void aDeveloperKeyListsDatabasesButCannotDropThem() {
        String basic = cluster(LocalApi.BASIC).id();
        try (LiveBackupService developer = api.client(DemoOrganization.DEVELOPER_KEY)) {
            assertEquals(truth.listDatabases(basic), developer.listDatabases(basic));
            BackendException denied = assertThrows(BackendException.class, () -> developer.deleteDatabase(basic, "orders"));
            assertEquals(FailureReason.PERMISSION_DENIED, denied.reason());
            assertTrue(denied.getMessage().contains("Cluster Admin or Cluster Operator"), denied.getMessage());
        }
        assertEquals(2, truth.listDatabases(basic).size(), "nothing was dropped");
        try (LiveBackupService operator = api.client(DemoOrganization.OPERATOR_KEY)) {
            operator.deleteDatabase(basic, "orders");
        }
        assertEquals(List.of(new DatabaseSummary("payments", 3)), truth.listDatabases(basic));
    }

    @Test
    void unknownDatabasesAndClustersAreNotFoundAndALockedClusterIsAPrecondition() {
        Cluster basic = cluster(LocalApi.BASIC);
        BackendException database = assertThrows(BackendException.class, () -> admin.deleteDatabase(basic.id(), "nope"));
        assertEquals(FailureReason.NOT_FOUND, database.reason());
        assertTrue(database.getMessage().contains("no database named nope"), database.getMessage());
        assertEquals(FailureReason.NOT_FOUND,
                assertThrows(BackendException.class, () -> admin.listDatabases("no-such-cluster")).reason());
        assertEquals(FailureReason.NOT_FOUND,
                assertThrows(BackendException.class, () -> admin.deleteDatabase("no-such-cluster", "orders")).reason());

        Backup latest = admin.listBackups(basic.id(), TimeRange.ALL).get(0);
        admin.createRestore(RestoreRequest.cluster(basic.id(), basic.id(), latest.id()));
        BackendException locked = assertThrows(BackendException.class, () -> admin.deleteDatabase(basic.id(), "orders"));
        assertEquals(FailureReason.FAILED_PRECONDITION, locked.reason());
        assertTrue(locked.getMessage().contains("a running restore locks it"), locked.getMessage());
        assertEquals(2, api.simulation.catalog(basic.id()).databases().size());
    }

    @Test
    void databaseNamesTravelPercentEncodedInThePath() {
        String sandbox = cluster(LocalApi.EMPTY_BASIC).id();
        List<String> names = List.of("a/b", "with space", "100%", "c++", "ünïcödé", "what?#now", "semi;colon", "..x");
        SimulationAccess.withEngine(api.simulation, e -> e.run(new ReplaceCatalog(sandbox, catalogOf(names))));
        assertEquals(names.stream().sorted().toList(),
                admin.listDatabases(sandbox).stream().map(DatabaseSummary::name).toList());
        List<String> left = new java.util.ArrayList<>(names);
        for (String name : names) {
            admin.deleteDatabase(sandbox, name);
            left.remove(name);
            assertEquals(left, api.simulation.catalog(sandbox).databases().stream().map(Catalog.Database::name).toList(),
                    "exactly " + name + " was dropped");
        }
    }

    @Test
    void aDatabaseNamedDotCannotBeNamedInAPathAndIsRefusedBeforeSending() {
        String sandbox = cluster(LocalApi.EMPTY_BASIC).id();
        SimulationAccess.withEngine(api.simulation, e -> e.run(new ReplaceCatalog(sandbox, catalogOf(List.of(".", "..")))));
        for (String name : List.of(".", "..")) {
            BackendException e = assertThrows(BackendException.class, () -> admin.deleteDatabase(sandbox, name));
            assertEquals(FailureReason.INVALID_ARGUMENT, e.reason());
            assertTrue(e.getMessage().contains("DROP DATABASE"), e.getMessage());
        }
        assertEquals(2, api.simulation.catalog(sandbox).databases().size());
    }

    private static Catalog catalogOf(List<String> databaseNames) {
        return new Catalog(databaseNames.stream().map(name -> new Catalog.Database(name,
                List.of(new Catalog.Schema("public", List.of(new Catalog.Table("t", 1_024)))))).toList());
    }

    @Test
    void theClientWaitsOutTheRateLimitAndSucceeds() throws Exception {
        api.close();
        api = new LocalApi(CloudApiServer.REQUESTS_PER_SECOND);
        try (LiveBackupService client = api.client(LocalApi.ADMIN_KEY)) {
            String id = client.listClusters().get(0).id();
            long start = System.nanoTime();
            for (int i = 0; i < 12; i++) {
                assertFalse(client.getBackupSettings(id).frequencyMinutes() == 0);
            }
            assertTrue(System.nanoTime() - start >= 900_000_000L, "13 requests cannot pass in under a second");
        }
    }
}
