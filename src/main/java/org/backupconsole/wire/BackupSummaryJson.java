package org.backupconsole.wire;

import java.time.Instant;

/** {@code BackupSummary}: all the API says about a backup. */
public record BackupSummaryJson(String id, Instant asOfTime) {
}
