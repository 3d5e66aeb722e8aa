package org.backupconsole.app;

import picocli.CommandLine;

import org.backupconsole.activity.FileJournal;
import org.backupconsole.cli.ScriptingCommands;

/**
 * Entry point of the program: parses the command line, starts logging, then runs the desktop app, {@code serve} or a
 * scripting command.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        UserFolders folders = UserFolders.ofThisUser();
        CommandLine commandLine = ScriptingCommands.journalCloudApiChangesIn(commandLine(),
                folders.activity().resolve(FileJournal.FILE_NAME));
        System.exit(commandLine.setExecutionStrategy(new LoggedExecution(folders)).execute(args));
    }

    /** The command line, configured as the program parses it; exit status 2 means a usage error. */
    public static CommandLine commandLine() {
        return ScriptingCommands.configure(new CommandLine(new LaunchOptions())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true));
    }
}
