package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.choose;
import static org.backupconsole.testing.PageRobot.topmost;
import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.backupconsole.testing.PageRobot.waitForShown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.app.SimulatorStartOptions;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.testing.MemoryPreferences;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.BackupRow;
import org.backupconsole.ui.drills.DrillProgressStore;
import org.backupconsole.ui.shell.ControlsSelfCheck;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ControlsFX controls doing their jobs in the window, on the demo organization with its clock paused. */
@ExtendWith(ApplicationExtension.class)
class ControlsFxUiTest {

    private Stage stage;
    private Simulation simulation;
    private BackupRecoveryViewModel page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        simulation = Simulators.scenario("demo");
        var start = new SimulatorStartOptions.Start(simulation, "demo", Scenario.builtIn("demo").drill(), Simulators.NOW);
        page = WaitForAsyncUtils.asyncFx(() -> DesktopApp.showSimulator(stage, start, 1,
                new DrillProgressStore(new MemoryPreferences()))).get();
        waitForBackups(robot);
    }

    @Test
    void theClusterPickerFindsAClusterByPartOfItsName(FxRobot robot) throws Exception {
        robot.clickOn("#clusterPicker");
        robot.write("dr");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> offered = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(Node::isVisible).map(ListCell::getText).filter(text -> text != null && !text.isEmpty()).toList();
        assertEquals(List.of("advanced-dr  (Advanced)"), offered, "only the cluster whose name holds \"dr\"");
        robot.type(KeyCode.ENTER);
        waitFor(() -> page.selectedClusterProperty().get().name().equals("advanced-dr"));
        assertEquals("advanced-dr  (Advanced)", robot.lookup("#clusterPicker .list-cell").queryAs(ListCell.class).getText(),
                "the header shows the cluster found");
    }

    @Test
    void aToastSaysHowARestoreEndedWhileAnotherPageAndClusterAreShown(FxRobot robot) throws Exception {
        robot.clickOn(topmost(robot, ".backups-table .restore-button"));
        waitForShown(robot, ".restore-dialog");
        choose(robot, "#targetPicker", "sandbox-basic");
        waitFor(() -> ((Labeled) robot.lookup("#targetStatus").query()).getText().equals("sandbox-basic holds no databases now."));
        robot.clickOn(".restore-dialog .confirmation-field").write("sandbox-basic");
        robot.clickOn(".restore-confirm");
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());

        robot.interact(() -> page.selectedClusterProperty().set(simulation.clusters().stream()
                .filter(c -> c.name().equals("demo-advanced")).findFirst().orElseThrow()));
        robot.clickOn("Clock and faults");
        simulation.clock().advance(Duration.ofHours(2));

        Node toast = waitForShown(robot, ".notification-bar");
        assertTrue(robot.from(toast).lookup(".label").queryAllAs(Labeled.class).stream()
                        .anyMatch(label -> label.getText() != null
                                && label.getText().equals("sandbox-basic now holds demo-basic's data from the backup and is available.")),
                "the toast says what happened");
    }

    @Test
    void aTimeTheClockCannotJumpToMarksItsField(FxRobot robot) throws Exception {
        robot.clickOn("Clock and faults");
        TextField time = robot.lookup("#jumpTime").queryAs(TextField.class);
        robot.interact(() -> robot.lookup("#jumpDate").queryAs(DatePicker.class)
                .setValue(LocalDate.ofInstant(Simulators.NOW, ZoneId.systemDefault()).plusDays(1)));
        assertEquals(List.of(), Decorator.getDecorations(time) == null ? List.of() : List.copyOf(Decorator.getDecorations(time)),
                "09:00 tomorrow is a time the clock can jump to");

        robot.doubleClickOn(time).eraseText(5).write("25:99");
        WaitForAsyncUtils.waitForFxEvents();

        waitFor(() -> Decorator.getDecorations(time) != null && !Decorator.getDecorations(time).isEmpty());
        robot.doubleClickOn(time).eraseText(5).write("10:15");
        waitFor(() -> Decorator.getDecorations(time).isEmpty());
    }

    @Test
    void checkingATypeListsOnlyBackupsOfThatTypeAndTheCountFollows(FxRobot robot) throws Exception {
        TableView<BackupRow> table = PageRobot.backupsTable(robot);
        PageRobot.select(robot, page, simulation.clusters().stream()
                .filter(c -> c.name().equals("demo-advanced")).findFirst().orElseThrow());
        int all = table.getItems().size();

        robot.clickOn("#typeFilter");
        ListCell<?> full = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> "Full".equals(cell.getText()) && cell.isVisible()).findFirst().orElseThrow();
        robot.clickOn(robot.from(full).lookup(".check-box").queryAs(CheckBox.class));
        robot.type(KeyCode.ESCAPE);

        waitFor(() -> table.getItems().size() < all);
        assertTrue(table.getItems().stream().allMatch(row -> row.type().text().equals("Full")));
        assertEquals(String.format("%,d of %,d backups", table.getItems().size(), all),
                robot.lookup("#backupCount").queryAs(Labeled.class).getText());

        PageRobot.select(robot, page, simulation.clusters().stream()
                .filter(c -> c.name().equals("demo-standard")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        CheckComboBox<String> types = robot.lookup("#typeFilter").queryAs(CheckComboBox.class);
        assertEquals(List.of(), types.getCheckModel().getCheckedItems(), "another cluster starts unfiltered");
        assertEquals(String.format("%,d backups", page.rows().size()), robot.lookup("#backupCount").queryAs(Labeled.class).getText());
    }

    @Test
    void theSelfCheckOfThePackagedAppFindsAndShowsEveryControl(FxRobot robot) throws Exception {
        CompletableFuture<String> said = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> ControlsSelfCheck.run(stage, said::complete)).get();

        assertEquals("self-check passed: SearchableComboBox, CheckComboBox, StatusBar, Message, Breadcrumbs,"
                + " Notifications, ValidationSupport", said.get(10, TimeUnit.SECONDS));
        waitForShown(robot, ".notification-bar");
    }
}
