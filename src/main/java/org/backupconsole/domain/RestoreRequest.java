package org.backupconsole.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller asks for when it starts a restore. It is sent to the destination cluster.
 *
 * @param sourceClusterId the cluster the backup belongs to; empty means the destination itself
 * @param backupId        the backup to restore; empty means the latest backup of the last 7 days on the source
 */
public record RestoreRequest(
        String destinationClusterId,
        RestoreType type,
        Optional<String> sourceClusterId,
        Optional<String> backupId,
        List<RestoreItem> objects,
        RestoreOptions options) {

    public RestoreRequest {
        Objects.requireNonNull(destinationClusterId, "destinationClusterId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceClusterId, "sourceClusterId");
        Objects.requireNonNull(backupId, "backupId");
        objects = List.copyOf(objects);
        Objects.requireNonNull(options, "options");
    }

    /** A whole-cluster restore of the given backup into the given cluster. */
    public static RestoreRequest cluster(String destinationClusterId, String sourceClusterId, String backupId) {
        return new RestoreRequest(destinationClusterId, RestoreType.CLUSTER, Optional.of(sourceClusterId),
                Optional.of(backupId), List.of(), RestoreOptions.NONE);
    }
}
