package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.Simulation;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.server.CloudApiServer;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Screenshots;
import org.backupconsole.ui.backups.BackupRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --backend live}: the Connect dialog, then the Backup Recovery page, against a Cloud API on loopback. */
@ExtendWith(ApplicationExtension.class)
class LiveConnectAppTest {

    private static final String KEY = "CCDB1_connectDialogAppTest";

    private CloudApiServer server;
    private Stage stage;
    @TempDir
    Path settingsFolder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Simulation simulation = Simulation.demo(1, Instant.now().truncatedTo(ChronoUnit.SECONDS), Optional.of(KEY));
        server = CloudApiServer.start(simulation, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        picocli.CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs("--backend", "live", "--api-url", server.url());
        LaunchOptions options = commandLine.getCommand();
        options.settings = SettingsFile.open(settingsFolder, Runnable::run);
        BackendLauncher.open(options, stage, backend -> DesktopApp.show(stage, backend, options.settings,
                options.activityJournal));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void connectsListsTheClustersAndOpensTheirBackups(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".password-field").queryAs(PasswordField.class)).write(KEY);
        robot.clickOn("Connect");
        @SuppressWarnings("unchecked")
        ListView<Object> clusters = robot.lookup(".list-view").queryAs(ListView.class);
        PageRobot.waitFor(() -> clusters.getItems().size() == 8);
        assertEquals("Connected. This key can see 8 clusters.", robot.lookup("#status").queryAs(Label.class).getText());
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene().getRoot(), "connect")).get();

        robot.clickOn("Open Backup and Restore");
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);
        assertEquals("LOCAL API", robot.lookup(".backend-badge").queryAs(Label.class).getText());
        assertTrue(table.getItems().stream().allMatch(row -> row.backup().expiryEstimated()));
        String settings = Files.readString(settingsFolder.resolve(SettingsFile.FILE_NAME));
        assertTrue(settings.contains("\"api_url\" : \"" + ApiUrl.parse(server.url()) + "\""), settings);
        assertFalse(settings.contains(KEY), "the secret key is never stored");
    }

    @Test
    void theClusterChosenInTheListIsTheOneThatOpens(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".password-field").queryAs(PasswordField.class)).write(KEY);
        robot.clickOn("Connect");
        @SuppressWarnings("unchecked")
        ListView<Cluster> clusters = robot.lookup(".list-view").queryAs(ListView.class);
        PageRobot.waitFor(() -> clusters.getItems().size() == 8);
        Cluster standard = clusters.getItems().stream().filter(c -> c.name().equals("demo-standard")).findFirst().orElseThrow();

        robot.clickOn(robot.lookup(".list-cell").match(cell -> ((ListCell<?>) cell).getItem() == standard).queryAs(Node.class));
        robot.clickOn("Open Backup and Restore");

        TableView<BackupRow> table = PageRobot.waitForBackups(robot);
        assertTrue(table.getItems().stream().allMatch(row -> row.backup().clusterId().equals(standard.id())),
                "the rows are demo-standard's, the cluster chosen in the Connect dialog");
        @SuppressWarnings("unchecked")
        ComboBox<Cluster> picker = robot.lookup("#clusterPicker").queryAs(ComboBox.class);
        assertEquals("demo-standard", picker.getValue().name());
    }

    @Test
    void aWrongKeySaysWhatToDo(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".password-field").queryAs(PasswordField.class)).write("CCDB1_wrong");
        robot.clickOn("Connect");
        PageRobot.waitFor(() -> robot.lookup(".danger").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup(".danger").queryAs(Label.class).getText()
                .startsWith("The Cloud API did not accept the secret key (HTTP 401)."));
    }

    @Test
    void escapeQuitsWithoutConnecting(FxRobot robot) throws Exception {
        robot.clickOn("#apiUrl");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "Escape closes the Connect window, as Quit does");
    }
}
