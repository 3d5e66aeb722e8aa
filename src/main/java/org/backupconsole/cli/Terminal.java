package org.backupconsole.cli;

import java.io.Console;
import java.util.Optional;

/**
 * Whether a person is at the command: standard input and output are a terminal. Only then may a command ask a
 * question, or redraw a progress bar in place; a script gets neither.
 */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        return System.console() != null;
    }

    /** Asks a question at the terminal; empty when there is none, or when input ends. */
    static Optional<String> ask(String question) {
        Console console = System.console();
        return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s", question)).map(String::strip);
    }
}
