package org.backupconsole.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityOrigin;
import org.backupconsole.activity.JournaledBackupService;
import org.backupconsole.activity.SessionJournal;
import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.cli.ActivityRecording;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.ui.about.AboutViewModel;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.common.FxUiScheduler;
import org.backupconsole.ui.common.Theme;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.drills.DrillProgressStore;
import org.backupconsole.ui.shell.ShellView;
import org.backupconsole.ui.shell.StatusViewModel;
import org.backupconsole.ui.shell.WindowPlacement;

/** The composition root of the desktop app: picks the backend, wires view models to views, shows the window. */
public final class DesktopApp {

    public static final String TITLE = "Backup Console";
    /** The size the window opens at when it has no remembered place. */
    public static final int WIDTH = 1360;
    public static final int HEIGHT = 860;
    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    private static final Duration TOOLKIT_EXIT_WAIT = Duration.ofSeconds(5);
    private static boolean toolkitStarting;

    private DesktopApp() {
    }

    /**
     * Starts the JavaFX toolkit on a thread of its own and returns at once, so that the toolkit comes up while
     * the caller reads the command line and prepares the backend (playing a scenario takes as long as the
     * toolkit's start). A second call returns the first one's toolkit.
     */
    static synchronized CompletableFuture<Void> startToolkit() {
        if (toolkitStarting) {
            return BackupConsole.STARTED;
        }
        toolkitStarting = true;
        Thread starting = new Thread(() -> {
            try {
                // Returns when the toolkit has exited; until then this thread only waits.
                Application.launch(BackupConsole.class);
            } catch (RuntimeException | LinkageError e) {
                BackupConsole.STARTED.completeExceptionally(new WindowSystemUnavailable(e));
            } finally {
                BackupConsole.STOPPED.complete(null);
            }
        }, "toolkit-startup");
        starting.setDaemon(true);
        starting.start();
        return BackupConsole.STARTED;
    }

    /**
     * Once the toolkit has started, opens the main window and waits until it is closed.
     *
     * @throws WindowSystemUnavailable when the toolkit could not start, and so no window can open
     */
    static void runUntilClosed(CompletableFuture<Void> toolkit, LaunchOptions options,
                               Optional<SimulatorStartOptions.Start> simulator, CompletableFuture<Preferences> preferences)
            throws InterruptedException, WindowSystemUnavailable {
        Preferences remembered = preferences.join();
        DrillProgressStore progress = new DrillProgressStore(remembered.node("drills"));
        CountDownLatch closed = new CountDownLatch(1);
        try {
            toolkit.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WindowSystemUnavailable cause) {
                throw cause;
            }
            throw e;
        }
        Platform.runLater(() -> {
            UncaughtFailures.install(options.logFile);
            Stage stage = new Stage();
            new WindowPlacement(remembered.node("window")).remember(stage);
            stage.setOnHidden(event -> closed.countDown());
            Consumer<BackupRecoveryViewModel> opened = page -> {
                if (options.exitWhenReady || options.selfCheck) {
                    StartupProbe.closeWhenInteractive(page, stage, options.selfCheck);
                }
            };
            if (simulator.isPresent()) {
                opened.accept(show(stage, simulator.get(), options.seed(), progress, options.settings,
                        options.sessionsFolder));
            } else {
                BackendLauncher.open(options, stage, backend -> opened.accept(show(stage, backend, options.settings,
                        options.activityJournal)));
            }
            options.settings.update(settings -> settings.withBackend(options.backend()));
        });
        closed.await();
        Platform.exit();
        // Platform.exit only asks: returning now lets System.exit's shutdown race the toolkit's own ending,
        // which then fails on the FX thread ("Shutdown in progress").
        try {
            BackupConsole.STOPPED.get(TOOLKIT_EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "The JavaFX toolkit did not end within " + TOOLKIT_EXIT_WAIT.toSeconds() + " s", e);
        }
    }

    /**
     * Reads the window's remembered placement and the drill records in the background: the first use of
     * java.util.prefs parses XML files, which would otherwise delay the window.
     */
    static CompletableFuture<Preferences> readPreferences() {
        return CompletableFuture.supplyAsync(() -> {
            Preferences app = Preferences.userNodeForPackage(DesktopApp.class);
            try {
                for (String child : List.of("window", "drills")) {
                    app.node(child).keys();
                }
            } catch (BackingStoreException e) {
                LOG.log(Level.WARNING, "The remembered window placement and drill records cannot be read", e);
            }
            return app;
        });
    }

    /**
     * Builds the main window on the given stage; tests call this with a stage of their own. Its activity is kept in
     * memory only.
     */
    public static BackupRecoveryViewModel show(Stage stage, BackupService service) {
        return show(stage, service, inMemory(service), Optional.empty(), (shell, page, executors, status) -> { },
                SettingsFile.none());
    }

    /**
     * Builds the main window on an opened backend, showing first the cluster the user chose; the changes made on
     * the Cloud API are journaled in {@code activityJournal}.
     */
    static BackupRecoveryViewModel show(Stage stage, BackendLauncher.Opened backend, SettingsFile settings,
                                        Optional<Path> activityJournal) {
        BackupService service = backend.service();
        JournaledBackupService journaled = service instanceof LiveBackupService live && activityJournal.isPresent()
                ? ActivityRecording.onCloudApi(live, activityJournal.get(), ActivityOrigin.APP)
                : inMemory(service);
        return show(stage, service, journaled, backend.clusterId(), (shell, page, executors, status) -> { }, settings);
    }

    /** A simulator's changes go to its simulation's journal; others' are kept in memory only. */
    private static JournaledBackupService inMemory(BackupService service) {
        if (service instanceof SimulatorBackupService simulator) {
            return ActivityRecording.onSimulation(simulator, simulator::simulation, ActivityOrigin.APP);
        }
        SessionJournal journal = new SessionJournal(List.of());
        String where = service instanceof LiveBackupService live ? live.apiUrl().host() : ActivityEntry.SIMULATOR;
        return new JournaledBackupService(service, () -> journal,
                () -> JournaledBackupService.SERVICE_ACCOUNT_NOT_REPORTED, where, ActivityOrigin.APP);
    }

    /**
     * Builds the main window on a simulation, with the Simulator section and the drill side panel; a training
     * scenario's drill starts at once. Drill results go to {@code progress}.
     */
    public static BackupRecoveryViewModel showSimulator(Stage stage, SimulatorStartOptions.Start start, long seed,
                                                        DrillProgressStore progress) {
        return show(stage, start, seed, progress, SettingsFile.none(), Optional.empty());
    }

    private static BackupRecoveryViewModel show(Stage stage, SimulatorStartOptions.Start start, long seed,
                                                DrillProgressStore progress, SettingsFile settings,
                                                Optional<Path> sessionsFolder) {
        SimulationSession session = new SimulationSession(start.simulation());
        BackupService service = session.desktopService();
        JournaledBackupService journaled = ActivityRecording.onSimulation(service, session::current, ActivityOrigin.APP);
        session.onReplaced(replaced -> journaled.journalReplaced());
        return show(stage, service, journaled, Optional.empty(), (shell, page, executors, status) -> {
            status.showSimulatedTime(() -> session.current().clock().now());
            SimulatorSection.install(shell, page, session, executors, start, seed, progress, sessionsFolder);
        }, settings);
    }

    /** What a backend adds to the window once its frame and Backup Recovery page exist. */
    private interface Extras {
        void install(ShellView shell, BackupRecoveryViewModel page, UiExecutors executors, StatusViewModel status);
    }

    /** @param service the backend itself, which the header and the status bar name; the pages act through {@code journaled} */
    private static BackupRecoveryViewModel show(Stage stage, BackupService service, JournaledBackupService journaled,
                                                Optional<String> startWith, Extras extras, SettingsFile settings) {
        Theme theme = settings.current().theme();
        theme.apply();
        UiExecutors executors = new UiExecutors(backgroundPool(), Platform::runLater);
        BackupRecoveryViewModel viewModel = new BackupRecoveryViewModel(journaled, executors, new FxUiScheduler(),
                ZoneId.systemDefault());
        ShellView shell = new ShellView(viewModel, aboutThisApp(), badge(service), theme);
        ActivitySection.install(shell, journaled, executors);
        shell.setOnThemeChanged(chosen -> settings.update(current -> current.withTheme(chosen)));
        StatusViewModel status = new StatusViewModel(whereFrom(service), viewModel.stateProperty(),
                InstantSource.system(), ZoneId.systemDefault(), Platform::runLater);
        journaled.reportActivityTo(status.clientActivity());
        shell.showStatus(status);
        extras.install(shell, viewModel, executors, status);

        Scene scene = new Scene(shell.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(ShellView.class.getResource("app.css").toExternalForm());
        stage.setTitle(TITLE);
        // Decoding seven PNGs up to 512 px takes a tenth of a second: done beside the first page, not before it.
        executors.call(DesktopApp::windowIcons, stage.getIcons()::setAll,
                failure -> LOG.warning(() -> "The window keeps the desktop's default icon: " + failure.message()));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        startWith.ifPresentOrElse(viewModel::start, viewModel::start);
        if (service.kind() != BackendKind.SIMULATOR) {
            viewModel.followTime(Duration.ofMinutes(1), () -> true);
        }
        return viewModel;
    }

    /** The app's icon at each size a desktop may ask for, from the taskbar's 16 px to a launcher's 512 px. */
    private static List<Image> windowIcons() {
        return IntStream.of(16, 32, 48, 64, 128, 256, 512)
                .mapToObj(size -> new Image(DesktopApp.class.getResourceAsStream("icon-" + size + ".png")))
                .toList();
    }

    /** The header badge, so that nobody takes a simulation or a local API for production. */
    static String badge(BackupService service) {
        if (service.kind() == BackendKind.SIMULATOR) {
            return "SIMULATED";
        }
        return service instanceof LiveBackupService live && live.apiUrl().isLoopback() ? "LOCAL API" : "LIVE";
    }

    /** The status bar's words for the backend and where it is. */
    static String whereFrom(BackupService service) {
        if (service instanceof LiveBackupService live) {
            return (live.apiUrl().isLoopback() ? "Local Cloud API at " : "CockroachDB Cloud API at ") + live.apiUrl() + ".";
        }
        return "Simulator in this app.";
    }

    private static AboutViewModel aboutThisApp() {
        String java = Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
        return new AboutViewModel(BuildInfo.version(), BuildInfo.buildTime(), java,
                System.getProperty("javafx.runtime.version", "unknown"), AboutViewModel.bundledLibraries());
    }

    /** One thread that writes the settings file, in the order of the changes, off the JavaFX thread. */
    static ExecutorService settingsWriter() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "settings-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    static ExecutorService backgroundPool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "backend-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
