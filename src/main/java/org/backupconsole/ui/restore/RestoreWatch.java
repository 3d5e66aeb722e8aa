package org.backupconsole.ui.restore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.PollBackoff;
import org.backupconsole.domain.Restore;
import org.backupconsole.ui.common.Request;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.common.UiScheduler;

/**
 * Follows the restores the user started until each ends, whichever cluster or page is shown meanwhile, and says
 * how each went. The Restore Jobs list follows the shown cluster only; this follows the user's own restores.
 */
public final class RestoreWatch {

    private final BackupService service;
    private final UiExecutors executors;
    private final UiScheduler scheduler;
    private final Consumer<Announcement> onEnded;
    private final PollBackoff backoff = new PollBackoff();
    private final List<Restore> followed = new ArrayList<>();
    private UiScheduler.Cancellable nextPoll;
    private Request poll = Request.NONE;
    private boolean polling;

    public RestoreWatch(BackupService service, UiExecutors executors, UiScheduler scheduler,
                        Consumer<Announcement> onEnded) {
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.onEnded = Objects.requireNonNull(onEnded, "onEnded");
    }

    /** Follows a restore the user has just started. */
    public void follow(Restore started) {
        followed.removeIf(r -> r.id().equals(started.id()));
        followed.add(started);
        if (nextPoll == null && !polling) {
            schedule(PollBackoff.FASTEST);
        }
    }

    /** Stops following, as when the simulation behind the app is replaced and its restores are gone. */
    public void forget() {
        followed.clear();
        poll.cancel();
        polling = false;
        if (nextPoll != null) {
            nextPoll.cancel();
            nextPoll = null;
        }
    }

    private void pollAll() {
        List<Restore> asked = List.copyOf(followed);
        polling = true;
        poll = executors.call(() -> asked.stream()
                        .map(r -> service.getRestore(r.destinationClusterId(), r.id())).toList(),
                this::settle,
                // A failed poll is the Restore Jobs list's to show; this one only tries again later.
                failure -> scheduleNext(false),
                () -> polling = false);
    }

    private void settle(List<Restore> now) {
        boolean changed = false;
        for (Restore restore : now) {
            if (restore.isSettled() && followed.removeIf(r -> r.id().equals(restore.id()))) {
                changed = true;
                onEnded.accept(Announcement.of(restore));
            }
        }
        scheduleNext(changed);
    }

    private void scheduleNext(boolean changed) {
        if (!followed.isEmpty()) {
            schedule(backoff.next(changed));
        }
    }

    private void schedule(Duration delay) {
        nextPoll = scheduler.schedule(delay, () -> {
            nextPoll = null;
            pollAll();
        });
    }
}
