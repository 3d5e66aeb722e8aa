package org.backupconsole.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.BackupStatus;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;

/**
 * A deterministic discrete-event model of CockroachDB Cloud managed backups. Time only moves when
 * {@link #advanceTo} is called, and the work done is proportional to the events that fall due, not to the
 * time that passes. The same seed and the same calls give the same history.
 *
 * <p>Not thread-safe: callers serialise access (the simulator adapter holds a lock).
 */
public final class BackupEngine {

    static final Duration BACKUP_BASE_DURATION = Duration.ofMinutes(2);
    /** Bytes a backup writes per second of its run, so a bigger cluster takes longer to back up. */
    static final long BACKUP_BYTES_PER_SECOND = 50_000_000L;

    private final SplittableRandom random;
    private final IdGenerator ids;
    private final EventQueue events = new EventQueue();
    private final Map<String, SimCluster> clusters = new LinkedHashMap<>();
    private final Map<String, RestoreJob> restores = new HashMap<>();
    private final Map<String, SimCluster> backupOwners = new HashMap<>();
    private final RestoreRules restoreRules = new RestoreRules(this);
    private final SettingsRules settingsRules = new SettingsRules();
    private Instant now;

    public BackupEngine(long seed, Instant start) {
        this.random = new SplittableRandom(seed);
        this.ids = new IdGenerator(random.split());
        this.now = Objects.requireNonNull(start, "start");
    }

    public Instant now() {
        return now;
    }

    /** Processes every event due up to and including the target, in time order, then sets the time to it. */
    public void advanceTo(Instant target) {
        if (target.isBefore(now)) {
            return;
        }
        Instant due = events.peekTime();
        while (due != null && !due.isAfter(target)) {
            now = due;
            events.poll().fire(this);
            due = events.peekTime();
        }
        now = target;
    }

    /** Events waiting to fire; a measure of the engine's work, for benchmarks. */
    public int pendingEvents() {
        return events.size();
    }

    public Cluster createCluster(String name, Plan plan, CloudProvider provider, List<String> regions, long dataBytes) {
        if (regions.isEmpty()) {
            throw BackendException.invalid("a cluster needs at least one region");
        }
        String backupRegion = regions.get(random.nextInt(regions.size()));
        SimCluster cluster = new SimCluster(ids.next(), name, plan, provider, regions, backupRegion, now, dataBytes);
        clusters.put(cluster.id, cluster);
        Duration firstBackupAfter = Duration.ofMinutes(30 + random.nextInt(23 * 60));
        scheduleBackup(cluster, now.plus(firstBackupAfter));
        return cluster.snapshot();
    }

    public List<Cluster> clusters() {
        return clusters.values().stream().map(SimCluster::snapshot).toList();
    }

    public Cluster cluster(String clusterId) {
        return find(clusterId).snapshot();
    }

    /** Listed backups of a cluster in the range, newest first. */
    public List<Backup> backups(String clusterId, TimeRange range) {
        SimCluster cluster = find(clusterId);
        var window = cluster.backups;
        if (range.start().isPresent() && range.end().isPresent()) {
            window = window.subMap(range.start().get(), true, range.end().get(), false);
        } else if (range.start().isPresent()) {
            window = window.tailMap(range.start().get(), true);
        } else if (range.end().isPresent()) {
            window = window.headMap(range.end().get(), false);
        }
        List<Backup> newestFirst = new ArrayList<>(window.values());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The contents a backup captured; the engine does not model data catalogs yet, so it cannot tell. */
    public Optional<Catalog> backupContents(String clusterId, String backupId) {
        find(clusterId);
        return Optional.empty();
    }

    /** Failed or pending backup runs, newest first: every run the engine takes so far succeeds. */
    public List<IncompleteBackup> incompleteBackups(String clusterId) {
        find(clusterId);
        return List.of();
    }

    public BackupSettings settings(String clusterId) {
        return find(clusterId).settings;
    }

    /**
     * Changes the backup settings of a STANDARD or ADVANCED cluster under the service's rules: allowed values
     * only, retention changed once, and an immediate full backup after any change that leaves backups enabled.
     */
    public BackupSettings updateSettings(String clusterId, BackupSettingsUpdate update) {
        SimCluster cluster = find(clusterId);
        BackupSettings changed = settingsRules.apply(cluster, update);
        if (!changed.equals(cluster.settings)) {
            boolean retentionChanged = changed.retentionDays() != cluster.settings.retentionDays();
            cluster.settings = changed;
            cluster.retentionChanged |= retentionChanged;
            cluster.scheduleGeneration++;
            if (changed.enabled()) {
                scheduleBackup(cluster, now);
            }
        }
        return changed;
    }

    public Restore startRestore(RestoreRequest request) {
        RestoreJob job = restoreRules.start(request);
        restores.put(job.id(), job);
        find(request.destinationClusterId()).restoreIds.add(job.id());
        return job.snapshot(now);
    }

    public Restore restore(String destinationClusterId, String restoreId) {
        RestoreJob job = restores.get(restoreId);
        if (job == null || !job.destination().id.equals(destinationClusterId)) {
            throw BackendException.notFound("Restore " + restoreId + " of cluster " + destinationClusterId);
        }
        return job.snapshot(now);
    }

    /** Restores into a cluster, newest first. */
    public List<Restore> restores(String destinationClusterId) {
        List<String> idsOldestFirst = find(destinationClusterId).restoreIds;
        List<Restore> result = new ArrayList<>(idsOldestFirst.size());
        for (int i = idsOldestFirst.size() - 1; i >= 0; i--) {
            result.add(restores.get(idsOldestFirst.get(i)).snapshot(now));
        }
        return result;
    }

    SimCluster find(String clusterId) {
        SimCluster cluster = clusters.get(clusterId);
        if (cluster == null) {
            throw BackendException.notFound("Cluster " + clusterId);
        }
        return cluster;
    }

    SplittableRandom random() {
        return random;
    }

    IdGenerator ids() {
        return ids;
    }

    void schedule(Instant at, Event event) {
        events.schedule(at, event);
    }

    private void scheduleBackup(SimCluster cluster, Instant at) {
        long generation = cluster.scheduleGeneration;
        events.schedule(at, engine -> engine.takeBackup(cluster, generation));
    }

    private void takeBackup(SimCluster cluster, long generation) {
        if (generation != cluster.scheduleGeneration || cluster.deletedAt != null) {
            return;
        }
        BackupSettings settings = cluster.settings;
        if (!settings.enabled()) {
            return;
        }
        scheduleBackup(cluster, now.plus(Duration.ofMinutes(settings.frequencyMinutes())));
        Instant expiresAt = now.plus(Duration.ofDays(settings.retentionDays()));
        Backup backup = new Backup(ids.next(), cluster.id, now, BackupStatus.IN_PROGRESS, BackupType.FULL,
                expiresAt, false);
        cluster.backups.put(backup.asOfTime(), backup);
        backupOwners.put(backup.id(), cluster);
        events.schedule(now.plus(backupDuration(cluster)), engine -> engine.completeBackup(cluster, backup));
        events.schedule(expiresAt, engine -> engine.expireBackup(cluster, backup));
    }

    private void completeBackup(SimCluster cluster, Backup backup) {
        cluster.backups.computeIfPresent(backup.asOfTime(), (asOf, b) -> new Backup(b.id(), b.clusterId(),
                b.asOfTime(), BackupStatus.COMPLETE, b.type(), b.expiresAt(), false));
    }

    private void expireBackup(SimCluster cluster, Backup backup) {
        cluster.backups.remove(backup.asOfTime());
        backupOwners.remove(backup.id());
    }

    static Duration backupDuration(SimCluster cluster) {
        return BACKUP_BASE_DURATION.plusSeconds(cluster.dataBytes / BACKUP_BYTES_PER_SECOND);
    }

    /** The cluster a listed backup belongs to, or null when no such backup is listed. */
    SimCluster ownerOf(String backupId) {
        return backupOwners.get(backupId);
    }

    static BackendException precondition(String message) {
        return new BackendException(FailureReason.FAILED_PRECONDITION, message);
    }
}
