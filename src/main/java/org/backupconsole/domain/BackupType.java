package org.backupconsole.domain;

/** Whether a backup holds all data or only the changes since the previous backup of its chain. */
public enum BackupType {
    FULL("Full"),
    INCREMENTAL("Incremental");

    private final String displayName;

    BackupType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
