package org.backupconsole.cli;

import java.io.PrintWriter;

/**
 * A note printed if the command is stopped (Ctrl-C) while something is under way, such as "the job goes on";
 * closing it, once that is over, takes it back.
 */
final class ShutdownNote implements AutoCloseable {

    private final Thread hook;

    private ShutdownNote(Thread hook) {
        this.hook = hook;
    }

    static ShutdownNote during(PrintWriter err, String note) {
        Thread hook = new Thread(() -> {
            err.println();
            err.println(note);
            err.flush();
        }, "shutdown-note");
        Runtime.getRuntime().addShutdownHook(hook);
        return new ShutdownNote(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // The JVM is stopping already, and the note is being printed: nothing to take back.
        }
    }
}
