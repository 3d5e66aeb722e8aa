package org.backupconsole.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the desktop app. Running it opens the window and returns when the window is closed. */
@Command(name = "backup-console",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
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

    @Mixin
    SimulatorStartOptions simulatorStart;

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
        SimulatorStartOptions.Start start = simulatorStart.open(seed, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Optional.empty());
        DesktopApp.runUntilClosed(this, start);
        return 0;
    }
}
