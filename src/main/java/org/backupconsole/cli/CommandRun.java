package org.backupconsole.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.FailureReason;

/**
 * Runs the body of a scripting command and turns how it failed into one line on standard error and an exit
 * status: never a stack trace there (the log file keeps it), never a secret (backend messages hold none).
 */
final class CommandRun {

    private static final Logger LOG = Logger.getLogger(CommandRun.class.getName());

    /** The body of a command: its exit status. */
    interface Body {
        int run();
    }

    private CommandRun() {
    }

    static int run(PrintWriter err, Body body) {
        try {
            return body.run();
        } catch (ParameterException e) {
            throw e;
        } catch (CliFailure e) {
            LOG.log(Level.INFO, "the command ended with status " + e.status(), e);
            err.println(e.getMessage());
            return e.status();
        } catch (BackendException e) {
            LOG.log(Level.INFO, "the backend refused or failed", e);
            err.println(e.getMessage() + " " + advice(e.reason()));
            return ExitStatus.of(e.reason());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "the command stopped on an unexpected error", e);
            err.println("The command stopped on an unexpected error (" + e.getClass().getSimpleName()
                    + "); the log file has the details. Please report it.");
            return ExitStatus.FAILED;
        } finally {
            err.flush();
        }
    }

    /** Opens the backend, asks it, writes the result and closes the backend (writing a state file). */
    static int show(CommandSpec spec, BackendOptions backend, OutputOptions output,
                    Function<BackupService, Listing> query) {
        return run(spec.commandLine().getErr(), () -> {
            try (Backend opened = backend.open(System.getenv())) {
                ListingWriter.write(query.apply(opened.service()), output.format, spec.commandLine().getOut());
            }
            return ExitStatus.SUCCESS;
        });
    }

    /** What to do, for someone at a terminal or writing a script rather than in the window. */
    static String advice(FailureReason reason) {
        return switch (reason) {
            case UNAUTHENTICATED -> "Check the secret key in " + BackendOptions.KEY_VARIABLE
                    + ", or create a new one for the service account.";
            case NOT_FOUND -> "Check the name or id: clusters list, backups list and restore list show them.";
            case NETWORK -> "Check the network connection and the API URL (--api-url or "
                    + BackendOptions.SERVER_VARIABLE + "), then run the command again.";
            default -> reason.advice();
        };
    }
}
