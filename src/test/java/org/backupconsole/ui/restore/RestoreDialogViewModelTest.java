package org.backupconsole.ui.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.stream.Collectors;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.model.CreateCluster;
import org.backupconsole.engine.model.ReplaceCatalog;
import org.backupconsole.testing.Catalogs;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;

/** Every rule the Restore dialog enforces, on a simulator with clusters of every plan. */
class RestoreDialogViewModelTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private final FailingBackupService recording = new FailingBackupService(simulator);
    private final List<Restore> started = new ArrayList<>();

    @Test
    void restoreStaysDisabledUntilTheTargetsNameIsTypedExactly() {
        RestoreDialogViewModel dialog = dialogFor("orders", RestoreScope.cluster(), UiExecutors.direct());

        assertFalse(dialog.restoreCommand().isExecutable());
        assertEquals("Type orders to enable Restore.", dialog.problemProperty().get());
        for (String wrong : List.of("order", "Orders", "orders-staging", "payments")) {
            dialog.confirmationProperty().set(wrong);
            assertFalse(dialog.restoreCommand().isExecutable(), wrong);
            assertTrue(dialog.problemProperty().get().contains("type orders exactly"), dialog.problemProperty().get());
        }
        dialog.restoreCommand().execute();
        assertEquals(0, recording.calls("createRestore"), "a disabled command sends nothing");

        dialog.confirmationProperty().set("orders");
        assertTrue(dialog.restoreCommand().isExecutable());
        assertEquals("", dialog.problemProperty().get());
    }

    @Test
    void consequencesSayWhatIsErasedThatTheClusterIsUnavailableAndHowMuchIsLost() {
        Queue<Runnable> checks = new ArrayDeque<>();
        Cluster orders = cluster("orders");
        Instant now = simulator.now();
        Backup backup = new Backup("b-1", orders.id(), now.minus(Duration.ofMinutes(3 * 60 + 12)),
                Optional.of(org.backupconsole.domain.BackupStatus.COMPLETE),
                Optional.of(org.backupconsole.domain.BackupType.FULL),
                now.plus(Duration.ofDays(29)), false);
        RestoreDialogViewModel dialog = new RestoreDialogViewModel(new RestoreDialogViewModel.Subject(backup, orders,
                RestoreScope.cluster(), simulator.listClusters(), Permissions.organizationAdmin(), now, UTC),
                simulator, new UiExecutors(checks::add, Runnable::run), started::add);

        String said = said(dialog);
        assertTrue(said.contains("Every database in orders is erased"), "until the check says otherwise: " + said);
        assertTrue(said.contains("orders is unavailable until the restore ends"), said);
        assertTrue(said.contains("is lost: 3 h 12 min of changes"), said);
        checks.remove().run();
        assertTrue(said(dialog).startsWith("The backup's databases, as of ") && said(dialog).contains(
                "are created in orders; it holds nothing now that could be erased."), said(dialog));
        assertFalse(said(dialog).contains("is lost: 3 h 12 min"), "an empty cluster has no changes to lose");
        assertTrue(dialog.details().contains(new RestoreDialogViewModel.Detail("Expires in", "29 days")));
        assertTrue(dialog.details().stream().noneMatch(d -> d.label().equals("Data From (UTC)")),
                "in UTC, the local time is the UTC time: it is not said twice");
        assertTrue(dialog.details().stream().anyMatch(d -> d.label().equals("Data From") && d.value().endsWith(" UTC")));
        assertTrue(dialog.details().stream().anyMatch(d -> d.label().equals("Backup ID") && !d.value().isBlank()),
                "the backup's id, to quote to support");
        assertTrue(dialog.details().stream().anyMatch(d -> d.label().equals("Backup region") && !d.value().isBlank()));
    }

    @Test
    void theSourceComesFirstAndClustersThatCannotTakeTheRestoreSayWhy() {
        RestoreDialogViewModel dialog = dialogFor("orders", RestoreScope.cluster(), UiExecutors.direct());

        List<RestoreTarget> targets = dialog.targets();
        assertEquals("orders", targets.get(0).cluster().name());
        assertTrue(targets.get(0).isSource());
        assertEquals(targets.get(0), dialog.targetProperty().get(), "this cluster is the default");
        RestoreTarget staging = target(dialog, "orders-staging");
        assertTrue(staging.selectable(), "another STANDARD cluster of the organization may take it");
        RestoreTarget analytics = target(dialog, "analytics");
        assertFalse(analytics.selectable());
        assertEquals("analytics — an Advanced cluster; a Standard backup restores only into Standard clusters",
                analytics.label());

        dialog.targetProperty().set(analytics);
        dialog.confirmationProperty().set("analytics");
        assertFalse(dialog.restoreCommand().isExecutable(), "a disabled target can never be confirmed");
        assertTrue(dialog.problemProperty().get().startsWith("analytics cannot take this restore"));
    }

    /**
     * CockroachDB docs, "Restoring Backups Across Versions": a v25.2 backup goes into v25.2, v25.3 or v25.4
     * (skipping the v25.3 innovation release), never into an older version or one past the next.
     */
    @Test
    void aClusterOnAnOlderVersionOrPastTheNextMajorOneIsDisabledWithTheVersionsAndTheRule() {
        SimulationAccess.withEngine(simulator.simulation(), engine -> {
            for (String[] cluster : new String[][] {{"orders-legacy", "v24.3"}, {"orders-next", "v25.4"},
                    {"orders-future", "v26.2"}}) {
                engine.run(new CreateCluster(cluster[0], Plan.STANDARD, CloudProvider.AWS, List.of("us-east-1"), Catalog.EMPTY,
                        CockroachVersion.parse(cluster[1])));
            }
            return null;
        });
        simulator.clock().advance(Duration.ofMinutes(30)); // the new clusters are ready: only their versions differ
        RestoreDialogViewModel dialog = dialogFor("orders", RestoreScope.cluster(), UiExecutors.direct());

        String rule = "; a backup restores only into the same major version or the next one, where an innovation "
                + "release may be skipped (v25.2, v25.3 or v25.4)";
        RestoreTarget legacy = target(dialog, "orders-legacy");
        assertFalse(legacy.selectable());
        assertEquals("orders-legacy — runs v24.3, older than the backup's v25.2" + rule, legacy.label());
        RestoreTarget future = target(dialog, "orders-future");
        assertFalse(future.selectable());
        assertEquals("orders-future — runs v26.2, too far past the backup's v25.2" + rule, future.label());
        assertTrue(target(dialog, "orders-next").selectable(), "v25.4 is the next regular release after v25.2");
    }

    @Test
    void aClusterTheUserHasNoRestoringRoleOnIsDisabled() {
        Cluster orders = cluster("orders");
        Permissions onlyOrders = new Permissions(List.of(RoleBinding.cluster(Role.CLUSTER_OPERATOR_WRITER, orders.id())));
        RestoreDialogViewModel dialog = new RestoreDialogViewModel(new RestoreDialogViewModel.Subject(
                newestBackup(orders), orders, RestoreScope.cluster(), simulator.listClusters(), onlyOrders,
                simulator.now(), UTC), simulator, UiExecutors.direct(), started::add);

        assertTrue(dialog.targets().get(0).selectable());
        assertEquals(Optional.of("you need Cluster Admin or Cluster Operator on it"),
                target(dialog, "orders-staging").unavailableBecause());
    }

    @Test
    void choosingAnotherTargetClearsTheTypedNameAndAsksForTheNewOne() {
        SimulationAccess.withEngine(simulator.simulation(), engine -> engine.run(new ReplaceCatalog(cluster("orders-staging").id(), Catalogs.sample())));
        RestoreDialogViewModel dialog = dialogFor("orders", RestoreScope.cluster(), UiExecutors.direct());
        dialog.confirmationProperty().set("orders");

        dialog.targetProperty().set(target(dialog, "orders-staging"));

        assertEquals("", dialog.confirmationProperty().get());
        assertFalse(dialog.restoreCommand().isExecutable());
        assertEquals("Restore into orders-staging", dialog.restoreLabelProperty().get());
        assertTrue(said(dialog).contains("Every database in orders-staging is erased and replaced by orders's data as of"));
        assertTrue(said(dialog).contains("Everything written to orders-staging up to now is lost"), said(dialog));
        assertFalse(said(dialog).contains("Every database in orders is erased"), "the source is not the one erased");
        assertTrue(dialog.titleProperty().get().startsWith("Restore orders's backup of "), dialog.titleProperty().get());
        assertTrue(dialog.titleProperty().get().endsWith(" into orders-staging?"), dialog.titleProperty().get());

        dialog.targetProperty().set(dialog.targets().get(0));

        assertTrue(dialog.titleProperty().get().startsWith("Restore orders to "), dialog.titleProperty().get());
    }

    @Test
    void aDoubleConfirmationSendsOneRestore() {
        Queue<Runnable> background = new ArrayDeque<>();
        RestoreDialogViewModel dialog = dialogFor("orders", RestoreScope.cluster(),
                new UiExecutors(background::add, Runnable::run));
        background.remove().run(); // the pre-check: orders is empty
        dialog.confirmationProperty().set("orders");

        dialog.restoreCommand().execute();
        dialog.restoreCommand().execute();
        assertEquals(1, background.size(), "the second click finds the first on its way");
        dialog.cancel();
        assertFalse(dialog.finishedProperty().get(), "a restore on its way cannot be cancelled");
        background.remove().run();

        assertEquals(1, recording.calls("createRestore"));
        assertEquals(1, started.size());
        assertTrue(dialog.finishedProperty().get());
        dialog.restoreCommand().execute();
        assertFalse(dialog.restoreCommand().isExecutable(), "once started, never again from this dialog");
        assertEquals(1, recording.calls("createRestore"));
    }

    @Test
    void cancelSendsNothingAndCloses() {
        RestoreDialogViewModel dialog = dialogFor("orders", RestoreScope.cluster(), UiExecutors.direct());
        dialog.confirmationProperty().set("orders");

        dialog.cancel();

        assertTrue(dialog.finishedProperty().get());
        assertEquals(0, recording.calls("createRestore"));
        assertTrue(started.isEmpty());
    }

    @Test
    void aRefusedRestoreSaysWhyKeepsTheDialogOpenAndIsNotRetried() {
        recording.fail("createRestore");
        RestoreDialogViewModel dialog = dialogFor("orders", RestoreScope.cluster(), UiExecutors.direct());
        dialog.confirmationProperty().set("orders");

        dialog.restoreCommand().execute();

        assertEquals(1, recording.calls("createRestore"));
        assertTrue(dialog.errorMessageProperty().get().startsWith("The service did not start the restore."));
        assertTrue(dialog.errorMessageProperty().get().contains("503"));
        assertFalse(dialog.finishedProperty().get());
        assertTrue(started.isEmpty());
    }

    @Test
    void databaseRestoreChecksTheNewNameAndSendsTheChosenOptions() {
        RestoreDialogViewModel dialog = dialogFor("analytics", RestoreScope.database("movr"), UiExecutors.direct());
        assertTrue(dialog.offersOptions() && dialog.offersNewDatabaseName() && dialog.offersDependencyOptions());
        assertFalse(dialog.offersIntoDatabase());
        dialog.confirmationProperty().set("analytics");

        dialog.newDatabaseNameProperty().set("1movr copy");
        assertFalse(dialog.restoreCommand().isExecutable());
        assertTrue(dialog.problemProperty().get().contains("\"1movr copy\" is not valid"), dialog.problemProperty().get());

        dialog.newDatabaseNameProperty().set("movr_restored");
        dialog.skipMissingForeignKeysProperty().set(true);
        dialog.schemaOnlyProperty().set(true);
        String said = said(dialog);
        assertTrue(said.contains("Database movr_restored is created in analytics"), said);
        assertTrue(said.contains("Only the schema is restored"), said);
        dialog.restoreCommand().execute();

        Restore restore = started.get(0);
        assertEquals(RestoreType.DATABASE, restore.type());
        assertEquals(Optional.of("movr_restored"), restore.options().newDatabaseName());
        assertTrue(restore.options().skipMissingForeignKeys() && restore.options().schemaOnly());
        assertEquals("movr", restore.objects().get(0).database());
    }

    @Test
    void aBadDatabaseNameIsSaidOfItsOwnField() {
        RestoreDialogViewModel dialog = dialogFor("analytics", RestoreScope.database("movr"), UiExecutors.direct());
        assertEquals("", dialog.newDatabaseNameProblemProperty().get(), "empty keeps the original name");

        dialog.newDatabaseNameProperty().set("1movr copy");

        assertEquals("The new database name \"1movr copy\" is not valid: start with a letter or _, then use letters,"
                + " digits, _ or $ only, at most 63 characters.", dialog.newDatabaseNameProblemProperty().get());
        assertEquals("", dialog.intoDatabaseProblemProperty().get());
        dialog.newDatabaseNameProperty().set("movr_restored");
        assertEquals("", dialog.newDatabaseNameProblemProperty().get());
    }

    @Test
    void tableRestoreOffersTheDatabaseToRestoreInto() {
        RestoreDialogViewModel dialog = dialogFor("analytics", RestoreScope.table("movr", "public", "users"),
                UiExecutors.direct());

        assertTrue(dialog.offersIntoDatabase());
        assertFalse(dialog.offersNewDatabaseName());
        assertFalse(dialog.offersLocalitiesCheck(), "the console offers it for cluster and database restores");
        dialog.intoDatabaseProperty().set("movr-2");
        dialog.confirmationProperty().set("analytics");
        assertFalse(dialog.restoreCommand().isExecutable());
        assertTrue(dialog.titleProperty().get().startsWith("Restore table movr.public.users to "));
    }

    @Test
    void basicAndStandardRestoreWholeClustersWithoutOptions() {
        assertFalse(dialogFor("orders", RestoreScope.cluster(), UiExecutors.direct()).offersOptions());
        assertFalse(dialogFor("payments", RestoreScope.cluster(), UiExecutors.direct()).offersOptions());
        assertTrue(dialogFor("analytics", RestoreScope.cluster(), UiExecutors.direct()).offersLocalitiesCheck());
    }

    private RestoreDialogViewModel dialogFor(String clusterName, RestoreScope scope, UiExecutors executors) {
        Cluster source = cluster(clusterName);
        BackupService service = recording.service();
        return new RestoreDialogViewModel(new RestoreDialogViewModel.Subject(newestBackup(source), source, scope,
                simulator.listClusters(), Permissions.organizationAdmin(), simulator.now(), UTC),
                service, executors, started::add);
    }

    private Backup newestBackup(Cluster cluster) {
        return simulator.listBackups(cluster.id(), TimeRange.ALL).stream().filter(Backup::isComplete).findFirst().orElseThrow();
    }

    private Cluster cluster(String name) {
        return simulator.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static RestoreTarget target(RestoreDialogViewModel dialog, String name) {
        return dialog.targets().stream().filter(t -> t.cluster().name().equals(name)).findFirst().orElseThrow();
    }

    private static String said(RestoreDialogViewModel dialog) {
        return dialog.consequences().stream().map(Consequence::text).collect(Collectors.joining("\n"));
    }
}
