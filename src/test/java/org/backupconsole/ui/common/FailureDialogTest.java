package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The failure dialog's words: what happened, that the app may go on, and where the details are. */
class FailureDialogTest {

    @Test
    void itNamesTheFailureAndTheLogFile() {
        assertEquals("The last action did not finish: an error happened that the app did not expect "
                        + "(NullPointerException: row is null).\n\n"
                        + "You may go on working. If something looks wrong, restart Backup Console.\n\n"
                        + "The details are in the log file:\n" + Path.of("/home/dana/.local/state/backup-console/backup-console.0.log"),
                FailureDialog.explanation(new NullPointerException("row is null"),
                        Optional.of(Path.of("/home/dana/.local/state/backup-console/backup-console.0.log"))));
    }

    @Test
    void withoutALogFileItSaysTheDetailsWentToTheConsole() {
        assertEquals("The last action did not finish: an error happened that the app did not expect "
                        + "(IllegalStateException).\n\n"
                        + "You may go on working. If something looks wrong, restart Backup Console.\n\n"
                        + "The details were written to the console: the app could not keep a log file.",
                FailureDialog.explanation(new IllegalStateException(), Optional.empty()));
    }
}
