package org.backupconsole.engine.model;

import java.time.Instant;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Cluster;

/** Deletes a cluster; its backups stay for their retention, then the cluster is purged. */
public record DeleteCluster(String clusterId) implements Command<Cluster> {

    public static final CommandKind<DeleteCluster> KIND = new CommandKind<>(DeleteCluster.class, "deleteCluster",
            in -> new DeleteCluster(in.allowing("cluster").text("cluster")));

    @Override
    public Cluster applyTo(EngineState state) {
        SimCluster cluster = state.clusters.find(clusterId);
        cluster.lifecycle.requireAvailable("deleted");
        Instant now = state.now();
        cluster.lifecycle.delete(now);
        state.runs.stopSchedule(cluster);
        Instant lastExpiry = cluster.backups.newestFirst(TimeRange.ALL).stream().map(b -> b.expiresAt)
                .max(Instant::compareTo).orElse(now);
        state.kernel.schedule(lastExpiry, () -> state.purge(cluster));
        return cluster.snapshot();
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("cluster", clusterId);
    }
}
