package org.backupconsole.app;

import java.util.StringJoiner;

/**
 * The JavaFX toolkit could not start, so there can be no window: on Linux most often because GTK 3 is not
 * installed or no display is reachable. {@link #advice()} says so in one line, with what to do.
 */
final class WindowSystemUnavailable extends Exception {

    /** The exit status of a run that could not open its window (2 is a usage error). */
    static final int EXIT_STATUS = 3;

    private static final long serialVersionUID = 1L;

    WindowSystemUnavailable(Throwable cause) {
        super(messagesOf(cause), cause);
    }

    /** JavaFX's launcher wraps the toolkit's own error, whose message names what is missing. */
    private static String messagesOf(Throwable failure) {
        StringJoiner messages = new StringJoiner(": ");
        for (Throwable each = failure; each != null; each = each.getCause()) {
            if (each.getMessage() != null) {
                messages.add(each.getMessage());
            }
        }
        return messages.toString();
    }

    /** One line for a person: what is missing and the command that installs it, or what else to do. */
    String advice() {
        String detail = String.valueOf(getMessage());
        if (detail.contains("GTK")) {
            return "Backup Console cannot open its window: the GTK 3 library is not installed. Install it "
                    + "(Debian, Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3), then start "
                    + "Backup Console again.";
        }
        if (detail.contains("DISPLAY")) {
            return "Backup Console cannot open its window: no display was found (DISPLAY is not set or cannot be "
                    + "reached). Start it from a desktop session, or run backup-console serve, which needs none.";
        }
        return "Backup Console cannot open its window: the JavaFX toolkit did not start (" + detail.strip()
                + "). Start it from a desktop session; the log file has the details.";
    }
}
