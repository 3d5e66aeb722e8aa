package org.backupconsole.activity;

import java.io.IOException;

/** Where entries are kept: a file of JSON lines for real clusters, or a simulated session's own list. */
public interface ActivityJournal {

    /** Adds one entry after the others; once it returns, the entry survives a crash of the process. */
    void append(ActivityEntry entry) throws IOException;

    /** Every entry in the order it was appended, and the lines that could not be read. */
    JournalRead read() throws IOException;

    /**
     * What changes when another process appends, so that a reader knows to read again: a file's size. A journal only
     * this process writes to answers the same always.
     */
    default long outsideChanges() throws IOException {
        return 0;
    }

    /** The journal in words, for messages: its file, or the session it belongs to. */
    String describe();
}
