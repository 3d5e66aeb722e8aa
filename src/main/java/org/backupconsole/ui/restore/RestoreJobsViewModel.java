package org.backupconsole.ui.restore;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.PollBackoff;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.ui.common.Request;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.common.UiScheduler;

/**
 * The restore jobs into the shown cluster, kept current by polling while any has not settled. Polls run in
 * the background; the next one comes sooner while jobs change and later while they do not. When a job the
 * user has watched ends, an announcement says how it went.
 */
public final class RestoreJobsViewModel {

    private final BackupService service;
    private final UiExecutors executors;
    private final UiScheduler scheduler;
    private final ZoneId zone;

    private final ObservableList<RestoreJobRow> jobs = FXCollections.observableArrayList();
    private final ObservableList<RestoreJobRow> jobsView = FXCollections.unmodifiableObservableList(jobs);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Announcement> announcement = new ReadOnlyObjectWrapper<>(this, "announcement");
    private final ReadOnlyStringWrapper pollError = new ReadOnlyStringWrapper(this, "pollError", "");
    private final PollBackoff backoff = new PollBackoff();
    private Runnable onJobEnded = () -> { };
    private String clusterId;
    private List<Restore> last = List.of();
    private UiScheduler.Cancellable nextPoll;
    /** The poll under way; cancelled when another cluster is shown, so its answer is dropped. */
    private Request poll = Request.NONE;

    public RestoreJobsViewModel(BackupService service, UiExecutors executors, UiScheduler scheduler, ZoneId zone) {
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Shows the jobs of another cluster (or reloads the same one) and polls while any is unsettled. */
    public void show(String destinationClusterId) {
        cancelNextPoll();
        if (!destinationClusterId.equals(clusterId)) {
            forget();
            clusterId = destinationClusterId;
        }
        poll();
    }

    /** Forgets the shown cluster's jobs and its announcement, as when the user leaves it or the simulation is replaced. */
    public void clear() {
        cancelNextPoll();
        forget();
        clusterId = null;
    }

    private void forget() {
        poll.cancel();
        last = List.of();
        jobs.clear();
        running.set(false);
        pollError.set("");
        announcement.set(null);
    }

    /** Follows a restore the user has just started, without waiting for the next poll. */
    public void track(Restore started) {
        if (!started.destinationClusterId().equals(clusterId)) {
            show(started.destinationClusterId());
        }
        List<Restore> withNew = new ArrayList<>(last);
        withNew.removeIf(r -> r.id().equals(started.id()));
        withNew.add(0, started);
        apply(withNew, started.createdAt());
        cancelNextPoll();
        schedule(PollBackoff.FASTEST);
    }

    private void poll() {
        String polled = clusterId;
        poll.cancel();
        poll = executors.call(() -> new Snapshot(service.listRestores(polled), service.now()),
                snapshot -> {
                    pollError.set("");
                    boolean changed = !snapshot.restores().equals(last);
                    apply(snapshot.restores(), snapshot.now());
                    if (last.stream().anyMatch(r -> !r.isSettled())) {
                        schedule(backoff.next(changed));
                    }
                },
                failure -> {
                    Duration delay = backoff.next(false);
                    pollError.set("Restore jobs could not be refreshed. " + failure.message()
                            + " Retrying in " + delay.toSeconds() + " s.");
                    schedule(delay);
                });
    }

    private void apply(List<Restore> restores, Instant now) {
        Map<String, RestoreStatus> before = new HashMap<>();
        last.forEach(r -> before.put(r.id(), r.status()));
        last = List.copyOf(restores);
        jobs.setAll(restores.stream().map(r -> RestoreJobRow.of(r, now, zone)).toList());
        running.set(restores.stream().anyMatch(r -> r.status() == RestoreStatus.PENDING));
        List<Restore> endedNow = restores.stream()
                .filter(r -> r.status().isFinished() && before.get(r.id()) == RestoreStatus.PENDING)
                .toList();
        endedNow.forEach(r -> announcement.set(Announcement.of(r)));
        if (!endedNow.isEmpty()) {
            onJobEnded.run();
        }
    }

    private void schedule(Duration delay) {
        nextPoll = scheduler.schedule(delay, () -> {
            nextPoll = null;
            poll();
        });
    }

    private void cancelNextPoll() {
        if (nextPoll != null) {
            nextPoll.cancel();
            nextPoll = null;
        }
    }

    /** Called on the UI thread after any watched job has ended, for the page to reload the cluster. */
    public void setOnJobEnded(Runnable onJobEnded) {
        this.onJobEnded = Objects.requireNonNull(onJobEnded, "onJobEnded");
    }

    public void dismissAnnouncement() {
        announcement.set(null);
    }

    public ObservableList<RestoreJobRow> jobs() {
        return jobsView;
    }

    /** True while a restore into the shown cluster has not ended: the cluster is unavailable. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Announcement> announcementProperty() {
        return announcement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pollErrorProperty() {
        return pollError.getReadOnlyProperty();
    }

    private record Snapshot(List<Restore> restores, Instant now) {
    }
}
