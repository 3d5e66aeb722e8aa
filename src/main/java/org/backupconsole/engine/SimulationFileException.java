package org.backupconsole.engine;

import java.io.IOException;

/**
 * A simulation or scenario file that cannot be used. The message names the file, the place in it and the
 * reason; whatever the file was meant to replace is left as it was.
 */
public final class SimulationFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String place;
    private final String reason;

    public SimulationFileException(String file, String place, String reason) {
        super(file + ", at " + place + ": " + reason);
        this.file = file;
        this.place = place;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** Where in the file: a line and column, or a field such as {@code $.commands[3].plan}. */
    public String place() {
        return place;
    }

    public String reason() {
        return reason;
    }
}
