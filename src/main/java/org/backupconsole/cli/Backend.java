package org.backupconsole.cli;

import org.backupconsole.backend.BackupService;

/** The backend one scripting command acts on, and what closing it does: stop a local API, write a state file. */
final class Backend implements AutoCloseable {

    private final BackupService service;
    private final Runnable checkpoint;
    private final Runnable onClose;

    Backend(BackupService service, Runnable onClose) {
        this(service, () -> { }, onClose);
    }

    /** @param checkpoint keeps what was changed so far, for a change that must outlive a stopped command */
    Backend(BackupService service, Runnable checkpoint, Runnable onClose) {
        this.service = service;
        this.checkpoint = checkpoint;
        this.onClose = onClose;
    }

    BackupService service() {
        return service;
    }

    /** Writes the state file now, so that a restore just started is in it even if the command is then stopped. */
    void checkpoint() {
        checkpoint.run();
    }

    @Override
    public void close() {
        onClose.run();
    }
}
