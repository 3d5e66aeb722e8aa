package org.backupconsole.app;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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
        if (opensTheWindow(args)) {
            // Building picocli's model of every command and reading the settings take as long as the toolkit's
            // start: the two overlap. Should the command line then be refused, the toolkit ends with the JVM.
            DesktopApp.startToolkit();
        }
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

    /** Whether the arguments ask for the window: they name no command and ask for no help or version. */
    static boolean opensTheWindow(String[] args) {
        Set<String> elsewhere = new HashSet<>(List.of("-h", "--help", "-V", "--version"));
        for (Class<?> command : LaunchOptions.class.getAnnotation(Command.class).subcommands()) {
            Command named = command.getAnnotation(Command.class);
            elsewhere.add(named.name());
            elsewhere.addAll(List.of(named.aliases()));
        }
        return Arrays.stream(args).noneMatch(elsewhere::contains);
    }
}
