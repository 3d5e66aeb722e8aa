package org.backupconsole.activity;

/** Where a change was made from: the window or a scripting command. */
public enum ActivityOrigin {
    APP("App"),
    CLI("Command line");

    private final String displayName;

    ActivityOrigin(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
