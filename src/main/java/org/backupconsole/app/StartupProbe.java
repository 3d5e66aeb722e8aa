package org.backupconsole.app;

import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.PageState;
import org.backupconsole.ui.shell.ControlsSelfCheck;

/**
 * Prints the wall-clock time (epoch milliseconds) at which the Backup Recovery page first shows its backups,
 * then closes the window. The caller that launched the process subtracts its own start time: the JVM cannot
 * know when it was launched to the millisecond. Used by the startup measurements and the packaged-app smoke test.
 */
final class StartupProbe {

    private static final Logger LOG = Logger.getLogger(StartupProbe.class.getName());

    private StartupProbe() {
    }

    /** With {@code selfCheck}, the controls are shown once the page is, and what was shown is printed too. */
    static void closeWhenInteractive(BackupRecoveryViewModel page, Stage stage, boolean selfCheck) {
        page.stateProperty().addListener((obs, old, state) -> {
            if (state == PageState.READY) {
                // One more pulse, so the rows have been laid out and drawn before the clock stops.
                Platform.runLater(() -> {
                    System.out.println("ready at " + System.currentTimeMillis());
                    if (!selfCheck) {
                        stage.close();
                        return;
                    }
                    try {
                        ControlsSelfCheck.run(stage, said -> {
                            System.out.println(said);
                            stage.close();
                        });
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "The self-check failed.", e);
                        System.out.println("self-check failed: " + e.getMessage());
                        stage.close();
                    }
                });
            }
        });
    }
}
