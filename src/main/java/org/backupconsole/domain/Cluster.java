package org.backupconsole.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cluster as the backup page needs it.
 *
 * @param backupRegion the one region all backups of this cluster are stored in, chosen at creation;
 *                     empty when the backend does not say (the live API does not expose it)
 * @param deletedAt    when the cluster was deleted, if it was
 */
public record Cluster(
        String id,
        String name,
        Plan plan,
        ClusterState state,
        CloudProvider cloudProvider,
        List<String> regions,
        Optional<String> backupRegion,
        Instant createdAt,
        Optional<Instant> deletedAt) {

    public Cluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(cloudProvider, "cloudProvider");
        regions = List.copyOf(regions);
        Objects.requireNonNull(backupRegion, "backupRegion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }

    public boolean isDeleted() {
        return state == ClusterState.DELETED;
    }

    public boolean isRestoring() {
        return state == ClusterState.LOCKED;
    }
}
