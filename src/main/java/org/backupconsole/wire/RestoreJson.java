package org.backupconsole.wire;

import java.time.Instant;
import java.util.List;

/**
 * {@code Restore}. The spec marks most fields required, but a create response has been seen without the cluster
 * names and the backup end time, so every field may be null here and readers must cope.
 */
public record RestoreJson(
        String id,
        String backupId,
        String status,
        Instant createdAt,
        String type,
        Double completionPercent,
        String sourceClusterName,
        String destinationClusterName,
        Instant backupEndTime,
        Instant completedAt,
        String crdbJobId,
        Integer clientErrorCode,
        String clientErrorMessage,
        List<RestoreItemJson> objects,
        RestoreOptsJson restoreOpts) {
}
