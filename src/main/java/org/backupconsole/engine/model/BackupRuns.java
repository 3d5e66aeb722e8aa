package org.backupconsole.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

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
    private static final long NEW_FULL_AFTER_NANOS = NEW_FULL_AFTER.toNanos();

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
        schedule(cluster, kernel.nowNanos() + minutes * TimeBase.NANOS_PER_MINUTE, false);
    }

    /** Drops every queued run and starts the schedule again from {@code at}. */
    void restartSchedule(SimCluster cluster, Instant at, boolean full) {
        cluster.scheduleGeneration++;
        cluster.openChain = full ? null : cluster.openChain;
        schedule(cluster, Math.max(cluster.lastRunCompletesAt, kernel.time().nanos(at)), full);
    }

    void stopSchedule(SimCluster cluster) {
        cluster.scheduleGeneration++;
    }

    static Duration duration(SimCluster cluster, BackupType type) {
        long bytes = cluster.dataBytes();
        long written = type == BackupType.FULL ? bytes : bytes / INCREMENTAL_SHARE_DIVISOR;
        return BASE_DURATION.plusSeconds(written / FULL_BYTES_PER_SECOND);
    }

    private void schedule(SimCluster cluster, long at, boolean full) {
        kernel.schedule(at, new ScheduledRun(this, cluster, cluster.scheduleGeneration, full));
    }

    /**
     * A run of a cluster's schedule as it stood when the run was queued. Every run queues the next; one that is not a
     * forced full queues itself again rather than a new event, since the next is the same run of the same schedule.
     */
    private record ScheduledRun(BackupRuns runs, SimCluster cluster, long generation, boolean full) implements Event {
        @Override
        public void fire() {
            runs.run(this);
        }
    }

    private void run(ScheduledRun scheduled) {
        SimCluster cluster = scheduled.cluster();
        BackupSettings settings = cluster.settings;
        if (scheduled.generation() != cluster.scheduleGeneration || cluster.lifecycle.is(ClusterState.DELETED)
                || !settings.enabled()) {
            return;
        }
        long now = kernel.nowNanos();
        long next = now + settings.frequencyMinutes() * TimeBase.NANOS_PER_MINUTE;
        kernel.schedule(next, scheduled.full()
                ? new ScheduledRun(this, cluster, scheduled.generation(), false) : scheduled);
        if (cluster.lifecycle.is(ClusterState.LOCKED) || cluster.isRunningBackup(now)) {
            return;
        }
        take(cluster, scheduled.full(), now, settings);
    }

    private void take(SimCluster cluster, boolean forcedFull, long now, BackupSettings settings) {
        BackupChain open = cluster.openChain;
        boolean full = forcedFull || cluster.plan == Plan.BASIC || open == null
                || now >= open.fullAsOf + NEW_FULL_AFTER_NANOS;
        BackupType type = full ? BackupType.FULL : BackupType.INCREMENTAL;
        BackupTimeline backups = cluster.backups;
        BackupChain chain = full ? new BackupChain(now, settings.retentionDays(), backups.nextPosition()) : open;
        Optional<RestoreFailure> failure = faults.decide(FaultRule.Target.BACKUP, cluster.id);
        UUID id = backupIds.nextUuid();
        long completes = now + duration(cluster, type).toNanos();
        if (full) {
            kernel.schedule(chain.expiresAt, () -> expire(cluster, chain));
        }
        int position = backups.add(now, completes, id, chain, cluster.catalog());
        cluster.lastRunCompletesAt = completes;
        cluster.openChain = chain;
        if (failure.isPresent()) {
            SimBackup doomed = backups.at(position);
            kernel.schedule(completes, () -> fail(doomed, position, chain, failure.get()));
        }
    }

    private void fail(SimBackup backup, int position, BackupChain chain, RestoreFailure why) {
        SimCluster cluster = backup.cluster;
        cluster.backups.remove(position, position + 1);
        if (backup.type == BackupType.FULL && cluster.openChain == chain) {
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

    private void expire(SimCluster cluster, BackupChain chain) {
        cluster.backups.remove(chain.first, chain.end);
        if (cluster.openChain == chain) {
            cluster.openChain = null;
        }
    }
}
