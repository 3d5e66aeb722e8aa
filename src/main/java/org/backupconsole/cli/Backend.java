package org.backupconsole.cli;

import org.backupconsole.backend.BackupService;

/** The backend one scripting command acts on, and what closing it does: stop a local API, write a state file. */
final class Backend implements AutoCloseable {

    private final BackupService service;
    private final Runnable onClose;

    Backend(BackupService service, Runnable onClose) {
        this.service = service;
        this.onClose = onClose;
    }

    BackupService service() {
        return service;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
