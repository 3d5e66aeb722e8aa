package org.backupconsole.activity;

/** The changes the journal records: each is a call of the port that changes a cluster. */
public enum ActivityAction {
    RESTORE("Restore"),
    SETTINGS_CHANGE("Settings change"),
    DATABASE_DROP("Database drop");

    private final String displayName;

    ActivityAction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
