package org.backupconsole.app;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options of the desktop app. Running it opens the window and returns when the window is closed. */
@Command(name = "backup-console",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        subcommands = ServeCommand.class,
        sortOptions = false,
        description = "A desktop console for CockroachDB Cloud managed backups. "
                + "Without options it opens on the embedded simulator with a demo organization.")
public final class LaunchOptions implements Callable<Integer> {

    @Option(names = "--backend", paramLabel = "KIND", defaultValue = "sim",
            description = "Where backups come from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BackendChoice backend;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the simulator's randomness; the same seed gives the same history (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--exit-when-ready", hidden = true,
            description = "Print the time from launch to the first interactive page, then quit (for startup measurements and smoke tests).")
    boolean exitWhenReady;

    public BackendChoice backend() {
        return backend;
    }

    public long seed() {
        return seed;
    }

    @Override
    public Integer call() throws InterruptedException {
        DesktopApp.runUntilClosed(this);
        return 0;
    }
}
