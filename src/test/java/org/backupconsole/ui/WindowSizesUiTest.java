package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.backupsTable;
import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.backupconsole.testing.PageRobot.waitForGone;
import static org.backupconsole.testing.PageRobot.waitForShown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.domain.Cluster;
import org.backupconsole.testing.CutText;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Screenshots;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo organization at the smallest window the app supports and at a full-HD one: on every cluster and tab,
 * and in the Settings dialog, no text is cut short without a tooltip that reads it whole, and every row's Restore
 * is in sight. Pictures of both sizes, light and dark, go to {@code screenshots.dir}.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizesUiTest {

    private Stage stage;
    private BackupRecoveryViewModel page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void at1024By640EveryTextCanBeReadAndEveryRestoreReached(FxRobot robot) throws Exception {
        readEverything(robot, 1024, 640);
    }

    @Test
    void at1920By1080EveryTextCanBeReadAndEveryRestoreReached(FxRobot robot) throws Exception {
        readEverything(robot, 1920, 1080);
    }

    private void readEverything(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            page = DesktopApp.show(stage, Simulators.demo());
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitForBackups(robot);
        assertEquals(width, stage.getScene().getWidth(), "the window is as wide as asked");

        List<String> cut = new ArrayList<>();
        for (Cluster cluster : List.copyOf(page.clusters())) {
            robot.interact(() -> page.selectedClusterProperty().set(cluster));
            waitFor(() -> page.clusterLoadedProperty().get() && !page.refreshCommand().runningProperty().get());
            for (Tab tab : List.copyOf(tabs(robot).getTabs())) {
                robot.interact(() -> tabs(robot).getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                cut.addAll(cutOnScreen(cluster.name() + " › " + tab.getText()));
                if (tab.getText().equals("Backups")) {
                    assertRestoreInSight(robot, cluster.name());
                }
            }
            robot.interact(() -> tabs(robot).getSelectionModel().selectFirst());
            if (cluster.name().equals("demo-advanced")) {
                shoot(robot, width, height);
                cut.addAll(inSettingsDialog(robot, cluster.name()));
            }
        }
        assertEquals(List.of(), cut, "texts cut short without a tooltip at " + width + "×" + height);
    }

    private void assertRestoreInSight(FxRobot robot, String cluster) {
        if (backupsTable(robot).getItems().isEmpty()) {
            return;
        }
        Node restore = PageRobot.inRow(robot, ".backups-table .restore-button", 0);
        Bounds button = restore.localToScene(restore.getLayoutBounds());
        Bounds table = backupsTable(robot).localToScene(backupsTable(robot).getLayoutBounds());
        assertTrue(button.getMinX() >= table.getMinX() && button.getMaxX() <= table.getMaxX()
                        && button.getMaxX() <= stage.getScene().getWidth(),
                cluster + ": the first row's Restore is in sight, at " + button + " in a table at " + table);
    }

    private List<String> inSettingsDialog(FxRobot robot, String cluster) throws Exception {
        robot.interact(() -> robot.lookup("#settingsButton").queryButton().fire());
        waitForShown(robot, ".settings-dialog");
        List<String> cut = cutOnScreen(cluster + " › Settings");
        robot.type(KeyCode.ESCAPE);
        waitForGone(robot, ".settings-dialog");
        return cut;
    }

    /** The demo-advanced page, the widest, in both themes; the light theme is back for the next test. */
    private void shoot(FxRobot robot, int width, int height) throws Exception {
        String size = width + "x" + height;
        Screenshots.take(stage.getScene().getRoot(), "window-" + size + "-light");
        robot.interact(() -> robot.lookup("#themeToggle").queryButton().fire());
        Screenshots.take(stage.getScene().getRoot(), "window-" + size + "-dark");
        robot.interact(() -> robot.lookup("#themeToggle").queryButton().fire());
    }

    private static List<String> cutOnScreen(String where) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .flatMap(window -> CutText.in(window.getScene().getRoot()).stream())
                .map(found -> where + ": " + found).toList()).get();
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup(".page-tabs").queryAs(TabPane.class);
    }
}
