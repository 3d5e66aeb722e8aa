package org.backupconsole.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RestoreFailure;

/**
 * Takes the scheduled backups of every cluster and expires them.
 *
 * <p>Chain policy: a run is a FULL backup when the plan is BASIC, when there is no open chain, when the open
 * chain's full backup is 24 hours old or more, or when a settings change asked for one; otherwise it is an
 * INCREMENTAL joining the open chain. A failed full, a restore into the cluster or a plan change closes the
 * chain. A scheduled run is skipped while the previous run is still going or a restore holds the cluster.
 */
final class BackupRuns {

    static final Duration BASE_DURATION = Duration.ofMinutes(2);
    /** Bytes a full backup writes per second, so a bigger cluster takes longer to back up. */
    static final long FULL_BYTES_PER_SECOND = 50_000_000L;
    /** An incremental writes about this fraction of the data a full backup writes. */
    static final long INCREMENTAL_SHARE_DIVISOR = 20;
    static final Duration NEW_FULL_AFTER = Duration.ofDays(1);

    private final EventKernel kernel;
    private final FaultRules faults;
    private final IdGenerator backupIds;
    private final SplittableRandom scheduleOffsets;

    BackupRuns(EventKernel kernel, FaultRules faults, RandomStreams random) {
        this.kernel = kernel;
        this.faults = faults;
        this.backupIds = new IdGenerator(random.get(RandomStreams.Purpose.BACKUP_IDS));
        this.scheduleOffsets = random.get(RandomStreams.Purpose.SCHEDULE_OFFSETS);
    }

    /** The first run comes within one schedule interval of the cluster becoming ready. */
    void scheduleFirst(SimCluster cluster) {
        int minutes = 1 + scheduleOffsets.nextInt(cluster.settings.frequencyMinutes());
        schedule(cluster, kernel.now().plus(Duration.ofMinutes(minutes)), false);
    }

    /** Drops every queued run and starts the schedule again from {@code at}. */
    void restartSchedule(SimCluster cluster, Instant at, boolean full) {
        cluster.scheduleGeneration++;
        cluster.openChain = full ? null : cluster.openChain;
        Instant start = cluster.lastRun != null && cluster.lastRun.completesAt.isAfter(at) ? cluster.lastRun.completesAt : at;
        schedule(cluster, start, full);
    }

    void stopSchedule(SimCluster cluster) {
        cluster.scheduleGeneration++;
    }

    static Duration duration(SimCluster cluster, BackupType type) {
        long bytes = cluster.dataBytes();
        long written = type == BackupType.FULL ? bytes : bytes / INCREMENTAL_SHARE_DIVISOR;
        return BASE_DURATION.plusSeconds(written / FULL_BYTES_PER_SECOND);
    }

    private void schedule(SimCluster cluster, Instant at, boolean full) {
        long generation = cluster.scheduleGeneration;
        kernel.schedule(at, () -> run(cluster, generation, full));
    }

    private void run(SimCluster cluster, long generation, boolean full) {
        BackupSettings settings = cluster.settings;
        if (generation != cluster.scheduleGeneration || cluster.lifecycle.is(ClusterState.DELETED) || !settings.enabled()) {
            return;
        }
        Instant now = kernel.now();
        schedule(cluster, now.plus(Duration.ofMinutes(settings.frequencyMinutes())), false);
        if (cluster.lifecycle.is(ClusterState.LOCKED) || cluster.isRunningBackup(now)) {
            return;
        }
        take(cluster, full, now, settings);
    }

    private void take(SimCluster cluster, boolean forcedFull, Instant now, BackupSettings settings) {
        BackupChain open = cluster.openChain;
        boolean full = forcedFull || cluster.plan == Plan.BASIC || open == null
                || !now.isBefore(open.fullAsOf.plus(NEW_FULL_AFTER));
        BackupType type = full ? BackupType.FULL : BackupType.INCREMENTAL;
        BackupChain chain = full ? new BackupChain(now, now.plus(Duration.ofDays(settings.retentionDays()))) : open;
        Optional<RestoreFailure> failure = faults.decide(FaultRule.Target.BACKUP, cluster.id);
        SimBackup backup = new SimBackup(backupIds.next(), cluster, now, now.plus(duration(cluster, type)), type,
                chain, settings.retentionDays(), cluster.catalog(), failure.isPresent());
        if (full) {
            kernel.schedule(chain.expiresAt, () -> expire(chain));
        }
        chain.members.add(backup);
        cluster.backups.add(backup);
        cluster.lastRun = backup;
        cluster.openChain = chain;
        failure.ifPresent(why -> kernel.schedule(backup.completesAt, () -> fail(backup, why)));
    }

    private void fail(SimBackup backup, RestoreFailure why) {
        SimCluster cluster = backup.cluster;
        cluster.backups.remove(backup);
        if (backup.type == BackupType.FULL && cluster.openChain == backup.chain) {
            cluster.openChain = null;
        }
        Instant now = kernel.now();
        while (!cluster.failedRuns.isEmpty() && !cluster.failedRuns.peekFirst().forgottenAt().isAfter(now)) {
            cluster.failedRuns.removeFirst();
        }
        IncompleteBackup run = new IncompleteBackup(backup.id, cluster.id, backup.asOf,
                Duration.between(backup.asOf, now), Optional.of(why), backup.description());
        cluster.failedRuns.addLast(new FailedRun(run, backup.asOf.plus(Duration.ofDays(backup.retentionDays))));
    }

    private void expire(BackupChain chain) {
        for (SimBackup backup : chain.members) {
            backup.cluster.backups.remove(backup);
            if (backup.cluster.openChain == chain) {
                backup.cluster.openChain = null;
            }
        }
        chain.members.clear();
    }
}
