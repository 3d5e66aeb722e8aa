package org.backupconsole.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.backupconsole.ui.common.FailureDialog;

/**
 * What becomes of an exception nobody caught: it is logged with its stack trace, and one on the JavaFX thread,
 * where the toolkit would otherwise swallow it and go on, is also shown to the user.
 */
final class UncaughtFailures {

    private static final Logger LOG = Logger.getLogger(UncaughtFailures.class.getName());

    private UncaughtFailures() {
    }

    /** Installs the handlers: on the JavaFX thread, so it must be called there, and as every other thread's default. */
    static void install(Optional<Path> logFile) {
        FailureDialog dialog = new FailureDialog(logFile);
        Thread.setDefaultUncaughtExceptionHandler(UncaughtFailures::log);
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> {
            log(thread, failure);
            try {
                dialog.show(failure);
            } catch (RuntimeException notShown) {
                // An exception out of an uncaught-exception handler would itself be lost.
                LOG.log(Level.SEVERE, "The error dialog could not be shown", notShown);
            }
        });
    }

    private static void log(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "Uncaught exception on thread \"" + thread.getName() + "\"", failure);
    }
}
