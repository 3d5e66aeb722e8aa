package org.backupconsole.engine.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A full backup and the incrementals taken on top of it. The chain is deleted as a whole when its full
 * backup reaches its retention: an incremental cannot be restored without its full.
 */
final class BackupChain {

    final Instant fullAsOf;
    final Instant expiresAt;
    final List<SimBackup> members = new ArrayList<>();

    BackupChain(Instant fullAsOf, Instant expiresAt) {
        this.fullAsOf = fullAsOf;
        this.expiresAt = expiresAt;
    }
}
