package org.backupconsole.app;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.PageState;

/**
 * Prints the wall-clock time (epoch milliseconds) at which the Backup Recovery page first shows its backups,
 * then closes the window. The caller that launched the process subtracts its own start time: the JVM cannot
 * know when it was launched to the millisecond. Used by the startup measurements and the packaged-app smoke test.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static void closeWhenInteractive(BackupRecoveryViewModel page, Stage stage) {
        page.stateProperty().addListener((obs, old, state) -> {
            if (state == PageState.READY) {
                // One more pulse, so the rows have been laid out and drawn before the clock stops.
                Platform.runLater(() -> {
                    System.out.println("ready at " + System.currentTimeMillis());
                    stage.close();
                });
            }
        });
    }
}
