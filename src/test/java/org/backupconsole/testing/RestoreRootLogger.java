package org.backupconsole.testing;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that set up the program's logging: the root logger's level and handlers are put back after each
 * test, and the handlers the test added are closed.
 */
public final class RestoreRootLogger implements BeforeEachCallback, AfterEachCallback {

    private static final Logger ROOT = Logger.getLogger("");

    private Level level;
    private List<Handler> handlers;

    /** Writes out what the handlers hold, so that a test can read the log file. */
    public static void flush() {
        for (Handler handler : ROOT.getHandlers()) {
            handler.flush();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        level = ROOT.getLevel();
        handlers = List.of(ROOT.getHandlers());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (Handler handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
            if (!handlers.contains(handler)) {
                handler.close();
            }
        }
        handlers.forEach(ROOT::addHandler);
        ROOT.setLevel(level);
    }
}
