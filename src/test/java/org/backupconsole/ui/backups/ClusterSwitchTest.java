package org.backupconsole.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.restore.Announcement;
import org.backupconsole.ui.restore.RestoreDialogViewModel;
import org.junit.jupiter.api.Test;

/**
 * Switching clusters is atomic: what was shown for the cluster the user left goes at once, nothing can be
 * restored or set until the new cluster's answer is in, and late answers and banners do not follow the user.
 */
class ClusterSwitchTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final SimulatorBackupService simulator = Simulators.demo();
    private final FailingBackupService counted = new FailingBackupService(simulator);
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final BackupRecoveryViewModel page = new BackupRecoveryViewModel(counted.service(),
            new UiExecutors(background::add, Runnable::run), scheduler, UTC);

    @Test
    void theLeftClustersRowsBannersAndDrillDownGoAtOnce() {
        showLoaded("demo-advanced");
        BackupRow oldRow = page.rows().stream().filter(BackupRow::restorable).findFirst().orElseThrow();
        page.contents().open(oldRow);
        assertFalse(page.incompleteBackups().rows().isEmpty(), "demo-advanced has failed runs");

        page.selectedClusterProperty().set(cluster("demo-basic"));

        assertEquals(List.of(), page.rows(), "no row of demo-advanced under demo-basic's name");
        assertEquals(List.of(), page.incompleteBackups().rows());
        assertEquals(BackupContentsViewModel.Level.BACKUPS, page.contents().levelProperty().get());
        assertEquals(PageState.LOADING, page.stateProperty().get());
        assertEquals("Loading the backups of demo-basic…", page.loadingMessageProperty().get());
        assertFalse(page.advancedProperty().get(), "demo-basic's columns, not demo-advanced's");
        assertFalse(page.clusterLoadedProperty().get(), "Settings waits for demo-basic's answer");
        assertTrue(page.settingsDialog().isEmpty());
        assertTrue(page.restoreDialog(oldRow).isEmpty(), "a row of the cluster the user left opens nothing");
        assertTrue(page.clusterSummaryProperty().get().startsWith("Basic plan"), page.clusterSummaryProperty().get());

        runAll();
        assertTrue(page.rows().stream().allMatch(r -> r.backup().clusterId().equals(cluster("demo-basic").id())));
        RestoreDialogViewModel dialog = page.restoreDialog(page.rows().get(0)).orElseThrow();
        assertTrue(dialog.titleProperty().get().startsWith("Restore demo-basic to "), dialog.titleProperty().get());
    }

    @Test
    void aLateAnswerForALeftClusterIsDroppedEvenAfterTheNewOneIsShown() {
        showLoaded("demo-basic");
        page.selectedClusterProperty().set(cluster("demo-advanced"));
        Runnable lateAdvanced = background.remove();
        page.selectedClusterProperty().set(cluster("demo-standard"));
        runAll();
        lateAdvanced.run();

        assertTrue(page.rows().stream().allMatch(r -> r.backup().clusterId().equals(cluster("demo-standard").id())));
        assertEquals("demo-standard", page.selectedClusterProperty().get().name());
    }

    @Test
    void aRefreshAskedForWhileOneRunsRunsOnceAfterIt() {
        showLoaded("demo-basic");
        int before = counted.calls("listClusters");

        page.refreshSoon();
        page.refreshSoon();
        page.refreshSoon();
        runAll();

        assertEquals(before + 2, counted.calls("listClusters"), "the refresh under way, then one more for the rest");
    }

    @Test
    void aRestoresEndBannerStaysWithItsCluster() {
        showLoaded("demo-basic");
        restoreNewestBackupOf("demo-basic");
        simulator.clock().advance(Duration.ofHours(2));
        scheduler.runNext();
        runAll();
        assertEquals("demo-basic holds the data of its backup again and is available.",
                page.restoreJobs().announcementProperty().get().message(), "the restore into demo-basic has ended");

        page.selectedClusterProperty().set(cluster("demo-standard"));

        assertNull(page.restoreJobs().announcementProperty().get(), "demo-basic's news is not shown over demo-standard");
        assertEquals(List.of(), page.restoreJobs().jobs());
    }

    @Test
    void aPickerPassingThroughNullAndBackReloadsNothing() {
        showLoaded("demo-basic");
        int before = counted.calls("listBackups");

        page.selectedClusterProperty().set(null);
        page.selectedClusterProperty().set(cluster("demo-basic"));
        runAll();

        assertEquals(before, counted.calls("listBackups"), "demo-basic was never left (controlsfx#1413)");
        assertEquals(PageState.READY, page.stateProperty().get());
        assertFalse(page.rows().isEmpty());

        page.selectedClusterProperty().set(null);
        page.selectedClusterProperty().set(cluster("demo-standard"));
        runAll();
        assertEquals(before + 1, counted.calls("listBackups"), "one real change, one load");
    }

    @Test
    void theEndOfARestoreTheUserStartedIsNoticedOnAnotherCluster() {
        List<Announcement> notices = new ArrayList<>();
        page.setOnNotice(notices::add);
        showLoaded("demo-basic");
        restoreNewestBackupOf("demo-basic");
        page.selectedClusterProperty().set(cluster("demo-standard"));
        runAll();

        simulator.clock().advance(Duration.ofHours(2));
        while (notices.isEmpty() && scheduler.pendingCount() > 0) {
            scheduler.runNext();
            runAll();
        }

        assertEquals(List.of(new Announcement(true, "Restore succeeded",
                "demo-basic holds the data of its backup again and is available.")), notices);
        assertNull(page.restoreJobs().announcementProperty().get(), "the page's banner stays with demo-basic");
        assertEquals("demo-standard", page.selectedClusterProperty().get().name());
    }

    @Test
    void aReplacedSimulationForgetsWhatTheOldOneShowed() {
        showLoaded("demo-basic");
        restoreNewestBackupOf("demo-basic");
        assertTrue(page.restoringNoticeProperty().get().contains("demo-basic"));

        page.simulationReplaced();

        assertEquals("", page.restoringNoticeProperty().get());
        assertNull(page.lastStartedRestoreProperty().get());
        assertEquals(List.of(), page.rows());
        assertEquals(PageState.LOADING, page.stateProperty().get());
    }

    @Test
    void thePageOpensOnTheClusterChosenBeforeIt() {
        page.start(cluster("demo-standard").id());
        runAll();

        assertEquals("demo-standard", page.selectedClusterProperty().get().name());
        assertTrue(page.rows().stream().allMatch(r -> r.backup().clusterId().equals(cluster("demo-standard").id())));
    }

    private void showLoaded(String name) {
        page.start();
        runAll();
        page.selectedClusterProperty().set(cluster(name));
        runAll();
        assertEquals(PageState.READY, page.stateProperty().get());
    }

    /** Empties the shown cluster, as a cluster restore needs, then restores its newest backup into it. */
    private void restoreNewestBackupOf(String name) {
        simulator.simulation().wipe(cluster(name).id());
        RestoreDialogViewModel dialog = page.restoreDialog(page.rows().get(0)).orElseThrow();
        runAll();
        dialog.confirmationProperty().set(name);
        dialog.restoreCommand().execute();
        runAll();
    }

    private void runAll() {
        while (!background.isEmpty()) {
            background.remove().run();
        }
    }

    private Cluster cluster(String name) {
        return simulator.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
