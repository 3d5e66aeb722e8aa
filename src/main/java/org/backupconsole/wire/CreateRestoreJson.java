package org.backupconsole.wire;

import java.util.List;

/** The body of POST {@code /api/v1/clusters/{destination_cluster_id}/restores}; only {@code type} is required. */
public record CreateRestoreJson(
        String type,
        String sourceClusterId,
        String backupId,
        List<RestoreItemJson> objects,
        RestoreOptsJson restoreOpts) {
}
