package org.backupconsole.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.ClusterState;

/** The clusters the engine holds, deleted ones included until they are purged, in the order they were created. */
final class Clusters {

    private final Map<String, SimCluster> byId = new LinkedHashMap<>();

    SimCluster find(String clusterId) {
        SimCluster cluster = byId.get(clusterId);
        if (cluster == null) {
            throw BackendException.notFound("Cluster " + clusterId);
        }
        return cluster;
    }

    Iterable<SimCluster> all() {
        return byId.values();
    }

    void add(SimCluster cluster) {
        byId.put(cluster.id, cluster);
    }

    void remove(SimCluster cluster) {
        byId.remove(cluster.id);
    }

    /** Whether a cluster that is not deleted has the name, which a new cluster then cannot take. */
    boolean nameTaken(String name) {
        return byId.values().stream().anyMatch(c -> c.name.equals(name) && !c.lifecycle.is(ClusterState.DELETED));
    }

    /** The listed backup with this id on any cluster, or null; a rare look-up, so a scan. */
    SimBackup listedBackup(String backupId) {
        for (SimCluster cluster : byId.values()) {
            SimBackup backup = cluster.backups.find(backupId);
            if (backup != null) {
                return backup;
            }
        }
        return null;
    }

    long retainedBackups() {
        return byId.values().stream().mapToLong(c -> c.backups.size()).sum();
    }
}
