package org.backupconsole.ui.backups;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one cluster, newest first, indexed by calendar day. Rows of one day lie next to each other, so
 * a day is a range of the list and choosing it costs a hash lookup and a view of the list, whatever the total.
 */
public final class BackupDayIndex {

    public static final BackupDayIndex EMPTY = new BackupDayIndex(List.of());

    private final List<BackupRow> newestFirst;
    private final Map<LocalDate, Range> days = new HashMap<>();

    /** The rows must be ordered newest first. */
    public BackupDayIndex(List<BackupRow> newestFirst) {
        this.newestFirst = List.copyOf(newestFirst);
        int from = 0;
        for (int i = 1; i <= this.newestFirst.size(); i++) {
            LocalDate day = this.newestFirst.get(from).day();
            if (i == this.newestFirst.size() || !this.newestFirst.get(i).day().equals(day)) {
                if (days.put(day, new Range(from, i)) != null) {
                    throw new IllegalArgumentException("rows are not ordered newest first");
                }
                from = i;
            }
        }
    }

    public List<BackupRow> all() {
        return newestFirst;
    }

    /** The rows of one day, newest first; empty when nothing was taken that day. */
    public List<BackupRow> on(LocalDate day) {
        Range range = days.get(day);
        return range == null ? List.of() : newestFirst.subList(range.from(), range.to());
    }

    public boolean hasBackupsOn(LocalDate day) {
        return days.containsKey(day);
    }

    public Set<LocalDate> days() {
        return Collections.unmodifiableSet(days.keySet());
    }

    private record Range(int from, int to) {
    }
}
