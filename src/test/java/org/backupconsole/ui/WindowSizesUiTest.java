package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.backupsTable;
import static org.backupconsole.testing.PageRobot.isShown;
import static org.backupconsole.testing.PageRobot.topmost;
import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.backupconsole.testing.PageRobot.waitForGone;
import static org.backupconsole.testing.PageRobot.waitForShown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.app.SimulatorStartOptions;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.Scenario;
import org.backupconsole.testing.CutText;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.MemoryPreferences;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Screenshots;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.IncompleteBackupRow;
import org.backupconsole.ui.drills.DrillProgressStore;
import org.backupconsole.ui.restore.RestoreJobRow;
import org.junit.jupiter.api.AfterEach;
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

    /** The stage is the toolkit's, shared with the next test class: it gets the app's default size back. */
    @AfterEach
    void defaultSizeAgain(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1360);
            stage.setHeight(860);
        });
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
        ToggleButton nav = robot.lookup(".nav-item").queryAs(ToggleButton.class);
        assertEquals(width < 1200 ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT, nav.getContentDisplay(),
                "a narrow window leaves the navigation its icons, the name on hover");

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
                cut.addAll(inDatabaseRestoreDialog(robot, cluster.name()));
            }
        }
        assertEquals(List.of(), cut, "texts cut short without a tooltip at " + width + "×" + height);
    }

    @Test
    void at1024By640AFailedJobAndAnIncompleteBackupAreReadWholeAndCopied(FxRobot robot) throws Exception {
        robot.interact(() -> {
            page = DesktopApp.show(stage, Simulators.demo());
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        waitForBackups(robot);
        Cluster advanced = page.clusters().stream().filter(c -> c.name().equals("demo-advanced")).findFirst().orElseThrow();
        robot.interact(() -> page.selectedClusterProperty().set(advanced));
        waitFor(() -> !page.incompleteBackups().rows().isEmpty());

        robot.clickOn("Incomplete Backups");
        robot.clickOn(PageRobot.topmost(robot, ".incomplete-table .table-cell"));
        String statement = page.incompleteBackups().rows().stream().map(IncompleteBackupRow::description)
                .filter(text -> detailsShown(robot).contains(text)).findFirst().orElseThrow(
                        () -> new AssertionError("the selected run's statement is in its details: " + detailsShown(robot)));
        robot.clickOn(".details-pane .button");
        assertEquals(detailsShown(robot), clipboard(), "Copy copies the details");
        assertTrue(clipboard().contains("Statement: " + statement), clipboard());
        Screenshots.take(stage.getScene().getRoot(), "window-1024x640-incomplete-details");

        robot.clickOn("Restore Jobs");
        waitFor(() -> !page.restoreJobs().jobs().isEmpty());
        RestoreJobRow failed = page.restoreJobs().jobs().stream().filter(job -> !job.failure().isEmpty()).findFirst()
                .orElseThrow();
        robot.interact(() -> robot.lookup(".restore-jobs-table").queryAs(TableView.class).getSelectionModel()
                .select(failed));
        assertTrue(detailsShown(robot).contains("Error: " + failed.failure()), detailsShown(robot));
        assertTrue(detailsShown(robot).contains("Job ID: " + failed.jobId()), detailsShown(robot));
        Screenshots.take(stage.getScene().getRoot(), "window-1024x640-failed-job-details");
    }

    @Test
    void at1024By640TheSettingsDialogKeepsItsButtonsInSightWhenAnErrorAppears(FxRobot robot) throws Exception {
        // As on the Cloud API, which does not say that demo-standard's one retention change is used: the service's
        // refusal is what tells.
        FailingBackupService cannotTell = new FailingBackupService(Simulators.demo());
        cannotTell.<Optional<Boolean>>rewrite("retentionChangeUsed", used -> Optional.empty());
        robot.interact(() -> {
            page = DesktopApp.show(stage, cannotTell.service());
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        waitForBackups(robot);
        Cluster standard = page.clusters().stream().filter(c -> c.name().equals("demo-standard")).findFirst().orElseThrow();
        robot.interact(() -> page.selectedClusterProperty().set(standard));
        waitFor(() -> page.clusterLoadedProperty().get() && !page.refreshCommand().runningProperty().get());
        robot.interact(() -> robot.lookup("#settingsButton").queryButton().fire());
        Node dialog = waitForShown(robot, ".settings-dialog");
        PageRobot.choose(robot, "#retentionPicker", "30 days");
        robot.clickOn(".settings-dialog .accent");
        Label error = robot.lookup(".settings-dialog .error-text").queryAs(Label.class);
        waitFor(() -> !error.getText().isEmpty());

        Screenshots.take(dialog, "window-1024x640-settings-error");
        assertEquals(List.of(), cutOnScreen("demo-standard › Settings with an error"));
        for (Node button : robot.lookup(".settings-dialog .button").queryAll()) {
            Bounds bounds = button.localToScene(button.getLayoutBounds());
            assertTrue(bounds.getMaxY() <= dialog.getScene().getHeight() && bounds.getMinY() >= 0,
                    ((Button) button).getText() + " is in sight, at " + bounds + " in a dialog "
                            + dialog.getScene().getHeight() + " px high");
        }
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void at1024By640TheSimulatorPagesAndTheDrillPanelCanBeRead(FxRobot robot) throws Exception {
        openDrillAt1024By640(robot, "target-not-empty");
        List<String> cut = new ArrayList<>(cutOnScreen("Backup and Restore with the drill panel"));
        assertRestoreInSight(robot, "with the drill panel open");
        Screenshots.take(stage.getScene().getRoot(), "window-1024x640-drill");
        for (String item : List.of("Activity", "Clock and faults", "Data inspector", "Scenarios and drills")) {
            robot.interact(() -> robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream()
                    .filter(nav -> nav.getText().equals(item)).findFirst().orElseThrow().fire());
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(cutOnScreen(item));
        }
        assertEquals(List.of(), cut, "texts cut short without a tooltip at 1024×640 on the simulator");
    }

    @Test
    void at1024By640AnAdvancedClustersFiltersAndCountAreReadWholeWithTheDrillPanelOpen(FxRobot robot)
            throws Exception {
        openDrillAt1024By640(robot, "dropped-database");
        assertTrue(robot.lookup("#typeFilter").query().isVisible(), "an ADVANCED cluster, with the Type filter");
        Node filterBar = robot.lookup("#filterBar").query();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> CutText.in(filterBar)).get(),
                "the Date label, All dates and the count are whole");
        Bounds bar = filterBar.localToScene(filterBar.getLayoutBounds());
        Node count = robot.lookup("#backupCount").query();
        assertTrue(count.localToScene(count.getLayoutBounds()).getMaxX() <= bar.getMaxX(), "the count in sight");
        assertEquals(List.of(), cutOnScreen("Backup and Restore of an ADVANCED cluster with the drill panel"));
        assertRestoreInSight(robot, "an ADVANCED cluster with the drill panel open");
        assertEquals(List.of("Data From", "Status", "Expires In", ""), backupsTable(robot).getVisibleLeafColumns()
                .stream().map(TableColumn::getText).toList(), "Databases and Type give way to Restore");

        robot.interact(() -> robot.lookup("#closeButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Data From", "Type", "Status", "Expires In", "Databases", ""),
                backupsTable(robot).getVisibleLeafColumns().stream().map(TableColumn::getText).toList(),
                "with the panel closed, every column is back");
    }

    /** The window on a training scenario, its drill panel open, at 1024×640, once the backups show. */
    private void openDrillAt1024By640(FxRobot robot, String scenario) throws Exception {
        var start = new SimulatorStartOptions.Start(Simulators.scenario(scenario), scenario,
                Scenario.builtIn(scenario).drill(), Simulators.NOW);
        robot.interact(() -> {
            page = DesktopApp.showSimulator(stage, start, 1, new DrillProgressStore(new MemoryPreferences()));
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        waitForBackups(robot);
    }

    /** The details pane under the table of the tab shown. */
    private static String detailsShown(FxRobot robot) {
        Node tab = robot.lookup(".page-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        return tab.lookup(".details-pane").isVisible() ? ((TextArea) tab.lookup(".details-pane .text-area")).getText() : "";
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
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

    /** A database restore offers the most options: each keeps its whole label, in a dialog of the window's size. */
    private List<String> inDatabaseRestoreDialog(FxRobot robot, String cluster) throws Exception {
        // The second backup: the newest may still be running, and its databases cannot be restored yet.
        Hyperlink databases = (Hyperlink) PageRobot.inRow(robot, ".backups-table .hyperlink", 1);
        robot.interact(databases::fire);
        waitFor(() -> isShown(robot, ".databases-table"));
        Button restore = (Button) topmost(robot, ".databases-table .restore-button");
        robot.interact(restore::fire);
        waitForShown(robot, ".restore-dialog");
        waitFor(() -> robot.lookup("Skip missing foreign keys").tryQuery().isPresent());
        List<String> cut = cutOnScreen(cluster + " › Restore database");
        robot.type(KeyCode.ESCAPE);
        waitForGone(robot, ".restore-dialog");
        robot.interact(() -> robot.lookup("#backButton").queryButton().fire());
        waitFor(() -> isShown(robot, ".backups-table"));
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
