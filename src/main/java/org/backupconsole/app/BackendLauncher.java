package org.backupconsole.app;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.backupconsole.backend.BackupService;
import org.backupconsole.cli.LocalCloudApi;
import org.backupconsole.domain.Cluster;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.connect.ConnectView;
import org.backupconsole.ui.connect.ConnectViewModel;
import org.backupconsole.ui.shell.ShellView;

/**
 * Opens the backend the command line chose, on the JavaFX thread: the simulator at once; the live API after
 * the Connect dialog; the local API by starting it in-process and connecting the live client to it. Whatever
 * it opened is closed when the window is.
 */
final class BackendLauncher {

    private BackendLauncher() {
    }

    /** What the window opens on: a backend, and the cluster to show first when the user chose one. */
    record Opened(BackupService service, Optional<String> clusterId) {
    }

    static void open(LaunchOptions options, Stage stage, Consumer<Opened> onReady) {
        switch (options.backend()) {
            case SIM -> throw new IllegalArgumentException("the embedded simulator opens with DesktopApp.showSimulator");
            case LIVE -> showConnectDialog(stage, options.apiUrl().or(() -> options.settings.current().apiUrl())
                    .orElse(ApiUrl.parse(ApiUrl.DEFAULT)), options.settings, onReady);
            case LOCAL -> onReady.accept(new Opened(startLocal(options.seed(), stage), Optional.empty()));
        }
    }

    private static void showConnectDialog(Stage stage, ApiUrl apiUrl, SettingsFile settings, Consumer<Opened> onReady) {
        settings.current().theme().apply();
        UiExecutors executors = new UiExecutors(DesktopApp.backgroundPool(), Platform::runLater);
        ConnectViewModel viewModel = new ConnectViewModel(executors, LiveBackupService::connect, connection -> {
            closeWith(stage, connection.service()::close);
            settings.update(current -> current.withApiUrl(connection.service().apiUrl()));
            onReady.accept(new Opened(connection.service(), connection.cluster().map(Cluster::id)));
        });
        viewModel.apiUrlProperty().set(apiUrl.toString());
        Optional.ofNullable(System.getenv(SecretKey.ENVIRONMENT_VARIABLE)).map(String::strip)
                .ifPresent(viewModel.secretKeyProperty()::set);
        closeWith(stage, viewModel::dispose);
        Scene scene = new Scene(new ConnectView(viewModel).root(), 560, 600);
        scene.getStylesheets().add(ShellView.class.getResource("app.css").toExternalForm());
        stage.setTitle(DesktopApp.TITLE + " — Connect");
        stage.setScene(scene);
        stage.show();
    }

    private static BackupService startLocal(long seed, Stage stage) {
        LocalCloudApi local = LocalCloudApi.start(seed);
        closeWith(stage, local::close);
        return local.service();
    }

    private static void closeWith(Stage stage, Runnable close) {
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> close.run());
    }
}
