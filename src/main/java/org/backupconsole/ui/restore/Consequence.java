package org.backupconsole.ui.restore;

import java.util.Objects;

/** One line of "What this restore does": something lost, or a neutral fact the user should know. */
public record Consequence(Kind kind, String text) {

    public enum Kind {
        /** Data or availability the target loses. */
        LOSS,
        /** A fact about the restore that loses nothing. */
        NEUTRAL
    }

    public Consequence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    static Consequence loss(String text) {
        return new Consequence(Kind.LOSS, text);
    }

    static Consequence neutral(String text) {
        return new Consequence(Kind.NEUTRAL, text);
    }
}
