package org.backupconsole.app;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.ui.about.AboutViewModel;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.common.FxUiScheduler;
import org.backupconsole.ui.common.Theme;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.drills.DrillProgressStore;
import org.backupconsole.ui.shell.ShellView;
import org.backupconsole.ui.shell.WindowPlacement;

/** The composition root of the desktop app: picks the backend, wires view models to views, shows the window. */
public final class DesktopApp {

    public static final String TITLE = "Backup Console";

    private DesktopApp() {
    }

    /**
     * Starts the JavaFX toolkit on a thread of its own and returns at once, so that the toolkit comes up while
     * the caller prepares the backend (playing a scenario takes as long as the toolkit's start).
     */
    static CompletableFuture<Void> startToolkit() {
        Thread starting = new Thread(() -> {
            try {
                // Returns when the toolkit exits; until then this thread only waits.
                Application.launch(BackupConsole.class);
            } catch (RuntimeException e) {
                BackupConsole.STARTED.completeExceptionally(e);
            }
        }, "toolkit-startup");
        starting.setDaemon(true);
        starting.start();
        return BackupConsole.STARTED;
    }

    /** Once the toolkit has started, opens the main window and waits until it is closed. */
    static void runUntilClosed(CompletableFuture<Void> toolkit, LaunchOptions options,
                               Optional<SimulatorStartOptions.Start> simulator) throws InterruptedException {
        DrillProgressStore progress = new DrillProgressStore(Preferences.userNodeForPackage(DesktopApp.class).node("drills"));
        CountDownLatch closed = new CountDownLatch(1);
        try {
            toolkit.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Platform.runLater(() -> {
            UncaughtFailures.install(options.logFile);
            Stage stage = new Stage();
            new WindowPlacement(Preferences.userNodeForPackage(DesktopApp.class).node("window")).remember(stage);
            stage.setOnHidden(event -> closed.countDown());
            Consumer<BackupRecoveryViewModel> opened = page -> {
                if (options.exitWhenReady) {
                    StartupProbe.closeWhenInteractive(page, stage);
                }
            };
            if (simulator.isPresent()) {
                opened.accept(showSimulator(stage, simulator.get(), options.seed(), progress));
            } else {
                BackendLauncher.open(options, stage, backend -> opened.accept(show(stage, backend)));
            }
        });
        closed.await();
        Platform.exit();
    }

    /** Builds the main window on the given stage; tests call this with a stage of their own. */
    public static BackupRecoveryViewModel show(Stage stage, BackupService service) {
        return show(stage, service, Optional.empty(), (shell, page, executors) -> { });
    }

    /** Builds the main window on an opened backend, showing first the cluster the user chose. */
    static BackupRecoveryViewModel show(Stage stage, BackendLauncher.Opened backend) {
        return show(stage, backend.service(), backend.clusterId(), (shell, page, executors) -> { });
    }

    /**
     * Builds the main window on a simulation, with the Simulator section and the drill side panel; a training
     * scenario's drill starts at once. Drill results go to {@code progress}.
     */
    public static BackupRecoveryViewModel showSimulator(Stage stage, SimulatorStartOptions.Start start, long seed,
                                                        DrillProgressStore progress) {
        SimulationSession session = new SimulationSession(start.simulation());
        return show(stage, session.desktopService(), Optional.empty(), (shell, page, executors) ->
                SimulatorSection.install(shell, page, session, executors, start, seed, progress));
    }

    /** What a backend adds to the window once its frame and Backup Recovery page exist. */
    private interface Extras {
        void install(ShellView shell, BackupRecoveryViewModel page, UiExecutors executors);
    }

    private static BackupRecoveryViewModel show(Stage stage, BackupService service, Optional<String> startWith,
                                                Extras extras) {
        Theme theme = Theme.LIGHT;
        theme.apply();
        UiExecutors executors = new UiExecutors(backgroundPool(), Platform::runLater);
        BackupRecoveryViewModel viewModel = new BackupRecoveryViewModel(service, executors, new FxUiScheduler(),
                ZoneId.systemDefault());
        ShellView shell = new ShellView(viewModel, aboutThisApp(), badge(service), theme);
        extras.install(shell, viewModel, executors);

        Scene scene = new Scene(shell.root(), 1360, 860);
        scene.getStylesheets().add(ShellView.class.getResource("app.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.getIcons().setAll(windowIcons());
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

    private static AboutViewModel aboutThisApp() {
        String java = Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
        return new AboutViewModel(BuildInfo.version(), BuildInfo.buildTime(), java,
                System.getProperty("javafx.runtime.version", "unknown"), AboutViewModel.bundledLibraries());
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
