package org.backupconsole.activity;

/**
 * How a change went. A restore is REQUESTED when the service accepted it, and its end is recorded later, as its own
 * entry, when the app or the command line sees it; a settings change or a drop ends when the service answers.
 */
public enum ActivityOutcome {
    REQUESTED("Requested"),
    SUCCEEDED("Succeeded"),
    /** The job failed, or the answer was lost so that the change may or may not have been made. */
    FAILED("Failed"),
    /** The service refused it, with its message; nothing was changed. */
    REFUSED("Refused");

    private final String displayName;

    ActivityOutcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
