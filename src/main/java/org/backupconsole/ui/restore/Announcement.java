package org.backupconsole.ui.restore;

import java.util.Locale;

import org.backupconsole.backend.Sentences;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.domain.RestoreType;

/** A message about an ended restore job, or another finished action, shown without taking the focus. */
public record Announcement(boolean success, String title, String message) {

    /** How an ended restore went, with what to do after a failure. */
    public static Announcement of(Restore restore) {
        String into = restore.destinationClusterName();
        if (restore.status() == RestoreStatus.SUCCESS) {
            return new Announcement(true, "Restore succeeded", succeeded(restore));
        }
        String why = restore.failure().map(f -> "Error " + f.code() + ": " + Sentences.end(f.message()))
                .orElse("The service gave no reason.");
        return new Announcement(false, "Restore failed", "The restore into " + into + " failed. " + why
                + " What to do: fix the cause named here, then start the restore again from the backup;"
                + " the backup itself is unchanged. If the reason is unclear, contact Cockroach Labs support"
                + " with job " + restore.crdbJobId().orElse(restore.id()) + ".");
    }

    private static String succeeded(Restore restore) {
        String into = restore.destinationClusterName();
        String source = restore.sourceClusterName();
        if (restore.type() != RestoreType.CLUSTER) {
            return "The " + restore.type().name().toLowerCase(Locale.ROOT) + " from " + source + "'s backup is in "
                    + into + ", and " + into + " is available.";
        }
        return source.equals(into)
                ? into + " holds the data of its backup again and is available."
                : into + " now holds " + source + "'s data from the backup and is available.";
    }
}
