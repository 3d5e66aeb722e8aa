package org.backupconsole.domain;

/** The status of a managed backup, worded as the Cloud Console words it. */
public enum BackupStatus {
    IN_PROGRESS("In Progress"),
    COMPLETE("Complete");

    private final String displayName;

    BackupStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
