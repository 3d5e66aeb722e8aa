package org.backupconsole.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;

/** Validates a restore request as the managed service does, then starts the job and schedules its course. */
final class RestoreRules {

    static final Duration DEFAULT_BACKUP_WINDOW = Duration.ofDays(7);
    static final Duration PREPARATION = Duration.ofSeconds(30);
    static final Duration RUN_BASE = Duration.ofMinutes(3);
    static final long RESTORE_BYTES_PER_SECOND = 30_000_000L;
    /** The service records completed_at a little after it reports SUCCESS. */
    static final Duration COMPLETION_LAG = Duration.ofSeconds(10);

    private final BackupEngine engine;

    RestoreRules(BackupEngine engine) {
        this.engine = engine;
    }

    RestoreJob start(RestoreRequest request) {
        SimCluster destination = engine.find(request.destinationClusterId());
        checkDestination(destination);
        if (request.type() != RestoreType.CLUSTER && !destination.plan.allowsPartialRestore()) {
            throw BackendException.invalid(destination.plan.displayName()
                    + " clusters can only be restored at the cluster level.");
        }
        if (request.type() != RestoreType.CLUSTER && request.objects().isEmpty()) {
            throw BackendException.invalid("objects is required when type is " + request.type() + ".");
        }
        Map.Entry<SimCluster, Backup> chosen = chooseBackup(request, destination);
        SimCluster source = chosen.getKey();
        Backup backup = chosen.getValue();
        if (source != destination && source.plan != destination.plan) {
            throw BackendException.invalid("A backup of a " + source.plan.displayName()
                    + " cluster can only be restored into a cluster of the same plan; "
                    + destination.name + " is " + destination.plan.displayName() + ".");
        }
        Instant now = engine.now();
        Duration run = RUN_BASE.plusSeconds(source.dataBytes / RESTORE_BYTES_PER_SECOND);
        RestoreJob job = new RestoreJob(engine.ids().next(), request, source, destination, backup, now, PREPARATION, run);
        destination.state = ClusterState.LOCKED;
        destination.runningRestoreId = job.id();
        String crdbJobId = Long.toString(1_000_000_000_000_000L + engine.random().nextLong(8_000_000_000_000_000L));
        engine.schedule(job.runStartsAt(), e -> job.markRunning(crdbJobId));
        engine.schedule(job.runEndsAt(), e -> finish(job));
        return job;
    }

    private void finish(RestoreJob job) {
        job.succeed();
        SimCluster destination = job.destination();
        destination.state = ClusterState.CREATED;
        destination.runningRestoreId = null;
        engine.schedule(engine.now().plus(COMPLETION_LAG), e -> job.markCompleted(e.now()));
    }

    private static void checkDestination(SimCluster destination) {
        if (destination.state == ClusterState.DELETED) {
            throw BackendException.invalid("Cluster " + destination.name + " is deleted and cannot be restored into.");
        }
        if (destination.state == ClusterState.LOCKED) {
            throw BackupEngine.precondition("A restore is already running on cluster " + destination.name
                    + "; a cluster takes one restore at a time.");
        }
    }

    private Map.Entry<SimCluster, Backup> chooseBackup(RestoreRequest request, SimCluster destination) {
        SimCluster source = request.sourceClusterId().map(engine::find).orElse(null);
        if (request.backupId().isPresent()) {
            String backupId = request.backupId().get();
            SimCluster owner = engine.ownerOf(backupId);
            if (owner == null) {
                throw BackendException.notFound("Backup " + backupId);
            }
            if (source != null && source != owner) {
                throw BackendException.invalid("Backup " + backupId + " does not belong to cluster " + source.name + ".");
            }
            Backup backup = owner.backups.values().stream()
                    .filter(b -> b.id().equals(backupId)).findFirst().orElseThrow();
            if (!backup.isComplete()) {
                throw BackupEngine.precondition("Backup " + backupId + " is still in progress; choose a complete backup.");
            }
            return Map.entry(owner, backup);
        }
        SimCluster from = source != null ? source : destination;
        Instant windowStart = engine.now().minus(DEFAULT_BACKUP_WINDOW);
        return from.backups.descendingMap().values().stream()
                .filter(Backup::isComplete)
                .filter(b -> !b.asOfTime().isBefore(windowStart))
                .findFirst()
                .map(b -> Map.entry(from, b))
                .orElseThrow(() -> BackendException.notFound("A complete backup of cluster " + from.name
                        + " from the last 7 days"));
    }
}
