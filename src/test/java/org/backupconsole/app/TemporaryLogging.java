package org.backupconsole.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The program's logging, set up by a test in a log folder of its own. After each test the folder is deleted,
 * and the root logger's level and handlers are put back; the handlers the test added are closed.
 */
final class TemporaryLogging implements BeforeEachCallback, AfterEachCallback {

    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger APP = Logger.getLogger("org.backupconsole");

    private Level rootLevel;
    private Level appLevel;
    private List<Handler> handlers;
    private Path folder;

    /** The folder the log files go to. */
    Path folder() {
        return folder;
    }

    /** Starts logging at the level into {@code <name>.0.log} in the folder, and returns that file. */
    Path start(LogLevel level, String name) {
        return AppLogging.install(level, folder, name).orElseThrow();
    }

    /** What the file holds, once the handlers have written out what they hold. */
    String read(Path file) throws IOException {
        for (Handler handler : ROOT.getHandlers()) {
            handler.flush();
        }
        return Files.readString(file);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        rootLevel = ROOT.getLevel();
        appLevel = APP.getLevel();
        handlers = List.of(ROOT.getHandlers());
        folder = Files.createTempDirectory("backup-console-logs");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        for (Handler handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
            if (!handlers.contains(handler)) {
                handler.close();
            }
        }
        handlers.forEach(ROOT::addHandler);
        ROOT.setLevel(rootLevel);
        APP.setLevel(appLevel);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
