package org.backupconsole.app;

import java.time.InstantSource;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.ui.about.AboutViewModel;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.common.FxUiScheduler;
import org.backupconsole.ui.common.Theme;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.shell.ShellView;
import org.backupconsole.ui.shell.WindowPlacement;

/** The composition root of the desktop app: picks the backend, wires view models to views, shows the window. */
public final class DesktopApp {

    public static final String TITLE = "Backup Console";

    private DesktopApp() {
    }

    /** Starts the JavaFX toolkit, opens the main window and waits until it is closed. */
    static void runUntilClosed(LaunchOptions options) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            new WindowPlacement(Preferences.userNodeForPackage(DesktopApp.class).node("window")).remember(stage);
            stage.setOnHidden(event -> closed.countDown());
            BackendLauncher.open(options, stage, service -> {
                BackupRecoveryViewModel page = show(stage, service);
                if (options.exitWhenReady) {
                    StartupProbe.closeWhenInteractive(page, stage);
                }
            });
        });
        closed.await();
        Platform.exit();
    }

    /** Builds the main window on the given stage; tests call this with a stage of their own. */
    public static BackupRecoveryViewModel show(Stage stage, BackupService service) {
        Theme theme = Theme.LIGHT;
        theme.apply();
        UiExecutors executors = new UiExecutors(backgroundPool(), Platform::runLater);
        BackupRecoveryViewModel viewModel = new BackupRecoveryViewModel(service, executors, new FxUiScheduler(),
                ZoneId.systemDefault());
        String badge = service.kind() == BackendKind.SIMULATOR ? "SIMULATED" : "LIVE";
        ShellView shell = new ShellView(viewModel, aboutThisApp(), badge, theme);

        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getStylesheets().add(ShellView.class.getResource("app.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.getIcons().add(new Image(DesktopApp.class.getResourceAsStream("icon-256.png")));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        viewModel.start();
        return viewModel;
    }

    private static AboutViewModel aboutThisApp() {
        String java = Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
        return new AboutViewModel(BuildInfo.version(), BuildInfo.buildTime(), java,
                System.getProperty("javafx.runtime.version", "unknown"), AboutViewModel.bundledLibraries());
    }

    /**
     * The simulator with the demo organization, its history ending now and its clock running in real time,
     * acting as the demo's Org Admin.
     */
    public static SimulatorBackupService simulator(long seed) {
        var start = InstantSource.system().instant().truncatedTo(ChronoUnit.SECONDS);
        Simulation simulation = Simulation.demo(seed, start, Optional.empty());
        return simulation.serviceFor(simulation.desktopUser());
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
