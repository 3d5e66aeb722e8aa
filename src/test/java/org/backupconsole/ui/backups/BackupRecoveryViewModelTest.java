package org.backupconsole.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupStatus;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Plan;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.model.CreateCluster;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.TimeFormats;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;

/** The Backup Recovery page's state, driven without a toolkit on the demo simulator. */
class BackupRecoveryViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Restore jobs are polled in their own tests; here nothing scheduled ever runs. */
    private static final ManualScheduler NO_POLLING = new ManualScheduler();

    private final SimulatorBackupService simulator = Simulators.demo();

    @Test
    void startSelectsTheFirstClusterAndListsItsBackupsNewestFirst() {
        BackupRecoveryViewModel viewModel = started(simulator);

        assertEquals("Acme Logistics", viewModel.organizationNameProperty().get());
        assertEquals(simulator.listClusters(), viewModel.clusters());
        Cluster first = simulator.listClusters().get(0);
        assertEquals(first, viewModel.selectedClusterProperty().get());
        List<Backup> expected = simulator.listBackups(first.id(), TimeRange.ALL);
        assertEquals(30, expected.size(), "45 days of daily backups, 30 of them kept");
        assertEquals(expected, viewModel.rows().stream().map(BackupRow::backup).toList());
        assertEquals(PageState.READY, viewModel.stateProperty().get());
        assertTrue(viewModel.clusterSummaryProperty().get().contains("every 24 hours, kept 30 days"),
                viewModel.clusterSummaryProperty().get());
    }

    @Test
    void rowsShowLocalTimeWithUtcOnTheSideAndDaysUntilExpiry() {
        BackupRecoveryViewModel viewModel = started(simulator);
        BackupRow newest = viewModel.rows().get(0);
        BackupRow oldest = viewModel.rows().get(viewModel.rows().size() - 1);

        String localHour = TimeFormats.local(newest.backup().asOfTime(), BERLIN);
        assertEquals(localHour, newest.dataFrom());
        assertTrue(newest.dataFrom().endsWith("CET"), newest.dataFrom());
        assertEquals(Optional.of(TimeFormats.local(newest.backup().asOfTime(), ZoneId.of("UTC"))), newest.dataFromUtc(),
                "UTC beside, in the same style");
        assertEquals(CellText.of("29 days"), newest.expiresIn(), "taken less than a day ago, kept 30 days");
        assertEquals(CellText.of("less than a day"), oldest.expiresIn(), "the oldest listed backup expires within a day");
    }

    @Test
    void choosingAnotherClusterListsItsBackups() {
        BackupRecoveryViewModel viewModel = started(simulator);
        Cluster second = simulator.listClusters().get(1);

        viewModel.selectedClusterProperty().set(second);

        assertEquals(simulator.listBackups(second.id(), TimeRange.ALL),
                viewModel.rows().stream().map(BackupRow::backup).toList());
        assertTrue(viewModel.rows().stream().allMatch(r -> r.backup().clusterId().equals(second.id())));
    }

    @Test
    void aBackupInProgressCannotBeRestoredAndSaysWhy() {
        Cluster first = simulator.listClusters().get(0);
        Backup newest = simulator.listBackups(first.id(), TimeRange.ALL).get(0);
        simulator.clock().jumpTo(newest.asOfTime().plus(Duration.ofHours(24)).plusSeconds(5));

        BackupRecoveryViewModel viewModel = started(simulator);

        BackupRow running = viewModel.rows().get(0);
        assertEquals(Optional.of(BackupStatus.IN_PROGRESS), running.backup().status());
        assertEquals(CellText.of("In Progress"), running.status());
        assertFalse(running.restorable());
        assertTrue(running.restoreBlockedBecause().orElseThrow().contains("still in progress"));
        assertTrue(viewModel.rows().get(1).restorable(), "the complete backup before it can be restored");
    }

    @Test
    void aFailingBackendBecomesAnErrorMessageAndRetryRecovers() {
        FailingBackupService failing = new FailingBackupService(simulator);
        failing.fail("listBackups");

        BackupRecoveryViewModel viewModel = started(failing.service());

        assertEquals(PageState.ERROR, viewModel.stateProperty().get());
        assertTrue(viewModel.errorMessageProperty().get().contains("503 Service Unavailable"));
        assertTrue(viewModel.errorMessageProperty().get().contains("Try again later"), "says what to do");
        assertTrue(viewModel.refreshCommand().isExecutable());

        failing.recover();
        viewModel.refreshCommand().execute();

        assertEquals(PageState.READY, viewModel.stateProperty().get());
        assertEquals("", viewModel.errorMessageProperty().get());
        assertEquals(30, viewModel.rows().size());
    }

    @Test
    void whenTheClustersCannotBeListedTheHeaderSaysSoInsteadOfABlankOrganizationAndAPickerToChooseFrom() {
        FailingBackupService failing = new FailingBackupService(simulator);
        failing.fail("listClusters");

        BackupRecoveryViewModel viewModel = started(failing.service());

        assertEquals(PageState.ERROR, viewModel.stateProperty().get());
        assertEquals("Organization not loaded", viewModel.organizationHeader().get());
        assertEquals("Clusters not loaded", viewModel.clusterPrompt().get());

        failing.recover();
        viewModel.refreshCommand().execute();

        assertEquals(simulator.organizationName(), viewModel.organizationHeader().get());
        assertEquals("Choose a cluster", viewModel.clusterPrompt().get());
    }

    @Test
    void aClusterWithoutBackupsYetSaysWhenTheFirstComes() {
        SimulatorBackupService empty = Simulators.empty();
        SimulationAccess.withEngine(empty.simulation(), engine -> engine.run(new CreateCluster("fresh", Plan.BASIC, CloudProvider.GCP,
                List.of("us-central1"), Catalog.EMPTY)));

        BackupRecoveryViewModel viewModel = started(empty);

        assertEquals(PageState.EMPTY, viewModel.stateProperty().get());
        assertTrue(viewModel.emptyMessageProperty().get().contains("within 24 hours"));
    }

    @Test
    void anAnswerForAClusterTheUserHasLeftIsDropped() {
        Queue<Runnable> background = new ArrayDeque<>();
        Executor queued = background::add;
        BackupRecoveryViewModel viewModel =
                new BackupRecoveryViewModel(simulator, new UiExecutors(queued, Runnable::run), NO_POLLING, BERLIN);
        viewModel.start();
        background.remove().run();
        background.remove().run(); // the first look at the shown cluster's restore jobs
        List<Cluster> clusters = simulator.listClusters();

        viewModel.selectedClusterProperty().set(clusters.get(1));
        viewModel.selectedClusterProperty().set(clusters.get(2));
        assertEquals(PageState.LOADING, viewModel.stateProperty().get());
        Runnable slowAnswerForSecond = background.remove();
        background.remove().run();
        slowAnswerForSecond.run();

        assertTrue(viewModel.rows().stream().allMatch(r -> r.backup().clusterId().equals(clusters.get(2).id())));
        assertEquals(PageState.READY, viewModel.stateProperty().get());
    }

    @Test
    void refreshCannotRunTwiceAtOnce() {
        Queue<Runnable> background = new ArrayDeque<>();
        BackupRecoveryViewModel viewModel =
                new BackupRecoveryViewModel(simulator, new UiExecutors(background::add, Runnable::run), NO_POLLING, BERLIN);

        viewModel.start();
        viewModel.refreshCommand().execute();

        assertEquals(1, background.size(), "the second refresh waits for the first");
        assertFalse(viewModel.refreshCommand().isExecutable());
        background.remove().run();
        assertTrue(viewModel.refreshCommand().isExecutable());
    }

    @Test
    void followingTimeShowsTheNextBackupWithoutAClickAndWaitsWhileTimeStandsStill() {
        ManualScheduler ticks = new ManualScheduler();
        BackupRecoveryViewModel viewModel = new BackupRecoveryViewModel(simulator, UiExecutors.direct(), ticks, BERLIN);
        viewModel.start();
        AtomicBoolean timeMoves = new AtomicBoolean(false);
        viewModel.followTime(Duration.ofSeconds(2), timeMoves::get);
        Backup newest = viewModel.rows().get(0).backup();
        simulator.clock().jumpTo(simulator.now().plus(Duration.ofDays(1)));

        runFollowTick(ticks);
        assertEquals(newest, viewModel.rows().get(0).backup(), "while time stands still, nothing is reloaded");

        timeMoves.set(true);
        runFollowTick(ticks);
        assertTrue(viewModel.rows().get(0).backup().asOfTime().isAfter(newest.asOfTime()),
                "demo-basic's next daily backup shows by itself");
        assertTrue(ticks.delays().stream().filter(Duration.ofSeconds(2)::equals).count() >= 3, "and it goes on");
    }

    /** Runs the tasks due now until the follow tick among them has run (restore-job polls may come first). */
    private static void runFollowTick(ManualScheduler ticks) {
        int scheduled = ticks.delays().size();
        while (ticks.delays().subList(scheduled, ticks.delays().size()).stream().noneMatch(Duration.ofSeconds(2)::equals)) {
            ticks.runNext();
        }
    }

    private static BackupRecoveryViewModel started(org.backupconsole.backend.BackupService service) {
        BackupRecoveryViewModel viewModel = new BackupRecoveryViewModel(service, UiExecutors.direct(), NO_POLLING, BERLIN);
        viewModel.start();
        return viewModel;
    }
}
