package org.backupconsole.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.PollBackoff;
import org.backupconsole.domain.Restore;

/**
 * Follows a restore job until it ends, as the Terraform provider does: it polls up to a time limit (2 hours
 * unless told otherwise), every second while the job changes and less often, up to every 16 seconds, while it
 * does not. Stopped by Ctrl-C, it says that the job goes on and how to follow it again.
 */
final class RestoreWatch {

    static final String DEFAULT_TIMEOUT = "2h";

    private final BackupService service;
    private final Progress progress;
    private final String followAgain;

    /** @param followAgain the command that follows the job again, for the messages that stop watching it */
    RestoreWatch(BackupService service, Progress progress, String followAgain) {
        this.service = service;
        this.progress = progress;
        this.followAgain = followAgain;
    }

    /** The job once settled: SUCCESS with its completion time, or FAILED. */
    Restore until(Restore started, Duration timeout, PrintWriter err) {
        try (ShutdownNote note = ShutdownNote.during(err, "Stopped watching restore " + started.id()
                + "; the job goes on. Follow it with: " + followAgain)) {
            return poll(started, timeout);
        }
    }

    private Restore poll(Restore started, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        PollBackoff backoff = new PollBackoff();
        Duration pause = PollBackoff.FASTEST;
        Restore restore = started;
        progress.show(restore, service.now());
        while (!restore.isSettled()) {
            long leftNanos = deadline - System.nanoTime();
            if (leftNanos <= 0) {
                throw new CliFailure(ExitStatus.NETWORK, "Restore " + started.id() + " has not ended within "
                        + Progress.clock(timeout) + "; it goes on. Follow it with: " + followAgain);
            }
            sleep(Math.min(pause.toNanos(), leftNanos));
            Restore polled = read(started);
            pause = backoff.next(changed(polled, restore));
            restore = polled;
            progress.show(restore, service.now());
        }
        progress.outcome(restore, service.now());
        return restore;
    }

    private Restore read(Restore started) {
        try {
            return service.getRestore(started.destinationClusterId(), started.id());
        } catch (BackendException e) {
            throw new CliFailure(ExitStatus.of(e.reason()), e.getMessage() + " " + CommandRun.advice(e.reason())
                    + " The restore goes on; follow it with: " + followAgain);
        }
    }

    private static boolean changed(Restore now, Restore before) {
        return now.status() != before.status() || now.completion() != before.completion()
                || !now.crdbJobId().equals(before.crdbJobId());
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitStatus.FAILED, "Interrupted while waiting; the restore goes on.");
        }
    }
}
