package org.backupconsole.app;

import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command the command line chose once logging is set up, at {@code --log-level}, in the log folder:
 * the desktop app logs to {@code backup-console.0.log}, {@code serve} to {@code serve.0.log}, the scripting
 * commands to {@code cli.0.log}. An error that ends
 * the command is logged before picocli reports it. Help and version requests write no log.
 */
final class LoggedExecution implements IExecutionStrategy {

    private static final Logger LOG = Logger.getLogger(LoggedExecution.class.getName());

    private final UserFolders folders;

    LoggedExecution(UserFolders folders) {
        this.folders = folders;
    }

    @Override
    public int execute(ParseResult parsed) {
        Integer helpShown = CommandLine.executeHelpRequest(parsed);
        if (helpShown != null) {
            return helpShown;
        }
        LaunchOptions options = parsed.commandSpec().commandLine().getCommand();
        String command = parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "backup-console";
        String logName = command.equals("backup-console") || command.equals("serve") ? command : "cli";
        options.logFile = AppLogging.install(options.logLevel(), folders.logs(), logName);
        LOG.info(() -> "Backup Console " + BuildInfo.version() + " on Java " + Runtime.version() + ": " + command
                + ", log level " + options.logLevel());
        if (!parsed.hasSubcommand()) {
            options.useFolders(folders);
        }
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (CommandLine.ExecutionException e) {
            LOG.log(Level.SEVERE, command + " stopped on an error", e.getCause());
            throw e;
        }
    }
}
