package org.backupconsole.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Catalog;

/**
 * The listed backups of one cluster in as-of order. Backups only ever join at the end (as-of times strictly
 * increase) and leave when their chain expires, mostly from the front; so they are kept in parallel arrays with a
 * moving head and tombstones: about 40 bytes a backup and room to grow, appended to and expired without an object per
 * backup. Each backup has a position, counted from the cluster's first backup, that stays its own while it is kept;
 * {@link SimBackup} is the view a reader gets.
 */
final class BackupTimeline {

    private static final int INITIAL_CAPACITY = 16;

    private final SimCluster cluster;
    private final TimeBase time;
    /** {@link TimeBase} nanoseconds. */
    private long[] asOf = new long[INITIAL_CAPACITY];
    private long[] completesAt = new long[INITIAL_CAPACITY];
    private long[] idHigh = new long[INITIAL_CAPACITY];
    private long[] idLow = new long[INITIAL_CAPACITY];
    private BackupChain[] chains = new BackupChain[INITIAL_CAPACITY];
    private Catalog[] catalogs = new Catalog[INITIAL_CAPACITY];
    private boolean[] removed = new boolean[INITIAL_CAPACITY];
    /** The index of the first backup still listed (or of the end); every index before it is removed. */
    private int head;
    /** The number of indexes in use. */
    private int end;
    /** Positions dropped from the front of the arrays: a backup's position is this plus its index. */
    private int dropped;
    private int listed;

    BackupTimeline(SimCluster cluster, TimeBase time) {
        this.cluster = cluster;
        this.time = time;
    }

    /** The position the next backup will take. */
    int nextPosition() {
        return dropped + end;
    }

    /** Lists a new backup at the end, as the latest member of its chain, and returns its position. */
    int add(long at, long completes, UUID id, BackupChain chain, Catalog catalog) {
        if (end > 0 && at <= asOf[end - 1]) {
            throw new IllegalStateException("as-of times must increase: " + time.instant(at));
        }
        int position = nextPosition();
        if (chain.end != position) {
            throw new IllegalStateException("a backup joins only the chain of the latest backup, at " + time.instant(at));
        }
        makeRoom();
        int index = end++;
        asOf[index] = at;
        completesAt[index] = completes;
        idHigh[index] = id.getMostSignificantBits();
        idLow[index] = id.getLeastSignificantBits();
        chains[index] = chain;
        catalogs[index] = catalog;
        removed[index] = false;
        chain.end = position + 1;
        listed++;
        return position;
    }

    /** Stops listing the backups at positions from {@code from} up to {@code to}; those already gone stay gone. */
    void remove(int from, int to) {
        for (int index = Math.max(head, from - dropped); index < to - dropped; index++) {
            if (!removed[index]) {
                removed[index] = true;
                listed--;
            }
        }
        while (head < end && removed[head]) {
            head++;
        }
    }

    int size() {
        return listed;
    }

    /** The listed backups whose as-of time lies in the range, newest first. */
    List<SimBackup> newestFirst(TimeRange range) {
        return slice(range, true, Integer.MAX_VALUE);
    }

    /** At most {@code limit} listed backups in the range, from the newest end or the oldest, in that order. */
    List<SimBackup> slice(TimeRange range, boolean newestFirst, int limit) {
        int from = range.start().map(start -> firstAtOrAfter(time.nanosWithin(start))).orElse(head);
        int to = range.end().map(stop -> firstAtOrAfter(time.nanosWithin(stop))).orElse(end);
        List<SimBackup> result = new ArrayList<>(Math.max(0, Math.min(limit, to - from)));
        int step = newestFirst ? -1 : 1;
        for (int index = newestFirst ? to - 1 : from; index >= from && index < to && result.size() < limit; index += step) {
            if (!removed[index]) {
                result.add(view(index));
            }
        }
        return result;
    }

    /** The listed backups still running at {@code now}, newest first: those at the end that complete after it. */
    List<SimBackup> runningAt(long now) {
        List<SimBackup> result = new ArrayList<>();
        for (int index = end - 1; index >= head; index--) {
            if (removed[index]) {
                continue;
            }
            if (now >= completesAt[index]) {
                break;
            }
            result.add(view(index));
        }
        return result;
    }

    /** The listed backup with this id, or null. */
    SimBackup find(String backupId) {
        UUID id;
        try {
            id = UUID.fromString(backupId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
        for (int index = end - 1; index >= head; index--) {
            if (!removed[index] && idHigh[index] == id.getMostSignificantBits()
                    && idLow[index] == id.getLeastSignificantBits()) {
                SimBackup backup = view(index);
                // UUID.fromString also reads forms that are not the canonical one the id was given in.
                return backup.id.equals(backupId) ? backup : null;
            }
        }
        return null;
    }

    /** The backup at a position that is still held, listed or not; for a run that fails after it started. */
    SimBackup at(int position) {
        return view(position - dropped);
    }

    private SimBackup view(int index) {
        BackupChain chain = chains[index];
        BackupType type = chain.first == dropped + index ? BackupType.FULL : BackupType.INCREMENTAL;
        return new SimBackup(new UUID(idHigh[index], idLow[index]).toString(), cluster, time.instant(asOf[index]),
                time.instant(completesAt[index]), type, time.instant(chain.expiresAt), chain.retentionDays,
                catalogs[index]);
    }

    private int firstAtOrAfter(long at) {
        int low = head;
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (asOf[middle] < at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Drops the removed backups before the head when they are half of the arrays, else grows the arrays; so a backup
     * is moved at most once for each one removed before it.
     */
    private void makeRoom() {
        if (end < asOf.length) {
            return;
        }
        if (head >= end / 2) {
            compact();
            return;
        }
        int capacity = Math.max(INITIAL_CAPACITY, end + (end >> 1));
        asOf = Arrays.copyOf(asOf, capacity);
        completesAt = Arrays.copyOf(completesAt, capacity);
        idHigh = Arrays.copyOf(idHigh, capacity);
        idLow = Arrays.copyOf(idLow, capacity);
        chains = Arrays.copyOf(chains, capacity);
        catalogs = Arrays.copyOf(catalogs, capacity);
        removed = Arrays.copyOf(removed, capacity);
    }

    /** Keeps the positions of the backups after the head. */
    private void compact() {
        int kept = end - head;
        System.arraycopy(asOf, head, asOf, 0, kept);
        System.arraycopy(completesAt, head, completesAt, 0, kept);
        System.arraycopy(idHigh, head, idHigh, 0, kept);
        System.arraycopy(idLow, head, idLow, 0, kept);
        System.arraycopy(chains, head, chains, 0, kept);
        System.arraycopy(catalogs, head, catalogs, 0, kept);
        System.arraycopy(removed, head, removed, 0, kept);
        Arrays.fill(chains, kept, end, null);
        Arrays.fill(catalogs, kept, end, null);
        dropped += head;
        end = kept;
        head = 0;
    }
}
