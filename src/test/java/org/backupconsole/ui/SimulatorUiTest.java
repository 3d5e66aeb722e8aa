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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
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
import org.backupconsole.domain.Backup;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.testing.MemoryPreferences;
import org.backupconsole.testing.Screenshots;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRow;
import org.backupconsole.ui.drills.DrillProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Simulator section and the drills, driven through the window. Each test opens the app on a scenario whose
 * clock moves only when the test moves it; the drill tests work the "target-not-empty" drill through the real
 * data inspector, Backup Recovery page and Restore dialog.
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorUiTest {

    private static final Instant INCIDENT = Simulators.NOW.minus(Duration.ofMinutes(20));

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
        waitForBackups(robot);
    }

    @Test
    void theClockControlsMoveTheVirtualTimeAndTheBackupsPageFollows(FxRobot robot) throws Exception {
        open("demo", robot);
        TableView<BackupRow> table = waitForBackups(robot);
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
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene().getRoot(), "simulator-panel")).get();
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene().getRoot(), "simulator-panel-dark")).get();
        robot.clickOn("#themeToggle");

        robot.clickOn("Backup and Restore");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> newest(table).isAfter(newestBefore.plus(Duration.ofDays(6))));
        assertEquals("SIMULATED", robot.lookup(".backend-badge").queryAs(Label.class).getText());
    }

    @Test
    void theInspectorShowsDataNowAndInABackupAndStagesAnIncident(FxRobot robot) throws Exception {
        open("dropped-database", robot);
        robot.clickOn("Data inspector");
        @SuppressWarnings("unchecked")
        TreeView<String> now = robot.lookup("#clusterTree").queryAs(TreeView.class);
        @SuppressWarnings("unchecked")
        TreeView<String> backup = robot.lookup("#backupTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> now.getRoot() != null && backup.getRoot() != null
                && !backup.getRoot().getChildren().isEmpty());
        assertTrue(now.getRoot().getChildren().get(0).getValue().startsWith("payments"), "orders was dropped");

        robot.clickOn("#addDataButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#message").queryAs(Label.class)
                .getText().startsWith("Wrote 100 MB into payments."));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene().getRoot(), "data-inspector")).get();

        robot.clickOn("#wipeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> now.getRoot().getChildren().get(0).getValue()
                .startsWith("No databases"));
    }

    @Test
    void theTargetNotEmptyDrillPassesWithTheLastBackupBeforeTheIncident(FxRobot robot) throws Exception {
        open("target-not-empty", robot);
        workTheDrill(robot, backupBeforeIncident(0));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> resultText(robot).startsWith("Drill passed"));
        assertEquals("Drill passed in 1 h 00 min of simulated time.", resultText(robot));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene().getRoot(), "drill-passed")).get();
    }

    @Test
    void theCheckerRejectsTheDrillWhenAnOlderBackupIsChosen(FxRobot robot) throws Exception {
        open("target-not-empty", robot);
        workTheDrill(robot, backupBeforeIncident(3));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> resultText(robot).startsWith("Drill failed"));
        assertTrue(resultText(robot).contains("is not as it was in the backup of"), resultText(robot));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene().getRoot(), "drill-failed")).get();
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

    /**
     * Opens Restore on the backup, meets the pre-check (billing is not empty), empties billing through its own
     * confirmed step, restores the backup into the now empty cluster and lets an hour pass.
     */
    private void workTheDrill(FxRobot robot, Backup backup) throws TimeoutException {
        assertTrue(robot.lookup("A cluster restore needs an empty target").tryQuery().isPresent(), "the drill panel");
        TableView<BackupRow> table = waitForBackups(robot);
        BackupRow row = table.getItems().stream().filter(r -> r.backup().id().equals(backup.id())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".empty-first").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn("#confirmation").write("billing");
        assertTrue(robot.lookup("#restoreButton").queryButton().isDisabled(), "the pre-check refuses a non-empty billing");
        assertTrue(robot.lookup("#targetStatus").queryAs(Label.class).getText().startsWith("billing holds "));

        robot.clickOn(".empty-first");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".empty-cluster-dialog").tryQuery().isPresent());
        robot.clickOn(".empty-cluster-dialog .confirmation-field").write("billing");
        robot.clickOn(".drop-confirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> simulation.catalog(backup.clusterId()).isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Close").tryQuery().isPresent()
                && !robot.lookup("Close").queryButton().isDisabled());
        robot.clickOn("Close");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#targetStatus").queryAs(Label.class)
                .getText().equals("billing holds no databases now."));
        robot.clickOn(".restore-dialog #confirmation").write("billing");
        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !simulation.withEngine(e -> e.restores(backup.clusterId())).isEmpty());

        robot.clickOn("Clock and faults");
        robot.clickOn("+1 hour");
    }

    private Backup backupBeforeIncident(int older) {
        String billing = simulation.clusters().get(0).id();
        return simulation.backups(billing).stream().filter(b -> b.isComplete() && b.asOfTime().isBefore(INCIDENT))
                .skip(older).findFirst().orElseThrow();
    }

    private static String resultText(FxRobot robot) {
        return robot.lookup("#resultText").queryAs(Label.class).getText();
    }

    private static Instant newest(TableView<BackupRow> table) {
        return table.getItems().stream().map(r -> r.backup().asOfTime()).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    @SuppressWarnings("unchecked")
    private static TableView<BackupRow> waitForBackups(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".backups-table").tryQuery().isPresent()
                && !robot.lookup(".backups-table").queryAs(TableView.class).getItems().isEmpty());
        return robot.lookup(".backups-table").queryAs(TableView.class);
    }
}
