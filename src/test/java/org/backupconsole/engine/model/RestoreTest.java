package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.domain.RestoreType;
import org.junit.jupiter.api.Test;

/** Restore validation and course: DESIGN rule 7, cloud-api.md §3.6 and §6. */
class RestoreTest {

    private static final Catalog ORDERS = EngineFixture.catalog("orders", 20 * EngineFixture.GIB);

    private final EngineFixture fx = new EngineFixture();
    private final Cluster source = fx.ready("source", Plan.STANDARD, ORDERS);
    private final Cluster empty = fx.ready("empty", Plan.STANDARD, Catalog.EMPTY);
    private final Cluster advanced = fx.ready("adv", Plan.ADVANCED, ORDERS);

    RestoreTest() {
        fx.advance(Duration.ofHours(3));
    }

    @Test
    void aClusterRestoreIntoAnotherSamePlanClusterLocksItRisesToSuccessAndReplacesItsCatalog() {
        Backup backup = fx.newestComplete(source);
        Restore started = restore(RestoreRequest.cluster(empty.id(), source.id(), backup.id()));
        assertEquals(RestoreStatus.PENDING, started.status());
        assertEquals(0.0, started.completion());
        assertEquals(ClusterState.LOCKED, fx.engine.reads().cluster(empty.id()).state());

        fx.advance(RestoreCourse.PREPARATION.plusMinutes(4));
        Restore running = poll(started);
        assertTrue(running.completion() > 0 && running.completion() < 1, "completion " + running.completion());
        assertTrue(running.crdbJobId().isPresent(), "crdb_job_id is set while running");

        Restore done = untilStatusChanges(started);
        assertEquals(RestoreStatus.SUCCESS, done.status());
        assertEquals(1.0, done.completion());
        assertTrue(done.completedAt().isEmpty(), "completed_at comes a little after SUCCESS");
        assertEquals(ClusterState.CREATED, fx.engine.reads().cluster(empty.id()).state());
        assertEquals(ORDERS, fx.engine.reads().catalog(empty.id()));
        fx.advance(RestoreCourse.COMPLETION_LAG);
        assertTrue(poll(started).completedAt().isPresent());
        assertTrue(poll(started).isSettled());
    }

    @Test
    void aLargerRestoreTakesLonger() {
        Cluster small = fx.ready("small", Plan.STANDARD, EngineFixture.catalog("tiny", EngineFixture.GIB));
        Cluster target = fx.ready("target", Plan.STANDARD, Catalog.EMPTY);
        fx.advance(Duration.ofHours(2));
        Restore big = restore(RestoreRequest.cluster(empty.id(), source.id(), fx.newestComplete(source).id()));
        Restore little = restore(RestoreRequest.cluster(target.id(), small.id(), fx.newestComplete(small).id()));
        fx.advance(Duration.ofMinutes(5));
        assertTrue(poll(little).completion() > poll(big).completion());
    }

    @Test
    void aClusterRestoreIntoANonEmptyClusterFails() {
        Restore started = restore(new RestoreRequest(source.id(), RestoreType.CLUSTER, Optional.empty(), Optional.empty(),
                List.of(), RestoreOptions.NONE));
        Restore failed = untilStatusChanges(started);
        assertEquals(RestoreStatus.FAILED, failed.status());
        assertEquals(RestoreCourse.FAILED_PRECONDITION, failed.failure().orElseThrow().code());
        assertTrue(failed.failure().orElseThrow().message().contains("needs an empty destination"));
        assertEquals(ORDERS, fx.engine.reads().catalog(source.id()), "the destination is untouched");
        assertEquals(ClusterState.CREATED, fx.engine.reads().cluster(source.id()).state());
    }

    @Test
    void aSecondRestoreIntoALockedClusterIsRefused() {
        restore(RestoreRequest.cluster(empty.id(), source.id(), fx.newestComplete(source).id()));
        BackendException error = assertThrows(BackendException.class,
                () -> restore(RestoreRequest.cluster(empty.id(), source.id(), fx.newestComplete(source).id())));
        assertEquals(FailureReason.FAILED_PRECONDITION, error.reason());
        assertTrue(error.getMessage().contains("already running"));
        assertEquals(1, fx.engine.reads().restores(empty.id()).size());
    }

    @Test
    void basicAndStandardRestoreWholeClustersIntoTheSamePlanOnly() {
        BackendException partial = assertThrows(BackendException.class, () -> restore(new RestoreRequest(empty.id(),
                RestoreType.DATABASE, Optional.of(source.id()), Optional.empty(), List.of(RestoreItem.database("orders")),
                RestoreOptions.NONE)));
        assertTrue(partial.getMessage().contains("only be restored at the cluster level"));
        Cluster emptyAdvanced = fx.ready("adv-empty", Plan.ADVANCED, Catalog.EMPTY);
        BackendException otherPlan = assertThrows(BackendException.class,
                () -> restore(RestoreRequest.cluster(emptyAdvanced.id(), source.id(), fx.newestComplete(source).id())));
        assertTrue(otherPlan.getMessage().contains("same plan"));
    }

    @Test
    void theBackupMustExistBeCompleteAndBelongToTheSource() {
        assertEquals(FailureReason.NOT_FOUND, refused(RestoreRequest.cluster(empty.id(), source.id(), "no-such-backup")).reason());
        assertTrue(refused(RestoreRequest.cluster(empty.id(), advanced.id(), fx.newestComplete(source).id()))
                .getMessage().contains("does not belong"));
        fx.engine.advanceTo(fx.newest(source).asOfTime().plus(Duration.ofHours(1)).plusSeconds(1));
        Backup running = fx.newest(source);
        assertEquals(FailureReason.FAILED_PRECONDITION,
                refused(RestoreRequest.cluster(empty.id(), source.id(), running.id())).reason());
    }

    @Test
    void withoutABackupIdTheLatestCompleteBackupOfTheLastSevenDaysIsUsed() {
        fx.advance(Duration.ofMinutes(30));
        Backup latest = fx.newestComplete(source);
        Restore started = restore(new RestoreRequest(empty.id(), RestoreType.CLUSTER, Optional.of(source.id()),
                Optional.empty(), List.of(), RestoreOptions.NONE));
        assertEquals(latest.id(), started.backupId());

        fx.engine.run(new UpdateSettings(fx.admin.id(), source.id(), new BackupSettingsUpdate(
                Optional.of(false), Optional.empty(), Optional.empty())));
        fx.advance(Duration.ofDays(8));
        Cluster other = fx.ready("other", Plan.STANDARD, Catalog.EMPTY);
        BackendException none = refused(new RestoreRequest(other.id(), RestoreType.CLUSTER, Optional.of(source.id()),
                Optional.empty(), List.of(), RestoreOptions.NONE));
        assertTrue(none.getMessage().contains("no complete backup from the last 7 days"), none.getMessage());
    }

    @Test
    void advancedRestoresADatabaseUnderANewNameAndATableIntoAnotherDatabase() {
        Backup backup = fx.newestComplete(advanced);
        RestoreOptions renamed = new RestoreOptions(Optional.of("orders_copy"), Optional.empty(), false, false, false, false, false);
        untilStatusChanges(restore(new RestoreRequest(advanced.id(), RestoreType.DATABASE, Optional.empty(),
                Optional.of(backup.id()), List.of(RestoreItem.database("orders")), renamed)));
        assertTrue(CatalogEdits.database(fx.engine.reads().catalog(advanced.id()), "orders_copy").isPresent());

        fx.engine.run(new ReplaceCatalog(advanced.id(), new Catalog(List.of(new Catalog.Database("scratch", List.of())))));
        RestoreOptions into = new RestoreOptions(Optional.empty(), Optional.of("scratch"), true, false, false, false, false);
        Restore table = untilStatusChanges(restore(new RestoreRequest(advanced.id(), RestoreType.TABLE, Optional.empty(),
                Optional.of(backup.id()), List.of(RestoreItem.table("orders", "public", "orders_main")), into)));
        assertEquals(RestoreStatus.SUCCESS, table.status());
        Catalog.Table restored = CatalogEdits.table(fx.engine.reads().catalog(advanced.id()),
                RestoreItem.table("scratch", "public", "orders_main")).orElseThrow();
        assertEquals(0, restored.sizeBytes(), "schema_only restores no data");
    }

    @Test
    void aDatabaseRestoreOverAnExistingDatabaseFailsAndObjectsMustBeInTheBackup() {
        Backup backup = fx.newestComplete(advanced);
        Restore clash = untilStatusChanges(restore(new RestoreRequest(advanced.id(), RestoreType.DATABASE, Optional.empty(),
                Optional.of(backup.id()), List.of(RestoreItem.database("orders")), RestoreOptions.NONE)));
        assertEquals(RestoreStatus.FAILED, clash.status());
        assertTrue(clash.failure().orElseThrow().message().contains("already exists"));

        assertTrue(refused(new RestoreRequest(advanced.id(), RestoreType.DATABASE, Optional.empty(), Optional.of(backup.id()),
                List.of(RestoreItem.database("ghost")), RestoreOptions.NONE)).getMessage().contains("holds no database ghost"));
    }

    @Test
    void anAdvancedRestoreIntoFewerRegionsNeedsSkipLocalitiesCheck() {
        Cluster narrow = fx.engine.run(new CreateCluster("narrow", Plan.ADVANCED, CloudProvider.GCP,
                List.of("us-east1"), Catalog.EMPTY));
        fx.advance(CreateCluster.ADVANCED_PROVISIONING);
        Backup backup = fx.newestComplete(advanced);
        Restore refused = untilStatusChanges(restore(RestoreRequest.cluster(narrow.id(), advanced.id(), backup.id())));
        assertTrue(refused.failure().orElseThrow().message().contains("skip_localities_check"));

        RestoreOptions skip = new RestoreOptions(Optional.empty(), Optional.empty(), false, true, false, false, false);
        Restore done = untilStatusChanges(restore(new RestoreRequest(narrow.id(), RestoreType.CLUSTER,
                Optional.of(advanced.id()), Optional.of(backup.id()), List.of(), skip)));
        assertEquals(RestoreStatus.SUCCESS, done.status());
    }

    @Test
    void aRestoreFromADeletedClusterNeedsSupport() {
        Backup backup = fx.newestComplete(source);
        fx.engine.run(new DeleteCluster(source.id()));
        BackendException error = refused(RestoreRequest.cluster(empty.id(), source.id(), backup.id()));
        assertTrue(error.getMessage().contains("Contact support"), error.getMessage());
    }

    @Test
    void aFaultRuleFailsTheNextRestoreWithItsCodeAndMessage() {
        fx.engine.run(new AddFaultRule(FaultRule.next(FaultRule.Target.RESTORE, Optional.empty(), 1, 13, "internal error")));
        Restore failed = untilStatusChanges(restore(RestoreRequest.cluster(empty.id(), source.id(),
                fx.newestComplete(source).id())));
        assertEquals(RestoreStatus.FAILED, failed.status());
        assertEquals(13, failed.failure().orElseThrow().code());
        assertTrue(failed.completion() > 0 && failed.completion() < 1);
        assertTrue(failed.completedAt().isPresent());
        assertTrue(fx.engine.reads().catalog(empty.id()).isEmpty());
    }

    /** CockroachDB docs, "Restoring Backups Across Versions": the same major version or the next one. */
    @Test
    void aBackupRestoresIntoTheSameOrTheNextMajorVersionSkippingAnInnovationRelease() {
        Cluster older = fx.engine.run(new CreateCluster("older", Plan.STANDARD, CloudProvider.GCP, List.of("us-east1"),
                Catalog.EMPTY, CockroachVersion.parse("v24.3")));
        Cluster newer = fx.engine.run(new CreateCluster("newer", Plan.STANDARD, CloudProvider.GCP, List.of("us-east1"),
                ORDERS, CockroachVersion.parse("v25.4")));
        Cluster tooNew = fx.engine.run(new CreateCluster("too-new", Plan.STANDARD, CloudProvider.GCP, List.of("us-east1"),
                Catalog.EMPTY, CockroachVersion.parse("v26.2")));
        fx.advance(Duration.ofHours(3));

        BackendException error = refused(RestoreRequest.cluster(older.id(), source.id(), fx.newestComplete(source).id()));
        assertEquals(FailureReason.INVALID_ARGUMENT, error.reason());
        assertEquals("older runs CockroachDB v24.3, older than v25.2 of source, where the backup was taken; a backup "
                + "restores only into the same major version or the next one, where an innovation release may be "
                + "skipped. Choose a cluster on v25.2, v25.3 or v25.4.", error.getMessage());
        BackendException skipped = refused(RestoreRequest.cluster(tooNew.id(), source.id(),
                fx.newestComplete(source).id()));
        assertEquals(FailureReason.INVALID_ARGUMENT, skipped.reason());
        assertEquals("too-new runs CockroachDB v26.2, too far past v25.2 of source, where the backup was taken; a "
                + "backup restores only into the same major version or the next one, where an innovation release may "
                + "be skipped. Choose a cluster on v25.2, v25.3 or v25.4.", skipped.getMessage());
        assertEquals(ClusterState.CREATED, fx.engine.reads().cluster(tooNew.id()).state(), "the refused target is untouched");
        assertEquals(ClusterState.CREATED, fx.engine.reads().cluster(older.id()).state(), "the refused target is untouched");

        assertEquals(RestoreStatus.PENDING,
                restore(RestoreRequest.cluster(empty.id(), older.id(), fx.newestComplete(older).id())).status(),
                "a v24.3 backup goes into v25.2, skipping the v25.1 innovation release");
        assertEquals(CockroachVersion.parse("v25.4"), fx.engine.reads().cluster(newer.id()).version().orElseThrow());
    }

    private Restore restore(RestoreRequest request) {
        return fx.engine.run(new StartRestore(fx.admin.id(), request));
    }

    private BackendException refused(RestoreRequest request) {
        int logged = fx.engine.log().size();
        BackendException error = assertThrows(BackendException.class, () -> restore(request));
        assertEquals(logged, fx.engine.log().size(), "a refused restore leaves no trace");
        return error;
    }

    private Restore poll(Restore restore) {
        return fx.engine.reads().restore(restore.destinationClusterId(), restore.id());
    }

    private Restore untilStatusChanges(Restore restore) {
        for (int seconds = 0; seconds < 24 * 3600; seconds++) {
            Restore now = poll(restore);
            if (now.status() != RestoreStatus.PENDING) {
                return now;
            }
            fx.advance(Duration.ofSeconds(1));
        }
        throw new AssertionError("the restore never ended");
    }
}
