package org.backupconsole.app;

import java.util.logging.Level;

/** The levels {@code --log-level} offers, from the fewest records to the most, each a java.util.logging level. */
public enum LogLevel {
    ERROR(Level.SEVERE),
    WARNING(Level.WARNING),
    INFO(Level.INFO),
    /** Adds each request to the Cloud API: method, URL, status and time taken. */
    DEBUG(Level.FINE),
    TRACE(Level.FINEST);

    private final Level julLevel;

    LogLevel(Level julLevel) {
        this.julLevel = julLevel;
    }

    Level julLevel() {
        return julLevel;
    }
}
