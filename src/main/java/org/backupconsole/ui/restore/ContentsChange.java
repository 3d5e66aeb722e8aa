package org.backupconsole.ui.restore;

import java.util.Objects;

/** One line of "What comes back": a database that comes back, one that is replaced, one that disappears, or a note. */
public record ContentsChange(Kind kind, String text) {

    public enum Kind {
        COMES_BACK,
        REPLACED,
        DISAPPEARS,
        NOTE
    }

    public ContentsChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
