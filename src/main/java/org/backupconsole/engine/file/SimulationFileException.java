package org.backupconsole.engine.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.backupconsole.backend.Sentences;

/**
 * A simulation or scenario file that cannot be used. The message names the file, the place in it and the
 * reason, a sentence that ends with a full stop; whatever the file was meant to replace is left as it was.
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

    /** A file that cannot be read at all, from its very start. */
    public static SimulationFileException unreadable(String file, IOException e) {
        String why = e instanceof NoSuchFileException ? "there is no such file."
                : e instanceof AccessDeniedException ? "permission to read it is denied."
                : Sentences.end(String.valueOf(e.getMessage()));
        return new SimulationFileException(file, "the start", "cannot be read: " + why);
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
