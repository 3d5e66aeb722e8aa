package org.backupconsole.ui.restore;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreJobPhase;
import org.backupconsole.ui.common.DurationText;
import org.backupconsole.ui.common.RowText;
import org.backupconsole.ui.common.TimeFormats;

/** One restore job with its texts ready to show, as of the backend's present. */
public record RestoreJobRow(
        Restore restore,
        RestoreJobPhase phase,
        String progress,
        String elapsed,
        String timeLeft,
        String route,
        String type,
        String backupTakenOn,
        String started,
        String ended,
        String jobId,
        String failure) {

    private static final String NONE = "—";

    static RestoreJobRow of(Restore restore, Instant now, ZoneId zone) {
        RestoreJobPhase phase = RestoreJobPhase.of(restore);
        return new RestoreJobRow(restore, phase,
                Math.round(restore.completion() * 100) + " %",
                DurationText.of(restore.elapsed(now)),
                timeLeft(phase, restore, now),
                restore.sourceClusterName() + " → " + restore.destinationClusterName(),
                restore.type().name().charAt(0) + restore.type().name().substring(1).toLowerCase(Locale.ROOT),
                TimeFormats.recent(restore.backupEndTime(), zone, now),
                TimeFormats.recent(restore.createdAt(), zone, now),
                restore.completedAt().map(t -> TimeFormats.recent(t, zone, now)).orElse(NONE),
                restore.crdbJobId().orElse(NONE),
                restore.failure().map(f -> "Error " + f.code() + ": " + f.message()).orElse(""));
    }

    /** Says so while nothing is done yet to estimate from. */
    private static String timeLeft(RestoreJobPhase phase, Restore restore, Instant now) {
        if (phase.ended()) {
            return "";
        }
        return restore.timeLeft(now).map(left -> "about " + DurationText.of(left) + " left")
                .orElse("estimating time left…");
    }

    /** The row as Ctrl+C copies it: its fields, tab-separated. */
    public String copyText() {
        return RowText.fields(route, type, backupTakenOn, phase.displayName(), failure, started, ended, jobId);
    }

    /** A failed job, one field a line, as its details pane shows and copies it; empty for any other job. */
    public Optional<String> details() {
        return failure.isEmpty() ? Optional.empty() : Optional.of(RowText.lines(
                "Restore", route, "Restore type", type, "Backup taken on", backupTakenOn, "Status", phase.displayName(),
                "Error", failure, "Restore start", started, "Restore end", ended, "Job ID", jobId,
                "Restore ID", restore.id()));
    }

    public double completion() {
        return restore.completion();
    }
}
