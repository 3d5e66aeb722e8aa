package org.backupconsole.app;

import static org.backupconsole.testing.PageRobot.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.backupconsole.domain.Cluster;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Screenshots;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.BackupRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --backend local}: the app on the live client, talking HTTP to the local Cloud API in the same process. */
@ExtendWith(ApplicationExtension.class)
class LocalBackendAppTest {

    private static final String LISTS_ONLY = "The Cloud API lists only a backup's id and time.";

    private Stage stage;
    private BackupRecoveryViewModel page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        picocli.CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs("--backend", "local");
        BackendLauncher.open(commandLine.getCommand(), stage, backend -> page = DesktopApp.show(stage, backend, SettingsFile.none(),
                Optional.empty()));
    }

    @Test
    void showsTheDemoBackupsAsTheLiveApiReportsThem(FxRobot robot) throws Exception {
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);

        assertEquals("LOCAL API", robot.lookup(".backend-badge").queryAs(Label.class).getText());
        assertEquals("Acme Logistics", robot.lookup(".organization-name").queryAs(Label.class).getText());
        assertTrue(table.getItems().stream().allMatch(row -> row.backup().status().isEmpty()
                        && row.backup().type().isEmpty() && row.backup().expiryEstimated()),
                "the API reports neither status nor type nor expiry: the first two are not reported, the last estimated");
    }

    @Test
    void onAdvancedTheColumnsAndTheTabTheApiDoesNotReportSaySo(FxRobot robot) throws Exception {
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);
        Cluster advanced = page.clusters().stream().filter(c -> c.name().equals("demo-advanced")).findFirst().orElseThrow();
        robot.interact(() -> page.selectedClusterProperty().set(advanced));
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().get(0).backup().clusterId().equals(advanced.id()));

        assertNotReported(firstCell(robot, "Type"),
                LISTS_ONLY + " The Cloud Console shows whether it is a full or incremental backup.");
        assertNotReported(firstCell(robot, "Status"),
                LISTS_ONLY + " The Cloud Console shows whether it is in progress or complete.");
        assertNotReported(firstCell(robot, "Databases"),
                LISTS_ONLY + " The Cloud Console shows the databases and tables it holds.");
        assertTrue(robot.lookup(".backups-table .hyperlink").tryQuery().isEmpty(), "no drill-down into unknown contents");
        TableCell<?, ?> expiry = firstCell(robot, "Expires In");
        assertEquals("≈ 29 days", ((Label) expiry.getGraphic()).getText());
        assertTrue(expiry.getTooltip().getText().startsWith("The days left are estimated from the cluster's current"
                + " retention setting."), expiry.getTooltip().getText());
        assertNothingTruncated(robot);
        snapshot(stage.getScene().getRoot(), "local-advanced-backups");
        showTooltipOf(robot, "Type", "local-advanced-type-tooltip");
        assertTheRestoreDialogSaysTheExpiryIsEstimated(robot);

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingTruncated(robot);
        snapshot(stage.getScene().getRoot(), "local-advanced-backups-small");

        robot.clickOn("Incomplete Backups");
        Label placeholder = robot.lookup(".incomplete-table .table-placeholder-text").queryAs(Label.class);
        waitFor(placeholder::isVisible);
        String notReported = "The Cloud API does not report failed or pending backup runs. See them under Incomplete"
                + " Backups on the cluster's Backup and Restore page in the Cloud Console.";
        assertEquals(notReported, placeholder.getText());
        Tab incompleteTab = robot.lookup(".page-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(tab -> tab.getText().equals("Incomplete Backups")).findFirst().orElseThrow();
        assertEquals(notReported, incompleteTab.getTooltip().getText());
        snapshot(stage.getScene().getRoot(), "local-advanced-incomplete-small");
    }

    private static void assertTheRestoreDialogSaysTheExpiryIsEstimated(FxRobot robot) throws Exception {
        robot.clickOn((Node) firstCell(robot, "").getGraphic());
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isPresent());
        Label expiry = robot.lookup(".restore-dialog .detail-value").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().startsWith("≈")).findFirst().orElseThrow();
        assertEquals("≈ 29 days, estimated from the cluster's current retention setting", expiry.getText());
        snapshot(robot.lookup(".restore-dialog").query(), "local-restore-dialog");
        assertEquals(expiry.getText(), ((Text) expiry.lookup(".text")).getText(), "the estimate is not cut short");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());
    }

    private static void assertNotReported(TableCell<?, ?> cell, String tooltip) {
        Label label = (Label) cell.getGraphic();
        assertEquals("Not reported", label.getText());
        assertTrue(label.getStyleClass().contains("not-reported"), "set apart from reported values");
        assertEquals(tooltip, cell.getTooltip().getText());
    }

    /** A label cut short by its column shows other text than it holds, ending in an ellipsis; a lost line sticks out. */
    private static void assertNothingTruncated(FxRobot robot) throws TimeoutException {
        for (String column : List.of("Data From", "Type", "Status", "Expires In", "Databases")) {
            TableCell<?, ?> cell = firstCell(robot, column);
            String where = column + " at " + cell.getScene().getWidth() + " px";
            for (Node node : cell.getGraphic().lookupAll(".label")) {
                Labeled label = (Labeled) node;
                assertEquals(label.getText(), ((Text) label.lookup(".text")).getText(), where + " is cut short");
            }
            assertTrue(cell.getGraphic().getBoundsInParent().getMaxY() <= cell.getHeight(), where + " loses a line");
        }
    }

    /** Waits for it: a table laid out again, after a resize or a refresh, has a moment without a first row. */
    private static TableCell<?, ?> firstCell(FxRobot robot, String column) throws TimeoutException {
        var found = new AtomicReference<TableCell<?, ?>>();
        waitFor(() -> {
            found.set(robot.lookup(".backups-table .table-cell").queryAllAs(TableCell.class).stream()
                    .filter(cell -> cell.getIndex() == 0 && !cell.isEmpty() && cell.isVisible()
                            && cell.getTableColumn().getText().equals(column))
                    .findFirst().orElse(null));
            return found.get() != null;
        });
        return found.get();
    }

    /**
     * A refresh lays the rows out again and can move the cell found away from the pointer, or put another under it,
     * and a tooltip starts only when the pointer moves: as a user would, the pointer moves off and onto the first
     * row's cell, found again, until its tooltip shows.
     */
    private static void showTooltipOf(FxRobot robot, String column, String screenshot) throws Exception {
        for (int attempt = 1; ; attempt++) {
            TableCell<?, ?> cell = firstCell(robot, column);
            robot.moveTo(robot.lookup(".page-title").<Node>query());
            robot.moveTo(cell);
            try {
                waitFor(5, () -> cell.getTooltip() != null && cell.getTooltip().isShowing());
                snapshot(cell.getTooltip().getScene().getRoot(), screenshot);
                break;
            } catch (TimeoutException stillHidden) {
                if (attempt == 3) {
                    throw stillHidden;
                }
            }
        }
        robot.moveTo(robot.lookup(".page-title").<Node>query());
    }

    private static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(node, name)).get();
    }

    @Test
    void theRestoreDialogChecksTheTargetAndEmptiesItOverTheCloudApi(FxRobot robot) throws Exception {
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Cluster> picker = robot.lookup("#clusterPicker").queryAs(ComboBox.class);
        Cluster basic = picker.getItems().stream().filter(c -> c.name().equals("demo-basic")).findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(basic));
        PageRobot.waitFor(() -> table.getItems().stream().allMatch(r -> r.backup().clusterId().equals(basic.id())));
        PageRobot.waitFor(() -> robot.lookup(".backups-table .restore-button").queryAll().stream().anyMatch(n -> !n.isDisabled()));
        robot.clickOn(PageRobot.topmost(robot, ".backups-table .restore-button"));
        PageRobot.waitFor(() -> robot.lookup(".empty-first").tryQuery().map(Node::isVisible).orElse(false));
        String holds = robot.lookup("#targetStatus").queryAs(Label.class).getText();
        assertTrue(holds.startsWith("demo-basic holds 2 databases now: "), holds);
        robot.clickOn(".restore-dialog .confirmation-field").write("demo-basic");
        assertTrue(robot.lookup(".restore-confirm").queryButton().isDisabled(), "ListDatabases says demo-basic is not empty");

        robot.clickOn(".empty-first");
        PageRobot.waitFor(() -> robot.lookup(".empty-cluster-dialog").tryQuery().isPresent());
        robot.clickOn(".empty-cluster-dialog .confirmation-field").write("demo-basic");
        robot.clickOn(".drop-confirm");
        PageRobot.waitFor(() -> robot.lookup(".drop-dropped").queryAll().size() == 2);
        robot.clickOn("Close");

        PageRobot.waitFor(() -> robot.lookup("#targetStatus").queryAs(Label.class).getText()
                .equals("demo-basic holds no databases now."));
        robot.clickOn(".restore-dialog .confirmation-field").write("demo-basic");
        assertFalse(robot.lookup(".restore-confirm").queryButton().isDisabled(), "checked again over the API: empty");
        robot.clickOn("Cancel");
        assertTrue(table.getItems().size() > 0);
    }
}
