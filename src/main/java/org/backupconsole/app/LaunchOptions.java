package org.backupconsole.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import org.backupconsole.activity.FileJournal;
import org.backupconsole.cli.ApiUrlConverter;
import org.backupconsole.cli.BackendChoice;
import org.backupconsole.live.ApiUrl;

/**
 * The options of the desktop app. Running it opens the window and returns when the window is closed. Its commands
 * ({@link Main#COMMANDS}) are added to it where the command line needs them.
 */
@Command(name = "backup-console",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        sortOptions = false,
        description = "A desktop console for CockroachDB Cloud managed backups. "
                + "Without options it opens on the backend used last, at first the embedded simulator with a demo "
                + "organization.")
public final class LaunchOptions implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(LaunchOptions.class.getName());

    @Option(names = "--backend", paramLabel = "KIND",
            description = "Where backups come from: ${COMPLETION-CANDIDATES} (default: the one used last, at "
                    + "first sim; sim with --scenario or --state).")
    BackendChoice backend;

    @Option(names = "--api-url", paramLabel = "URL", converter = ApiUrlConverter.class,
            description = "With --backend live: the Cloud API to connect to (default: the one connected to last, at "
                    + "first " + ApiUrl.DEFAULT + "). "
                    + "The secret key comes from the COCKROACH_API_KEY environment variable or the Connect dialog.")
    ApiUrl apiUrl;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the simulator's randomness; the same seed gives the same history (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    SimulatorStartOptions simulatorStart;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info", scope = ScopeType.INHERIT,
            description = "How much the log file records: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "DEBUG adds every request to the Cloud API; TRACE, all the app logs. "
                    + "Libraries log INFO and above.")
    LogLevel logLevel;

    /** The log file of this run, once logging has started; empty when the log goes to the console only. */
    Optional<Path> logFile = Optional.empty();

    /** The user's settings; none are read or written unless the program runs with {@link #useFolders}. */
    SettingsFile settings = SettingsFile.none();

    /** Where the Simulator page saves sessions by default; empty for none. */
    Optional<Path> sessionsFolder = Optional.empty();

    /** The journal of the changes made on the Cloud API (live and local); empty for none. */
    Optional<Path> activityJournal = Optional.empty();

    @Option(names = "--exit-when-ready", hidden = true,
            description = "Print the time from launch to the first interactive page, then quit (for startup measurements and smoke tests).")
    boolean exitWhenReady;

    @Option(names = "--self-check", hidden = true,
            description = "Once the page is interactive, show each ControlsFX and AtlantaFX control the app uses, say which, then quit (for the packaged-app test).")
    boolean selfCheck;

    /** The backend given, or else the simulator for a scenario or session, or else the one used last. */
    public BackendChoice backend() {
        if (backend != null) {
            return backend;
        }
        return simulatorStart.given() ? BackendChoice.SIM : settings.current().backend().orElse(BackendChoice.SIM);
    }

    /** Reads the settings from, and saves sessions by default in, the user's folders. */
    void useFolders(UserFolders folders) {
        settings = SettingsFile.open(folders.settings(), DesktopApp.settingsWriter());
        sessionsFolder = Optional.of(folders.sessions());
        activityJournal = Optional.of(folders.activity().resolve(FileJournal.FILE_NAME));
    }

    public long seed() {
        return seed;
    }

    public LogLevel logLevel() {
        return logLevel;
    }

    public Optional<ApiUrl> apiUrl() {
        return Optional.ofNullable(apiUrl);
    }

    @Override
    public Integer call() throws InterruptedException {
        BackendChoice chosenBackend = backend();
        if (apiUrl != null && chosenBackend != BackendChoice.LIVE) {
            throw new ParameterException(spec.commandLine(), "--api-url applies only to --backend live.");
        }
        if (chosenBackend != BackendChoice.SIM && simulatorStart.given()) {
            throw new ParameterException(spec.commandLine(), "--scenario and --state apply only to --backend sim.");
        }
        try {
            return run(chosenBackend);
        } finally {
            simulatorStart.releaseState();
        }
    }

    private int run(BackendChoice chosenBackend) throws InterruptedException {
        Optional<SimulatorStartOptions.Chosen> chosen = chosenBackend == BackendChoice.SIM
                ? Optional.of(simulatorStart.read())
                : Optional.empty();
        // The toolkit starts (if Main has not started it already) while the scenario's history is played, so the
        // two overlap on a second core.
        CompletableFuture<Void> toolkit = DesktopApp.startToolkit();
        CompletableFuture<Preferences> preferences = DesktopApp.readPreferences();
        Optional<SimulatorStartOptions.Start> simulator = chosen.map(
                scenario -> scenario.play(seed, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        try {
            DesktopApp.runUntilClosed(toolkit, this, simulator, preferences);
        } catch (WindowSystemUnavailable e) {
            LOG.log(Level.FINE, "The JavaFX toolkit did not start", e);
            spec.commandLine().getErr().println(e.advice());
            return WindowSystemUnavailable.EXIT_STATUS;
        }
        return 0;
    }
}
