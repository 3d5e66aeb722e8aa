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
 * @param version      the CockroachDB version it runs; empty when the backend's answer is not one this app reads
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
        Optional<Instant> deletedAt,
        Optional<CockroachVersion> version) {

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
        Objects.requireNonNull(version, "version");
    }

    public boolean isDeleted() {
        return state == ClusterState.DELETED;
    }

    public boolean isRestoring() {
        return state == ClusterState.LOCKED;
    }

    /** Whether this cluster's backups can go into {@code target}; an unknown version is not held against it. */
    public boolean versionAllowsRestoreInto(Cluster target) {
        return version.isEmpty() || target.version.isEmpty() || target.version.get().canRestoreFrom(version.get());
    }
}
