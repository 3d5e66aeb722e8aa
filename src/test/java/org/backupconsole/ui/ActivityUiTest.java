package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.topmost;
import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.backupconsole.activity.ActivityExport;
import org.backupconsole.app.DesktopApp;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.activity.ActivityRow;
import org.backupconsole.ui.activity.ActivityView;
import org.backupconsole.testing.CutText;
import org.backupconsole.ui.common.PlainMessage;
import org.backupconsole.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Activity page through the window: a restore made in the app appears there, with how it ended, narrowed by
 * the search, and exported to a CSV file that reads back with the row.
 */
@ExtendWith(ApplicationExtension.class)
class ActivityUiTest {

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesktopApp.show(stage, simulator);
    }

    /** The stage and the theme are the toolkit's, shared with the next test class: both are given back. */
    @AfterEach
    void defaultSizeAndThemeAgain(FxRobot robot) {
        robot.interact(() -> {
            Theme.LIGHT.apply();
            stage.setWidth(1360);
            stage.setHeight(860);
        });
    }

    private static void open(FxRobot robot, String page) {
        robot.clickOn(robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream()
                .filter(item -> item.getText().equals(page)).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    @Test
    void aRestoreMadeInTheAppIsListedFilteredAndExported(FxRobot robot, @TempDir Path folder) throws Exception {
        waitForBackups(robot);
        open(robot, "Activity");
        TableView<ActivityRow> table = robot.lookup(".activity-table").queryAs(TableView.class);
        Label placeholder = (Label) table.getPlaceholder();
        waitFor(() -> placeholder.getText().startsWith("No changes yet."));

        open(robot, "Backup and Restore");
        robot.clickOn(topmost(robot, ".backups-table .restore-button"));
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isPresent());
        robot.clickOn(".confirmation-field").write("orders");
        robot.clickOn(".restore-confirm");
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());

        open(robot, "Activity");
        waitFor(() -> table.getItems().size() == 1);
        ActivityRow row = table.getItems().get(0);
        assertEquals("orders", row.cluster());
        assertEquals("Restore", row.action());
        assertEquals("Dana Whitfield", row.actor());
        assertTrue(row.what().startsWith("Restore the whole cluster from orders's backup "), row.what());
        assertEquals("1 of 1 entry", robot.lookup(".muted").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> text.endsWith(" entry")).findFirst().orElseThrow());

        simulator.clock().advance(Duration.ofHours(1));
        waitFor(() -> table.getItems().stream().anyMatch(shown -> shown.outcome().equals("Succeeded")));

        robot.clickOn(robot.lookup(".activity-table .table-cell").queryAllAs(Node.class).stream()
                .filter(cell -> cell instanceof javafx.scene.control.Labeled labeled && row.what().equals(labeled.getText()))
                .findFirst().orElseThrow());
        TextArea details = robot.lookup(".details-pane .text-area").queryAs(TextArea.class);
        waitFor(() -> details.getText().contains("Job: " + row.jobId()));
        assertTrue(details.getText().contains("Outcome: Succeeded"), details.getText());

        robot.clickOn(".activity-search").write("nothing-like-this");
        waitFor(() -> table.getItems().isEmpty());
        assertEquals("No entry matches the filters.", placeholder.getText());
        robot.clickOn("Clear filters");
        waitFor(() -> table.getItems().size() == 1);

        File csv = folder.resolve("activity.csv").toFile();
        Node page = robot.lookup(".activity-table").queryAs(Node.class).getParent();
        robot.interact(() -> page.getProperties().put(ActivityView.SaveTarget.class,
                (ActivityView.SaveTarget) (owner, chooser) -> Optional.of(csv)));
        robot.clickOn("Export…");
        waitFor(() -> robot.lookup(PlainMessage.class::isInstance).queryAllAs(PlainMessage.class).stream()
                .anyMatch(message -> message.isVisible()
                        && ("Wrote 1 entry to " + csv + ".").equals(message.getDescription())));

        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> read;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(header)
                .readValues(csv)) {
            read = rows.readAll();
        }
        assertEquals(1, read.size());
        assertEquals(ActivityExport.COLUMNS, List.copyOf(read.get(0).keySet()));
        assertEquals("orders", read.get(0).get("cluster_name"));
        assertEquals("RESTORE", read.get(0).get("action"));
        assertEquals("SUCCEEDED", read.get(0).get("outcome"));
        assertEquals(row.jobId(), read.get(0).get("job_id"));
        assertEquals("APP", read.get(0).get("origin"));

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> CutText.in(stage.getScene().getRoot())).get(),
                    "every text of the page can be read at 1024×640 in the " + theme + " theme");
        }
    }
}
