package org.backupconsole.cli;

import picocli.CommandLine.Option;

/** {@code -o}: the format of a command's result. */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "The result as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}): a table for people, "
                    + "JSON for programs (its fields are in the README), CSV for spreadsheets.")
    OutputFormat format;
}
