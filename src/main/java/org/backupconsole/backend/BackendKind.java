package org.backupconsole.backend;

/** The two adapters of {@link BackupService}. */
public enum BackendKind {
    SIMULATOR,
    LIVE
}
