package org.backupconsole.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the program's log records go: every record at the chosen level or above into a rotating log file
 * ({@value #FILE_COUNT} files of at most 1 MiB each), and warnings and errors to standard error too. When the log
 * folder cannot be used, standard error gets everything, after one warning saying so. Below INFO only the app's
 * own loggers are heard: the libraries' and the JDK's describe connections, certificates and HTTP frames there,
 * and some would write request headers, which carry the secret key.
 */
final class AppLogging {

    static final int FILE_LIMIT_BYTES = 1 << 20;
    static final int FILE_COUNT = 5;

    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger LOG = Logger.getLogger(AppLogging.class.getName());
    // Held here because java.util.logging keeps loggers weakly, and a collected one would forget its level.
    private static final Logger APP = Logger.getLogger("org.backupconsole");

    private AppLogging() {
    }

    /**
     * Replaces the handlers of the root logger. Returns the file written now, {@code <name>.0.log} in the
     * folder; older ones are {@code <name>.1.log} and on. Empty when the folder cannot be used.
     */
    static Optional<Path> install(LogLevel level, Path folder, String name) {
        for (Handler handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
            handler.close();
        }
        ROOT.setLevel(noFinerThan(level.julLevel(), Level.INFO));
        APP.setLevel(level.julLevel());
        LogLineFormatter formatter = new LogLineFormatter(ZoneId.systemDefault());
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(formatter);
        ROOT.addHandler(console);
        try {
            Files.createDirectories(folder);
            // FileHandler reads %t, %h, %g and %u in its pattern; a % in the folder's own name must stay a %.
            FileHandler file = new FileHandler(folder.toString().replace("%", "%%") + "/" + name + ".%g.log",
                    FILE_LIMIT_BYTES, FILE_COUNT, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(formatter);
            file.setLevel(level.julLevel());
            ROOT.addHandler(file);
            console.setLevel(noFinerThan(level.julLevel(), Level.WARNING));
            return Optional.of(folder.resolve(name + ".0.log"));
        } catch (IOException e) {
            console.setLevel(level.julLevel());
            LOG.log(Level.WARNING, "Cannot keep a log file in " + folder + " (" + e + "); logging to the console only.");
            return Optional.empty();
        }
    }

    private static Level noFinerThan(Level level, Level limit) {
        return level.intValue() < limit.intValue() ? limit : level;
    }
}
