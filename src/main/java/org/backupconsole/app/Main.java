package org.backupconsole.app;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

import org.backupconsole.activity.FileJournal;
import org.backupconsole.cli.ActivityCommand;
import org.backupconsole.cli.BackupsCommand;
import org.backupconsole.cli.ClustersCommand;
import org.backupconsole.cli.DatabasesCommand;
import org.backupconsole.cli.RestoreCommand;
import org.backupconsole.cli.ScriptingCommands;
import org.backupconsole.cli.SettingsCommand;

/**
 * Entry point of the program: parses the command line, starts logging, then runs the desktop app, {@code serve} or a
 * scripting command.
 */
public final class Main {

    /** The commands of {@code backup-console}, beside opening the window, in the order its help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ClustersCommand.class, BackupsCommand.class, RestoreCommand.class,
            SettingsCommand.class, DatabasesCommand.class, ActivityCommand.class, ServeCommand.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (opensTheWindow(args)) {
            // Reading the command line and the settings overlap with the toolkit's start. Should the command line
            // then be refused, the toolkit ends with the JVM.
            DesktopApp.startToolkit();
        }
        UserFolders folders = UserFolders.ofThisUser();
        CommandLine commandLine = ScriptingCommands.journalCloudApiChangesIn(commandLineFor(args),
                folders.activity().resolve(FileJournal.FILE_NAME));
        System.exit(commandLine.setExecutionStrategy(new LoggedExecution(folders)).execute(args));
    }

    /** The command line with every command, configured as the program parses it; exit status 2 means a usage error. */
    public static CommandLine commandLine() {
        CommandLine root = new CommandLine(new LaunchOptions());
        COMMANDS.forEach(root::addSubcommand);
        return configured(root);
    }

    /**
     * The command line that parses {@code args}: the window's options alone where they are all it needs, since
     * picocli's model of every command takes longer to build than the toolkit takes to start; the whole command line
     * otherwise, so that a mistyped command or option is answered as always, with the commands it may have meant.
     */
    static CommandLine commandLineFor(String[] args) {
        if (opensTheWindow(args)) {
            CommandLine window = configured(new CommandLine(new LaunchOptions()));
            try {
                window.parseArgs(args);
                return window;
            } catch (ParameterException notTheWindows) {
                // The whole command line parses them again and says what is wrong.
            }
        }
        return commandLine();
    }

    /** Configured once its commands are added: picocli passes such settings on only to the commands it already has. */
    private static CommandLine configured(CommandLine root) {
        return ScriptingCommands.configure(root.setCaseInsensitiveEnumValuesAllowed(true).setUsageHelpAutoWidth(true));
    }

    /** Whether the arguments ask for the window: they name no command and ask for no help or version. */
    static boolean opensTheWindow(String[] args) {
        Set<String> elsewhere = new HashSet<>(List.of("-h", "--help", "-V", "--version"));
        for (Class<?> command : COMMANDS) {
            Command named = command.getAnnotation(Command.class);
            elsewhere.add(named.name());
            elsewhere.addAll(List.of(named.aliases()));
        }
        return Arrays.stream(args).noneMatch(elsewhere::contains);
    }
}
