package org.backupconsole.cli;

/** How a scripting command writes its result on standard output. */
public enum OutputFormat {
    /** Aligned columns for people, in the window's words. */
    TABLE,
    /** The documented, stable shape for programs: an object for one thing, an array for a list. */
    JSON,
    /** A header line and one line per row, for spreadsheets. */
    CSV
}
