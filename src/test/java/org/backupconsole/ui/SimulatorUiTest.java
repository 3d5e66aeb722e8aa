package org.backupconsole.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.app.Main;
import org.backupconsole.app.SimulatorStartOptions;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.testing.MemoryPreferences;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Screenshots;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRow;
import org.backupconsole.ui.common.TimeFormats;
import org.backupconsole.ui.drills.DrillProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Simulator section, driven through the window. Each test opens the app on a scenario whose clock moves only
 * when the test moves it. The drills are worked in {@link ReadmeScreenshotsUiTest}, which pictures them.
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorUiTest {

    private Stage stage;
    private Simulation simulation;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(String scenario, FxRobot robot) throws Exception {
        simulation = Simulators.scenario(scenario);
        var start = new SimulatorStartOptions.Start(simulation, scenario, Scenario.builtIn(scenario).drill(), Simulators.NOW);
        WaitForAsyncUtils.asyncFx(() -> DesktopApp.showSimulator(stage, start, 1,
                new DrillProgressStore(new MemoryPreferences()))).get();
        PageRobot.waitForBackups(robot);
    }

    @Test
    void theClockControlsMoveTheVirtualTimeAndTheBackupsPageFollows(FxRobot robot) throws Exception {
        open("demo", robot);
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);
        Instant newestBefore = newest(table);

        robot.clickOn("Clock and faults");
        Label now = robot.lookup(".clock-now").queryAs(Label.class);
        String before = now.getText();
        robot.clickOn("+1 week");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Simulators.NOW.plus(Duration.ofDays(7)), simulation.clock().now());
        assertFalse(before.equals(now.getText()), "the clock shows the new time: " + now.getText());
        robot.clickOn("Resume");
        assertFalse(simulation.clock().isPaused());
        robot.clickOn("Pause");
        assertTrue(simulation.clock().isPaused());

        robot.clickOn("#jumpDate .arrow-button");
        LocalDate today = LocalDate.ofInstant(simulation.clock().now(), ZoneId.systemDefault());
        List<DateCell> days = robot.lookup(".date-picker-popup .date-cell").queryAllAs(DateCell.class).stream()
                .filter(Node::isVisible).toList();
        assertTrue(days.stream().anyMatch(d -> today.equals(d.getItem()) && !d.isDisable()),
                "the calendar opens on the virtual month, and today can be chosen");
        assertTrue(days.stream().anyMatch(d -> today.minusDays(1).equals(d.getItem()) && d.isDisable()),
                "the clock never goes back, so earlier days cannot be chosen");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene().getRoot(), "simulator-panel-dark")).get();
        robot.clickOn("#themeToggle");

        robot.clickOn("Backup and Restore");
        PageRobot.waitFor(() -> newest(table).isAfter(newestBefore.plus(Duration.ofDays(6))));
        assertEquals("SIMULATED", robot.lookup(".backend-badge").queryAs(Label.class).getText());
    }

    @Test
    void theHeaderSaysTheSimulatedTimeAndOpensAHiddenDrillAgain(FxRobot robot) throws Exception {
        open("target-not-empty", robot);
        assertEquals(TimeFormats.withSeconds(Simulators.NOW, ZoneId.systemDefault()),
                robot.lookup(".header-clock").queryAs(Label.class).getText());
        Node panel = robot.lookup(".drill-panel").query();
        assertTrue(panel.isVisible());

        robot.clickOn(".drill-panel .button-icon");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panel.isVisible(), "hidden, leaving the room to the page");
        Button reopen = robot.lookup(".header .button").queryAllAs(Button.class).stream()
                .filter(button -> "Drill".equals(button.getText())).findFirst().orElseThrow();
        assertTrue(reopen.isVisible());

        robot.clickOn(reopen);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.isVisible(), "the drill's panel is back");
        assertFalse(reopen.isVisible());
    }

    @Test
    void theInspectorShowsTheClusterChosenInTheHeader(FxRobot robot) throws Exception {
        open("demo", robot);
        PageRobot.pick(robot, "demo-advanced");
        robot.clickOn("Data inspector");
        @SuppressWarnings("unchecked")
        ComboBox<Cluster> inspected = robot.lookup("#clusterPicker").queryAllAs(ComboBox.class).stream()
                .filter(picker -> picker.getAccessibleText().equals("Cluster to inspect")).findFirst().orElseThrow();
        PageRobot.waitFor(() -> inspected.getValue() != null);
        assertEquals("demo-advanced", inspected.getValue().name());
    }

    @Test
    void theInspectorShowsDataNowAndInABackupAndStagesAnIncident(FxRobot robot) throws Exception {
        open("dropped-database", robot);
        robot.clickOn("Data inspector");
        @SuppressWarnings("unchecked")
        TreeView<String> now = robot.lookup("#clusterTree").queryAs(TreeView.class);
        @SuppressWarnings("unchecked")
        TreeView<String> backup = robot.lookup("#backupTree").queryAs(TreeView.class);
        PageRobot.waitFor(() -> now.getRoot() != null && backup.getRoot() != null
                && !backup.getRoot().getChildren().isEmpty());
        assertTrue(now.getRoot().getChildren().get(0).getValue().startsWith("payments"), "orders was dropped");

        robot.clickOn("#addDataButton");
        PageRobot.waitFor(() -> robot.lookup("#message").queryAs(Label.class)
                .getText().startsWith("Wrote 100 MB into payments."));

        robot.clickOn("#wipeButton");
        PageRobot.waitFor(() -> robot.lookup(".confirm-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup(".confirm-dialog .content").queryAs(Label.class).getText()
                .startsWith("Every database of "), "the wipe asks first, saying what it drops");
        robot.type(KeyCode.ENTER);
        PageRobot.waitFor(() -> robot.lookup(".confirm-dialog").tryQuery().isEmpty());
        assertTrue(now.getRoot().getChildren().get(0).getValue().startsWith("payments"), "Enter cancels: nothing wiped");

        robot.clickOn("#wipeButton");
        PageRobot.waitFor(() -> robot.lookup(".confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".confirm-dialog .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().startsWith("Wipe ")).findFirst().orElseThrow());
        PageRobot.waitFor(() -> now.getRoot().getChildren().get(0).getValue()
                .startsWith("No databases"));
    }

    @Test
    void aScenarioFileWithAnErrorIsRefusedAndNoWindowOpens(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"scenario\": 1, \"name\": \"x\", \"organization\": \"X\", "
                + "\"history\": \"P1D\", \"timeline\": [{\"at\": \"PT0S\", \"do\": \"explode\"}]}");
        int windowsBefore = Window.getWindows().size();
        java.io.StringWriter err = new java.io.StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setErr(new java.io.PrintWriter(err, true));

        assertEquals(2, commandLine.execute("--scenario", bad.toString()));
        assertTrue(err.toString().startsWith(bad + ", at $.timeline[0].do: unknown step \"explode\""), err.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(windowsBefore, Window.getWindows().size(), "no window opened");
    }

    private static Instant newest(TableView<BackupRow> table) {
        return table.getItems().stream().map(r -> r.backup().asOfTime()).max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
