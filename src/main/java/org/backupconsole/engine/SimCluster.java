package org.backupconsole.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.Plan;

/** The engine's mutable record of one cluster; the outside world only sees {@link Cluster} snapshots. */
final class SimCluster {

    final String id;
    final String name;
    final CloudProvider provider;
    final List<String> regions;
    final String backupRegion;
    final Instant createdAt;
    Plan plan;
    ClusterState state = ClusterState.CREATED;
    Instant deletedAt;
    BackupSettings settings;
    long dataBytes;
    /** Bumped when the schedule changes, so that backups queued under the old schedule are dropped. */
    long scheduleGeneration;
    /** Retention may be changed once; after that the service refuses. */
    boolean retentionChanged;
    String runningRestoreId;

    /** The listed backups by as-of time, which strictly increases per cluster. */
    final NavigableMap<Instant, Backup> backups = new TreeMap<>();
    final List<String> restoreIds = new ArrayList<>();

    SimCluster(String id, String name, Plan plan, CloudProvider provider, List<String> regions,
               String backupRegion, Instant createdAt, long dataBytes) {
        this.id = id;
        this.name = name;
        this.plan = plan;
        this.provider = provider;
        this.regions = List.copyOf(regions);
        this.backupRegion = backupRegion;
        this.createdAt = createdAt;
        this.dataBytes = dataBytes;
        this.settings = BackupSettings.initialFor(plan);
    }

    Cluster snapshot() {
        return new Cluster(id, name, plan, state, provider, regions, Optional.of(backupRegion), createdAt,
                Optional.ofNullable(deletedAt));
    }
}
