package org.backupconsole.domain;

/**
 * A restore job's status as the console words it, in the window and on the command line alike. The API has only
 * PENDING, SUCCESS and FAILED; a pending job is Preparing until the database job exists (the service then reports
 * its id) and Running after.
 */
public enum RestoreJobPhase {
    PREPARING("Preparing"),
    RUNNING("Running"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed");

    private final String displayName;

    RestoreJobPhase(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean ended() {
        return this == SUCCEEDED || this == FAILED;
    }

    public static RestoreJobPhase of(Restore restore) {
        return switch (restore.status()) {
            case PENDING -> restore.crdbJobId().isPresent() ? RUNNING : PREPARING;
            case SUCCESS -> SUCCEEDED;
            case FAILED -> FAILED;
        };
    }
}
