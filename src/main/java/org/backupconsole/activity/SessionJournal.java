package org.backupconsole.activity;

import java.util.ArrayList;
import java.util.List;

/**
 * The journal of a simulated session, kept with the simulation and saved in its state file, so that a session's
 * activity goes where the session goes and never into the journal of real clusters. Thread-safe.
 */
public final class SessionJournal implements ActivityJournal {

    private final List<ActivityEntry> entries;

    public SessionJournal(List<ActivityEntry> saved) {
        this.entries = new ArrayList<>(saved);
    }

    @Override
    public synchronized void append(ActivityEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized JournalRead read() {
        return new JournalRead(describe(), entries, List.of());
    }

    /** The entries in the order they were appended, for saving the session. */
    public synchronized List<ActivityEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public String describe() {
        return "this simulated session";
    }
}
