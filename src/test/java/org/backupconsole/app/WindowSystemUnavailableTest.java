package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A toolkit that cannot start is told in one line: what is missing and what to do. */
class WindowSystemUnavailableTest {

    @Test
    void missingGtkNamesThePackageAndTheCommandsThatInstallIt() {
        assertEquals("Backup Console cannot open its window: the GTK 3 library is not installed. Install it (Debian, "
                        + "Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3), then start Backup "
                        + "Console again.",
                advice(new UnsupportedOperationException("Unable to load glass GTK library.")));
    }

    @Test
    void noDisplaySaysWhereToStartIt() {
        assertEquals("Backup Console cannot open its window: no display was found (DISPLAY is not set or cannot be "
                        + "reached). Start it from a desktop session, or run backup-console serve, which needs none.",
                advice(new UnsupportedOperationException("Unable to open DISPLAY")));
    }

    @Test
    void anyOtherFailureGivesTheToolkitsReason() {
        assertEquals("Backup Console cannot open its window: the JavaFX toolkit did not start (No suitable pipeline "
                        + "found). Start it from a desktop session; the log file has the details.",
                advice(new RuntimeException("No suitable pipeline found")));
    }

    private static String advice(Throwable failure) {
        return new WindowSystemUnavailable(failure).advice();
    }
}
