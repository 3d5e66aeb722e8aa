package org.backupconsole.app;

import picocli.CommandLine;

/** Entry point of the program: parses the command line, then starts the desktop app. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, configured as the program parses it; exit status 2 means a usage error. */
    public static CommandLine commandLine() {
        return new CommandLine(new LaunchOptions())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
    }
}
