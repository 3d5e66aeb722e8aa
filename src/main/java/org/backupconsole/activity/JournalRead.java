package org.backupconsole.activity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** In a sentence, which damaged lines were skipped; empty when none was. */
    public Optional<String> damagedSummary() {
        if (damaged.isEmpty()) {
            return Optional.empty();
        }
        int lines = damaged.size();
        String numbers = damaged.stream().map(line -> String.valueOf(line.number())).collect(Collectors.joining(", "));
        return Optional.of(lines + (lines == 1 ? " damaged line" : " damaged lines") + " in " + journal
                + (lines == 1 ? " was" : " were") + " skipped (line " + numbers + "); the other entries are shown. "
                + "The log names the reason for each.");
    }

    /** One row per change, newest last: a restore's later outcome is folded into the entry that requested it. */
    public List<ActivityEntry> folded() {
        return ActivityFold.fold(entries);
    }
}
