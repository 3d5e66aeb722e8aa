package org.backupconsole.engine.model;

/**
 * A full backup and the incrementals taken on top of it. The chain is deleted as a whole when its full
 * backup reaches its retention: an incremental cannot be restored without its full. Only the open chain, the
 * chain of a cluster's latest backup, takes new members, so a chain's members are consecutive in the cluster's
 * {@link BackupTimeline}: the positions from {@link #first}, its full backup, up to {@link #end}.
 */
final class BackupChain {

    /** {@link TimeBase} nanoseconds. */
    final long fullAsOf;
    final long expiresAt;
    /** The retention in force when the full backup was taken, which its incrementals list too. */
    final int retentionDays;
    final int first;
    /** One past the position of the latest member. */
    int end;

    BackupChain(long fullAsOf, int retentionDays, int first) {
        this.fullAsOf = fullAsOf;
        this.expiresAt = fullAsOf + retentionDays * TimeBase.NANOS_PER_DAY;
        this.retentionDays = retentionDays;
        this.first = first;
        this.end = first;
    }
}
