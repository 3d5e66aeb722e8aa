package org.backupconsole.ui.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreFailure;
import org.backupconsole.domain.RestoreJobPhase;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;

/** Following restore jobs: the console's words, progress, polling that slows down, and the end announced. */
class RestoreJobsViewModelTest {

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private final FailingBackupService service = new FailingBackupService(simulator);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final RestoreJobsViewModel jobs =
            new RestoreJobsViewModel(service.service(), UiExecutors.direct(), scheduler, ZoneId.of("UTC"));
    private final Cluster orders = simulator.listClusters().get(0);

    @Test
    void aClusterWithoutRunningRestoresIsNotPolled() {
        jobs.show(orders.id());

        assertTrue(jobs.jobs().isEmpty());
        assertFalse(jobs.runningProperty().get());
        assertEquals(0, scheduler.pendingCount());
    }

    @Test
    void aStartedRestoreIsFollowedToSucceededAndPollingSlowsWhileNothingChanges() {
        AtomicInteger endings = new AtomicInteger();
        jobs.setOnJobEnded(endings::incrementAndGet);
        jobs.show(orders.id());

        jobs.track(startRestore());
        RestoreJobRow preparing = jobs.jobs().get(0);
        assertEquals(RestoreJobPhase.PREPARING, preparing.phase());
        assertEquals("orders → orders", preparing.route());
        assertEquals("estimating time left…", preparing.timeLeft());
        assertTrue(jobs.runningProperty().get(), "the cluster is unavailable");
        for (int i = 0; i < 6; i++) {
            scheduler.runNext();
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 16L, 16L),
                scheduler.delays().stream().map(Duration::toSeconds).toList(), "nothing changed while the clock stood");

        simulator.clock().advance(Duration.ofMinutes(2));
        scheduler.runNext();
        RestoreJobRow running = jobs.jobs().get(0);
        assertEquals(RestoreJobPhase.RUNNING, running.phase());
        assertTrue(running.completion() > 0 && running.completion() < 1, running.progress());
        assertTrue(running.timeLeft().startsWith("about "), running.timeLeft());
        assertEquals("2 min", running.elapsed());
        assertFalse(running.jobId().equals("—"), "a running job has its job id");
        assertEquals(Duration.ofSeconds(1), scheduler.delays().get(scheduler.delays().size() - 1), "back to fast");

        simulator.clock().advance(Duration.ofHours(1));
        scheduler.runNext();
        RestoreJobRow done = jobs.jobs().get(0);
        assertEquals(RestoreJobPhase.SUCCEEDED, done.phase());
        assertFalse(done.ended().equals("—"), "the end time is shown");
        assertFalse(jobs.runningProperty().get());
        Announcement news = jobs.announcementProperty().get();
        assertTrue(news.success());
        assertEquals("Restore succeeded", news.title());
        assertEquals(1, endings.get());
        assertEquals(0, scheduler.pendingCount(), "a settled job is not polled again");
        jobs.dismissAnnouncement();
        assertNull(jobs.announcementProperty().get());
    }

    @Test
    void aFailedRestoreIsAnnouncedWithItsCodeMessageAndWhatToDo() {
        Cluster analytics = simulator.listClusters().stream().filter(c -> c.name().equals("analytics")).findFirst().orElseThrow();
        jobs.show(analytics.id());
        jobs.track(startRestore(analytics));

        simulator.clock().advance(Duration.ofMinutes(1));
        scheduler.runNext();

        RestoreJobRow row = jobs.jobs().get(0);
        assertEquals(RestoreJobPhase.FAILED, row.phase());
        Restore failed = row.restore();
        RestoreFailure why = failed.failure().orElseThrow();
        assertEquals("Error " + why.code() + ": " + why.message(), row.failure(), "a destination holding databases");
        Announcement news = jobs.announcementProperty().get();
        assertFalse(news.success());
        assertTrue(news.message().contains(row.failure()), news.message());
        assertTrue(news.message().contains("What to do:"), news.message());
    }

    @Test
    void aFailedPollSaysSoAndTriesAgainLater() {
        jobs.show(orders.id());
        jobs.track(startRestore());
        service.fail("listRestores");

        scheduler.runNext();

        assertTrue(jobs.pollErrorProperty().get().contains("503"), jobs.pollErrorProperty().get());
        assertTrue(jobs.pollErrorProperty().get().endsWith("Retrying in 2 s."), jobs.pollErrorProperty().get());
        assertEquals(1, jobs.jobs().size(), "the last known state stays");
        service.recover();
        scheduler.runNext();
        assertEquals("", jobs.pollErrorProperty().get());
    }

    @Test
    void theConsoleWordsForTheApiStatuses() {
        Restore pending = startRestore();
        assertEquals(RestoreJobPhase.PREPARING, RestoreJobPhase.of(pending));
        Restore withJob = copy(pending, RestoreStatus.PENDING, Optional.of("991"), Optional.empty());
        assertEquals(RestoreJobPhase.RUNNING, RestoreJobPhase.of(withJob));
        assertEquals("Succeeded", RestoreJobPhase.of(copy(pending, RestoreStatus.SUCCESS, Optional.of("991"),
                Optional.empty())).displayName());
        assertEquals("Failed", RestoreJobPhase.of(failed(pending)).displayName());
    }

    private Restore startRestore() {
        return startRestore(orders);
    }

    private Restore startRestore(Cluster cluster) {
        Backup backup = simulator.listBackups(cluster.id(), TimeRange.ALL).stream()
                .filter(Backup::isComplete).findFirst().orElseThrow();
        return simulator.createRestore(RestoreRequest.cluster(cluster.id(), cluster.id(), backup.id()));
    }

    private static Restore failed(Restore r) {
        return copy(r, RestoreStatus.FAILED, r.crdbJobId(),
                Optional.of(new RestoreFailure(7, "destination cluster orders has database movr")));
    }

    private static Restore copy(Restore r, RestoreStatus status, Optional<String> jobId, Optional<RestoreFailure> failure) {
        return new Restore(r.id(), r.backupId(), r.destinationClusterId(), r.sourceClusterName(),
                r.destinationClusterName(), status, r.type(), status == RestoreStatus.FAILED ? 0.4 : r.completion(),
                r.createdAt(), r.backupEndTime(), r.completedAt(), jobId, failure, r.objects(), r.options());
    }
}
