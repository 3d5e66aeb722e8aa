package org.backupconsole.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.backupconsole.backend.Sentences;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreJobPhase;

/**
 * Shows a restore job as it is polled: at a terminal a bar redrawn in place (phase, share done, time elapsed and
 * left), elsewhere one line whenever the phase or the share done changes; then the job's outcome.
 */
final class Progress {

    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean redraw;
    private String lastLine = "";

    Progress(PrintWriter err, boolean redraw) {
        this.err = err;
        this.redraw = redraw;
    }

    void show(Restore restore, Instant now) {
        RestoreJobPhase phase = RestoreJobPhase.of(restore);
        long percent = Math.round(restore.completion() * 100);
        if (redraw) {
            String left = restore.timeLeft(now).map(Progress::clock).orElse("--:--:--");
            int filled = (int) (BAR * restore.completion());
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + percent + " % "
                    + phase.displayName() + "  elapsed " + clock(restore.elapsed(now)) + "  ETA " + left + "   ");
            err.flush();
            return;
        }
        String line = "Restore " + restore.id() + ": " + phase.displayName() + ", " + percent + " % done.";
        if (!Objects.equals(line, lastLine)) {
            err.println(line);
            err.flush();
            lastLine = line;
        }
    }

    /** Ends the display with how the job ended. */
    void outcome(Restore restore, Instant now) {
        if (redraw) {
            err.println();
        }
        String into = "Restore " + restore.id() + " of " + restore.sourceClusterName() + "'s backup into "
                + restore.destinationClusterName();
        err.println(restore.failure()
                .map(failure -> into + " failed after " + clock(restore.elapsed(now)) + " with error " + failure.code()
                        + ": " + Sentences.end(failure.message()))
                .orElse(into + " succeeded after " + clock(restore.elapsed(now)) + "."));
        err.flush();
    }

    /** "0:03:40": a terminal's way to show a duration that changes every second. */
    static String clock(Duration duration) {
        return String.format("%d:%02d:%02d", duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart());
    }
}
