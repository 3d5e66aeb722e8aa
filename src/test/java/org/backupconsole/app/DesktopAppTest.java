package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backupconsole.domain.Cluster;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Screenshots;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real app on the demo simulator, driven through its window. */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesktopApp.show(stage, Simulators.demo());
    }

    @Test
    void opensOnBackupAndRestoreWithTheFirstClustersBackups(FxRobot robot) throws TimeoutException {
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);

        ToggleButton nav = robot.lookup(".nav-item").queryAs(ToggleButton.class);
        assertEquals("Backup and Restore", nav.getText());
        assertTrue(nav.isSelected());
        assertEquals("Backup Recovery", robot.lookup(".page-title").queryAs(Label.class).getText());
        assertEquals("Acme Logistics", robot.lookup(".organization-name").queryAs(Label.class).getText());
        assertEquals(30, table.getItems().size());
        assertEquals(java.util.List.of("Data From", "Status", "Expires In", ""),
                table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList(), "Basic has no Type or Databases");
        assertFalse(robot.lookup(".restore-button").queryAllAs(Button.class).isEmpty(), "a Restore button per row");
        assertTrue(robot.lookup("Complete").tryQuery().isPresent());
        assertEquals("SIMULATED", robot.lookup(".backend-badge").queryAs(Label.class).getText());
    }

    @Test
    void theWindowGetsTheAppIconAtEverySizeADesktopMayAskFor(FxRobot robot) throws TimeoutException {
        PageRobot.waitForBackups(robot);
        PageRobot.waitFor(() -> !stage.getIcons().isEmpty());
        assertEquals(java.util.List.of(16, 32, 48, 64, 128, 256, 512),
                stage.getIcons().stream().map(icon -> (int) icon.getWidth()).toList());
        assertTrue(stage.getIcons().stream().noneMatch(icon -> icon.isError()), "every icon decoded");
    }

    @Test
    void pickingAnotherClusterShowsItsBackups(FxRobot robot) throws TimeoutException {
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Cluster> picker = robot.lookup(".combo-box").queryAs(ComboBox.class);
        Cluster second = picker.getItems().get(1);

        robot.clickOn(picker);
        robot.clickOn(second.name() + "  (" + second.plan().displayName() + ")");

        PageRobot.waitFor(() -> !table.getItems().isEmpty()
                && table.getItems().get(0).backup().clusterId().equals(second.id()));
        assertTrue(table.getItems().stream().allMatch(r -> r.backup().clusterId().equals(second.id())));
    }

    @Test
    void aboutShowsTheVersionRuntimeAndLicensesAndClosesOnEscape(FxRobot robot) throws Exception {
        PageRobot.waitForBackups(robot);
        robot.clickOn("#aboutButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label title = robot.lookup("#title").queryAs(Label.class);
        assertEquals("Backup Console " + BuildInfo.version(), title.getText());
        assertTrue(robot.lookup("#javaFx").queryAs(Label.class).getText().startsWith("JavaFX 21"));
        assertTrue(robot.lookup("#runtime").queryAs(Label.class).getText().startsWith("Java 17"));
        TableView<?> libraries = robot.lookup("#libraries").queryAs(TableView.class);
        assertTrue(libraries.getItems().size() >= 8, "bundled libraries listed: " + libraries.getItems().size());
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(title.getScene().getRoot(), "about")).get();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(title.getScene().getWindow().isShowing(), "Escape closes the dialog");
    }
}
