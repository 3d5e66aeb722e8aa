package org.backupconsole.engine.model;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;

/** The engine's mutable record of one cluster; the outside world only sees {@link Cluster} snapshots. */
final class SimCluster {

    final String id;
    final String name;
    final CloudProvider provider;
    final List<String> regions;
    final String backupRegion;
    final Instant createdAt;
    final CockroachVersion version;
    /** The cluster's state; it moves only as {@link ClusterLifecycle} allows. */
    final ClusterLifecycle lifecycle;
    Plan plan;
    BackupSettings settings;
    private Catalog catalog;
    /** The catalog's size, kept at hand because every backup run needs it. */
    private long dataBytes;
    /** Bumped when the schedule changes, so that runs queued under the old schedule are dropped. */
    long scheduleGeneration;
    /** Retention may be changed once; after that the service refuses. */
    boolean retentionChanged;
    /** The chain new incrementals join; null when the next run must be a full backup. */
    BackupChain openChain;
    /** When the latest run completes ({@link TimeBase} nanoseconds), to skip a scheduled run while it is going. */
    long lastRunCompletesAt = Long.MIN_VALUE;

    final BackupTimeline backups;
    /** Failed runs, oldest first, each kept for the retention in force when it started. */
    final Deque<FailedRun> failedRuns = new ArrayDeque<>();
    final List<String> restoreIds = new ArrayList<>();

    SimCluster(String id, String name, Plan plan, CloudProvider provider, List<String> regions,
               String backupRegion, Instant createdAt, Catalog catalog, CockroachVersion version, TimeBase time) {
        this.id = id;
        this.name = name;
        this.plan = plan;
        this.provider = provider;
        this.regions = List.copyOf(regions);
        this.backupRegion = backupRegion;
        this.createdAt = createdAt;
        this.version = version;
        this.lifecycle = new ClusterLifecycle(name);
        this.backups = new BackupTimeline(this, time);
        setCatalog(catalog);
        this.settings = BackupSettings.initialFor(plan);
    }

    Catalog catalog() {
        return catalog;
    }

    long dataBytes() {
        return dataBytes;
    }

    void setCatalog(Catalog newCatalog) {
        catalog = newCatalog;
        dataBytes = newCatalog.sizeBytes();
    }

    Cluster snapshot() {
        return new Cluster(id, name, plan, lifecycle.state(), provider, regions, Optional.of(backupRegion), createdAt,
                lifecycle.deletedAt(), Optional.of(version));
    }

    boolean isRunningBackup(long now) {
        return now < lastRunCompletesAt;
    }
}
