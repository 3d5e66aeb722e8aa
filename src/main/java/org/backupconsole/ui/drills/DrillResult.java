package org.backupconsole.ui.drills;

/** Where a drill stands: still being worked, passed, or failed because a check was broken. */
public enum DrillResult {
    NONE,
    IN_PROGRESS,
    PASSED,
    FAILED
}
