package org.backupconsole.engine.model;

import java.time.Instant;

import org.backupconsole.domain.IncompleteBackup;

/** A failed backup run as the Incomplete Backups tab lists it, until it ages out of the retention. */
record FailedRun(IncompleteBackup run, Instant forgottenAt) {
}
