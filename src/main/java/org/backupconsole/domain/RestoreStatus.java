package org.backupconsole.domain;

/** The status of a restore job in the Cloud API. A restore cannot be cancelled, so there are only three. */
public enum RestoreStatus {
    PENDING,
    SUCCESS,
    FAILED;

    public boolean isFinished() {
        return this != PENDING;
    }
}
