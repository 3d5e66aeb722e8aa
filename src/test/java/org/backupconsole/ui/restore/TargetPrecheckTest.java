package org.backupconsole.ui.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.TargetContents;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.model.ReplaceCatalog;
import org.backupconsole.testing.Catalogs;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.restore.EmptyClusterViewModel.DropState;
import org.junit.jupiter.api.Test;

/**
 * The Restore dialog checks what the target holds before Restore can be enabled, refuses what the service would
 * fail, and offers emptying a cluster as a separate step that drops each database exactly once.
 */
class TargetPrecheckTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private final FailingBackupService recording = new FailingBackupService(simulator);

    @Test
    void aClusterRestoreIntoANonEmptyTargetIsRefusedAndSaysWhatTheTargetHolds() {
        fill("orders-staging");
        RestoreDialogViewModel dialog = clusterRestoreOf("orders", UiExecutors.direct());

        dialog.targetProperty().set(target(dialog, "orders-staging"));
        dialog.confirmationProperty().set("orders-staging");

        assertEquals("orders-staging holds 3 databases now: inventory (1 table), movr (3 tables), scratch (0 tables).",
                dialog.targetCheck().statusProperty().get());
        assertFalse(dialog.restoreCommand().isExecutable(), "the service would fail this restore");
        assertTrue(dialog.problemProperty().get().startsWith("The restore would fail: the service restores a cluster"
                + " only into an empty cluster, and orders-staging holds 3 databases."), dialog.problemProperty().get());
        assertTrue(dialog.emptyFirstOfferedProperty().get());
    }

    @Test
    void emptyingTheTargetDropsEachDatabaseOnceAndTheCheckThenArmsRestore() {
        fill("orders-staging");
        RestoreDialogViewModel dialog = clusterRestoreOf("orders", UiExecutors.direct());
        dialog.targetProperty().set(target(dialog, "orders-staging"));
        EmptyClusterViewModel empty = dialog.emptyFirstDialog().orElseThrow();
        assertEquals("Drop 3 databases of orders-staging?", empty.title());
        assertFalse(empty.dropCommand().isExecutable(), "dropping needs its own typed confirmation");
        empty.confirmationProperty().set("orders");
        assertFalse(empty.dropCommand().isExecutable());

        empty.confirmationProperty().set("orders-staging");
        empty.dropCommand().execute();
        empty.dropCommand().execute();

        assertEquals(3, recording.calls("deleteDatabase"), "one DeleteDatabase per database, never twice");
        assertTrue(empty.rows().stream().allMatch(r -> r.state() == DropState.DROPPED), empty.rows().toString());
        assertTrue(empty.summaryProperty().get().startsWith("Dropped 3 databases."));
        assertTrue(simulator.simulation().catalog(cluster("orders-staging").id()).isEmpty());
        assertFalse(dialog.restoreCommand().isExecutable(), "nothing is restored by emptying");
        assertEquals(0, recording.calls("createRestore"));

        dialog.confirmationProperty().set("orders-staging");
        empty.close();

        assertEquals("orders-staging holds no databases now.", dialog.targetCheck().statusProperty().get());
        assertEquals("", dialog.confirmationProperty().get(), "the name typed before the drop arms nothing after it");
        dialog.confirmationProperty().set("orders-staging");
        assertTrue(dialog.restoreCommand().isExecutable(), "checked again: the restore can work now");
    }

    @Test
    void aDropThatFailsIsShownWithItsReasonAndTheOthersStillGoOnce() {
        fill("orders-staging");
        RestoreDialogViewModel dialog = clusterRestoreOf("orders", UiExecutors.direct());
        dialog.targetProperty().set(target(dialog, "orders-staging"));
        EmptyClusterViewModel empty = dialog.emptyFirstDialog().orElseThrow();
        recording.fail("deleteDatabase");

        empty.confirmationProperty().set("orders-staging");
        empty.dropCommand().execute();

        assertEquals(3, recording.calls("deleteDatabase"));
        assertTrue(empty.rows().stream().allMatch(r -> r.state() == DropState.FAILED
                && r.message().contains("503 Service Unavailable")), empty.rows().toString());
        assertTrue(empty.summaryProperty().get().startsWith("Dropped 0 of 3 databases; inventory, movr, scratch were not dropped"));
        assertFalse(empty.dropCommand().isExecutable(), "a second round needs a new, explicit step");
        recording.recover();
        empty.close();
        assertTrue(dialog.targetCheck().statusProperty().get().startsWith("orders-staging holds 3 databases"));
    }

    @Test
    void restoreWaitsForTheCheckAndAFailedCheckKeepsItDisabledUntilCheckedAgain() {
        Queue<Runnable> background = new ArrayDeque<>();
        recording.fail("listDatabases");
        RestoreDialogViewModel dialog = clusterRestoreOf("orders", new UiExecutors(background::add, Runnable::run));
        dialog.confirmationProperty().set("orders");

        assertEquals("Checking what orders holds now…", dialog.targetCheck().statusProperty().get());
        assertFalse(dialog.restoreCommand().isExecutable());
        background.remove().run();
        assertTrue(dialog.targetCheck().statusProperty().get().startsWith("Could not check what orders holds now."));
        assertTrue(dialog.problemProperty().get().contains("choose Check again"), dialog.problemProperty().get());
        assertFalse(dialog.restoreCommand().isExecutable());
        background.remove().run(); // what the backup holds

        recording.recover();
        dialog.targetCheck().checkAgain();
        background.remove().run();
        assertTrue(dialog.restoreCommand().isExecutable(), dialog.problemProperty().get());
    }

    @Test
    void anAnswerForATargetTheUserHasLeftIsDropped() {
        fill("orders-staging");
        Queue<Runnable> background = new ArrayDeque<>();
        RestoreDialogViewModel dialog = clusterRestoreOf("orders", new UiExecutors(background::add, Runnable::run));
        Runnable lateOrders = background.remove();
        background.remove().run(); // what the backup holds
        dialog.targetProperty().set(target(dialog, "orders-staging"));
        background.remove().run();
        lateOrders.run();

        assertTrue(dialog.targetCheck().statusProperty().get().startsWith("orders-staging holds 3 databases"),
                dialog.targetCheck().statusProperty().get());
    }

    @Test
    void aTableRestoreIsRefusedWhenTheTableExistsOrTheDatabaseIsMissing() {
        Cluster analytics = cluster("analytics");
        RestoreDialogViewModel dialog = dialogFor(analytics, RestoreScope.table("movr", "public", "rides"),
                UiExecutors.direct());
        dialog.confirmationProperty().set("analytics");

        assertTrue(dialog.problemProperty().get().contains("already has table public.rides"), dialog.problemProperty().get());
        dialog.intoDatabaseProperty().set("nowhere");
        assertTrue(dialog.problemProperty().get().contains("has no database nowhere"), dialog.problemProperty().get());
        assertEquals(List.of(ContentsChange.Kind.NOTE), dialog.contentsChanges().stream().map(ContentsChange::kind).toList(),
                "nothing comes back while refused: " + dialog.contentsChanges());
        dialog.intoDatabaseProperty().set("inventory");
        assertEquals("", dialog.problemProperty().get());
        assertTrue(dialog.contentsChanges().get(0).text().contains("comes back into database inventory of analytics"),
                dialog.contentsChanges().toString());
        assertFalse(dialog.emptyFirstOfferedProperty().get(), "only a cluster restore needs an empty cluster");
    }

    @Test
    void aDatabaseRestoreIsRefusedWhileTheNameIsTaken() {
        RestoreDialogViewModel dialog = dialogFor(cluster("analytics"), RestoreScope.database("movr"), UiExecutors.direct());
        dialog.confirmationProperty().set("analytics");

        assertTrue(dialog.problemProperty().get().contains("already has a database named movr"));
        assertEquals(List.of(new ContentsChange(ContentsChange.Kind.NOTE,
                "Nothing comes back as the restore is set now: the service would refuse it.")), dialog.contentsChanges());
        dialog.newDatabaseNameProperty().set("movr_restored");
        assertTrue(dialog.restoreCommand().isExecutable(), dialog.problemProperty().get());
        assertEquals(List.of(ContentsChange.Kind.COMES_BACK),
                dialog.contentsChanges().stream().map(ContentsChange::kind).toList());
        assertTrue(dialog.contentsChanges().get(0).text().startsWith("movr comes back as movr_restored into analytics"),
                dialog.contentsChanges().toString());
    }

    @Test
    void withoutTheTablesTheDialogSaysItCannotCheckThem() {
        recording.rewrite("clusterContents", contents -> Optional.<Catalog>empty());
        RestoreDialogViewModel dialog = dialogFor(cluster("analytics"), RestoreScope.table("movr", "public", "rides"),
                UiExecutors.direct());
        dialog.confirmationProperty().set("analytics");

        assertTrue(dialog.restoreCommand().isExecutable(), "the Cloud API cannot tell, so it is not refused here");
        assertTrue(dialog.consequences().stream().map(Consequence::text).collect(Collectors.joining(" "))
                .contains("The Cloud API does not list tables, so the app cannot check whether the table already exists"));
    }

    @Test
    void theSentenceNamesTheFirstDatabasesAndCountsTheRest() {
        List<DatabaseSummary> many = IntStream.range(0, 9)
                .mapToObj(i -> new DatabaseSummary("db" + i, 1)).toList();
        assertEquals("big holds 9 databases now: db0 (1 table), db1 (1 table), db2 (1 table), db3 (1 table),"
                + " db4 (1 table), db5 (1 table) and 3 more.", new TargetContents("big", many, Optional.empty()).describe());
    }

    private void fill(String clusterName) {
        SimulationAccess.withEngine(simulator.simulation(), engine -> engine.run(new ReplaceCatalog(cluster(clusterName).id(), Catalogs.sample())));
    }

    private RestoreDialogViewModel clusterRestoreOf(String clusterName, UiExecutors executors) {
        return dialogFor(cluster(clusterName), RestoreScope.cluster(), executors);
    }

    private RestoreDialogViewModel dialogFor(Cluster source, RestoreScope scope, UiExecutors executors) {
        Backup newest = simulator.listBackups(source.id(), TimeRange.ALL).stream().filter(Backup::isComplete)
                .findFirst().orElseThrow();
        return new RestoreDialogViewModel(new RestoreDialogViewModel.Subject(newest, source, scope,
                simulator.listClusters(), Permissions.organizationAdmin(), simulator.now(), UTC),
                recording.service(), executors, restore -> { });
    }

    private Cluster cluster(String name) {
        return simulator.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static RestoreTarget target(RestoreDialogViewModel dialog, String name) {
        return dialog.targets().stream().filter(t -> t.cluster().name().equals(name)).findFirst().orElseThrow();
    }
}
