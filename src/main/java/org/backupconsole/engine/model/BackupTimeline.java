package org.backupconsole.engine.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.backupconsole.backend.TimeRange;

/**
 * The listed backups of one cluster in as-of order. Backups only ever join at the end (as-of times strictly
 * increase) and leave when their chain expires, mostly from the front; so this is an array with a moving
 * head and tombstones, which is compact and cheap to append to, instead of a tree.
 */
final class BackupTimeline {

    private static final int COMPACT_AFTER = 1024;

    private final List<SimBackup> items = new ArrayList<>();
    private int head;
    /** Removed backups still held between the head and the end. */
    private int tombstones;

    void add(SimBackup backup) {
        if (!items.isEmpty() && !backup.asOf.isAfter(items.get(items.size() - 1).asOf)) {
            throw new IllegalStateException("as-of times must increase: " + backup.asOf);
        }
        items.add(backup);
    }

    void remove(SimBackup backup) {
        if (backup.removed) {
            return;
        }
        backup.removed = true;
        tombstones++;
        while (head < items.size() && items.get(head).removed) {
            head++;
            tombstones--;
        }
        if (head > COMPACT_AFTER && head > items.size() / 2) {
            items.subList(0, head).clear();
            head = 0;
        }
    }

    int size() {
        return items.size() - head - tombstones;
    }

    /** The listed backups whose as-of time lies in the range, newest first. */
    List<SimBackup> newestFirst(TimeRange range) {
        int from = range.start().map(this::firstAtOrAfter).orElse(head);
        int to = range.end().map(this::firstAtOrAfter).orElse(items.size());
        List<SimBackup> result = new ArrayList<>(Math.max(0, to - from));
        for (int i = to - 1; i >= from; i--) {
            SimBackup backup = items.get(i);
            if (!backup.removed) {
                result.add(backup);
            }
        }
        return result;
    }

    /** At most {@code limit} listed backups in the range, from the newest end or the oldest, in that order. */
    List<SimBackup> slice(TimeRange range, boolean newestFirst, int limit) {
        int from = range.start().map(this::firstAtOrAfter).orElse(head);
        int to = range.end().map(this::firstAtOrAfter).orElse(items.size());
        List<SimBackup> result = new ArrayList<>(Math.max(0, Math.min(limit, to - from)));
        int step = newestFirst ? -1 : 1;
        for (int i = newestFirst ? to - 1 : from; i >= from && i < to && result.size() < limit; i += step) {
            SimBackup backup = items.get(i);
            if (!backup.removed) {
                result.add(backup);
            }
        }
        return result;
    }

    SimBackup find(String backupId) {
        for (int i = items.size() - 1; i >= head; i--) {
            SimBackup backup = items.get(i);
            if (!backup.removed && backup.id.equals(backupId)) {
                return backup;
            }
        }
        return null;
    }

    private int firstAtOrAfter(Instant instant) {
        int low = head;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (items.get(middle).asOf.isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
