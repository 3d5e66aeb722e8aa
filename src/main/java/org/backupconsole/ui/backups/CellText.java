package org.backupconsole.ui.backups;

import java.util.Objects;
import java.util.Optional;

/**
 * What a cell of the backups table shows: a value the backend reported, maybe with a note for the hover text,
 * or "Not reported" with what the backend leaves out and where to see it instead.
 */
public record CellText(String text, Optional<String> note, boolean reported) {

    private static final String NOT_REPORTED = "Not reported";

    public CellText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
    }

    static CellText of(String text) {
        return new CellText(text, Optional.empty(), true);
    }

    static CellText noted(String text, String note) {
        return new CellText(text, Optional.of(note), true);
    }

    static CellText notReported(String why) {
        return new CellText(NOT_REPORTED, Optional.of(why), false);
    }
}
