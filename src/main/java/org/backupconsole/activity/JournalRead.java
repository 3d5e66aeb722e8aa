package org.backupconsole.activity;

import java.util.List;

/**
 * What reading a journal gave: its entries in the order they were appended, and the damaged lines that were
 * skipped, each with its number and why.
 */
public record JournalRead(String journal, List<ActivityEntry> entries, List<DamagedLine> damaged) {

    /** A line that could not be read: a torn last line after a crash, or one edited by hand. */
    public record DamagedLine(int number, String reason) {
    }

    public JournalRead {
        entries = List.copyOf(entries);
        damaged = List.copyOf(damaged);
    }

    /** One row per change, newest last: a restore's later outcome is folded into the entry that requested it. */
    public List<ActivityEntry> folded() {
        return ActivityFold.fold(entries);
    }
}
