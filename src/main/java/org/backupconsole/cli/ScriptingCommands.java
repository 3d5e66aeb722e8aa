package org.backupconsole.cli;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import org.backupconsole.backend.Sentences;

/**
 * Fits the scripting commands into the program's command line: their help lists the exit statuses, and a usage
 * error is one line on standard error naming the help to read, where the window and {@code serve} print the usage.
 */
public final class ScriptingCommands {

    private ScriptingCommands() {
    }

    /** Configures every scripting command below {@code root}; other commands are left as they are. */
    public static CommandLine configure(CommandLine root) {
        IParameterExceptionHandler others = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((error, args) -> isScripting(error.getCommandLine())
                ? oneLine(error)
                : others.handleParseException(error, args));
        root.getSubcommands().values().stream().filter(ScriptingCommands::isScripting)
                .forEach(ScriptingCommands::describeExitStatus);
        return root;
    }

    /** Journals the changes that the scripting commands make on the Cloud API in {@code file}. */
    public static CommandLine journalCloudApiChangesIn(CommandLine root, Path file) {
        root.getSubcommands().values().forEach(command -> {
            command.getCommandSpec().mixins().values().stream().map(CommandSpec::userObject)
                    .filter(BackendOptions.class::isInstance).map(BackendOptions.class::cast)
                    .forEach(options -> options.activityJournal = Optional.of(file));
            journalCloudApiChangesIn(command, file);
        });
        return root;
    }

    private static void describeExitStatus(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n")
                .exitCodeList(ExitStatus.DESCRIBED);
        command.getSubcommands().values().forEach(ScriptingCommands::describeExitStatus);
    }

    private static int oneLine(ParameterException error) {
        CommandLine command = error.getCommandLine();
        command.getErr().println(Sentences.end(error.getMessage()) + " See: " + command.getCommandSpec().qualifiedName()
                + " --help.");
        command.getErr().flush();
        return ExitStatus.USAGE;
    }

    private static boolean isScripting(CommandLine command) {
        Object user = command.getCommand();
        Class<?> type = user instanceof Method method ? method.getDeclaringClass() : user.getClass();
        return type.getPackageName().equals(ScriptingCommands.class.getPackageName());
    }
}
