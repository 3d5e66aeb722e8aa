package org.backupconsole.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Restore;

/**
 * What the engine holds, read at its present as immutable snapshots: nothing here changes the engine or draws
 * randomness. Callers, drill checks among them, see records, never the engine's mutable parts.
 */
public final class EngineReads {

    private final EngineState state;

    EngineReads(EngineState state) {
        this.state = state;
    }

    public Instant now() {
        return state.now();
    }

    public String organizationName() {
        return state.organization.name();
    }

    public List<Principal> principals() {
        return state.organization.principals();
    }

    public Principal principal(String principalId) {
        return state.organization.find(principalId);
    }

    /** Every cluster, deleted ones included until they are purged, in the order they were created. */
    public List<Cluster> clusters() {
        List<Cluster> result = new ArrayList<>();
        state.clusters.all().forEach(cluster -> result.add(cluster.snapshot()));
        return result;
    }

    public Cluster cluster(String clusterId) {
        return state.clusters.find(clusterId).snapshot();
    }

    public Catalog catalog(String clusterId) {
        return state.clusters.find(clusterId).catalog();
    }

    /**
     * A cluster's catalog as a member may read it through the Cloud API's ListDatabases: any role on the cluster
     * or in the organization, on a cluster that is ready.
     */
    public Catalog clusterContents(String principalId, String clusterId) {
        SimCluster cluster = state.clusters.find(clusterId);
        state.access.requireRole(principalId, cluster, "list the databases of", Permissions::mayListDatabasesOn,
                "the Cluster Admin, Cluster Operator or Cluster Developer role");
        cluster.lifecycle.requireServing("list the databases of");
        return cluster.catalog();
    }

    /**
     * Refuses a caller without Cluster Admin or Cluster Operator on the cluster or in the organization, as the
     * Cloud API does for every backup and restore operation. The action reads "may not ACTION CLUSTER".
     */
    public void requireBackupRole(String principalId, String clusterId, String action) {
        state.access.requireBackupRole(principalId, clusterId, action);
    }

    /** Listed backups of a cluster in the range, newest first. */
    public List<Backup> backups(String clusterId, TimeRange range) {
        List<SimBackup> window = state.clusters.find(clusterId).backups.newestFirst(range);
        List<Backup> newestFirst = new ArrayList<>(window.size());
        Instant now = state.now();
        for (SimBackup backup : window) {
            newestFirst.add(backup.snapshot(now));
        }
        return newestFirst;
    }

    /** At most {@code limit} listed backups of a cluster in the range, from the newest end or the oldest. */
    public List<Backup> backups(String clusterId, TimeRange range, boolean newestFirst, int limit) {
        List<SimBackup> slice = state.clusters.find(clusterId).backups.slice(range, newestFirst, limit);
        List<Backup> result = new ArrayList<>(slice.size());
        Instant now = state.now();
        for (SimBackup backup : slice) {
            result.add(backup.snapshot(now));
        }
        return result;
    }

    /** The catalog a listed backup of the cluster captured at its as-of time. */
    public Catalog backupContents(String clusterId, String backupId) {
        SimCluster cluster = state.clusters.find(clusterId);
        SimBackup backup = cluster.backups.find(backupId);
        if (backup == null) {
            throw BackendException.notFound("Backup " + backupId + " of cluster " + cluster.name);
        }
        return backup.catalog;
    }

    /** Failed runs kept for their retention, and runs still going, newest first. */
    public List<IncompleteBackup> incompleteBackups(String clusterId) {
        SimCluster cluster = state.clusters.find(clusterId);
        Instant now = state.now();
        List<IncompleteBackup> result = new ArrayList<>();
        for (FailedRun failed : cluster.failedRuns) {
            if (failed.forgottenAt().isAfter(now)) {
                result.add(failed.run());
            }
        }
        for (SimBackup run : cluster.backups.runningAt(state.kernel.nowNanos())) {
            result.add(new IncompleteBackup(run.id, cluster.id, run.asOf, Duration.between(run.asOf, now),
                    Optional.empty(), run.description()));
        }
        result.sort((a, b) -> b.startedAt().compareTo(a.startedAt()));
        return result;
    }

    public BackupSettings settings(String clusterId) {
        return state.clusters.find(clusterId).settings;
    }

    /** Whether the cluster's retention was changed once already, after which the service refuses another change. */
    public boolean retentionChanged(String clusterId) {
        return state.clusters.find(clusterId).retentionChanged;
    }

    public Restore restore(String destinationClusterId, String restoreId) {
        return state.restores.into(destinationClusterId, restoreId).snapshot(state.now());
    }

    /** Restores into a cluster, newest first. */
    public List<Restore> restores(String destinationClusterId) {
        List<String> idsOldestFirst = state.clusters.find(destinationClusterId).restoreIds;
        List<Restore> result = new ArrayList<>(idsOldestFirst.size());
        Instant now = state.now();
        for (int i = idsOldestFirst.size() - 1; i >= 0; i--) {
            result.add(state.restores.get(idsOldestFirst.get(i)).snapshot(now));
        }
        return result;
    }

    public List<FaultRule> faultRules() {
        return state.faults.all();
    }
}
