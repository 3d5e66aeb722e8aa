package org.backupconsole.activity;

import java.io.IOException;

/** Where entries are kept: a file of JSON lines for real clusters, or a simulated session's own list. */
public interface ActivityJournal {

    /** Adds one entry after the others; once it returns, the entry survives a crash of the process. */
    void append(ActivityEntry entry) throws IOException;

    /** Every entry in the order it was appended, and the lines that could not be read. */
    JournalRead read() throws IOException;

    /** The journal in words, for messages: its file, or the session it belongs to. */
    String describe();
}
