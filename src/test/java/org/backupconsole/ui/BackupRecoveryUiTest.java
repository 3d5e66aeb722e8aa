package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.isShown;
import static org.backupconsole.testing.PageRobot.topmost;
import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Plan;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.model.CreateCluster;
import org.backupconsole.engine.model.DeleteCluster;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.BackupRow;
import org.backupconsole.ui.restore.RestoreJobRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Backup Recovery page driven through its window, on a simulator with every plan whose clock moves only
 * when a test moves it. The first cluster, "orders", is STANDARD.
 */
@ExtendWith(ApplicationExtension.class)
class BackupRecoveryUiTest {

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private final FailingBackupService service = new FailingBackupService(simulator);
    private Stage stage;
    private BackupRecoveryViewModel page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        page = DesktopApp.show(stage, service.service());
    }

    @Test
    void choosingADayInTheCalendarShowsThatDaysBackups(FxRobot robot) throws Exception {
        TableView<BackupRow> table = waitForBackups(robot);
        int all = table.getItems().size();
        LocalDate day = Simulators.NOW.atZone(java.time.ZoneId.systemDefault()).toLocalDate().minusDays(2);

        robot.clickOn(".date-picker .arrow-button");
        DateCell cell = robot.lookup(".date-picker-popup .date-cell").queryAllAs(DateCell.class).stream()
                .filter(c -> day.equals(c.getItem()) && c.isVisible()).findFirst().orElseThrow();
        assertFalse(cell.isDisable(), "a day with backups can be chosen");
        assertTrue(robot.lookup(".date-picker-popup .date-cell").queryAllAs(DateCell.class).stream()
                .anyMatch(c -> c.getItem() != null && c.getItem().isAfter(day.plusDays(5)) && c.isDisable()),
                "days without backups cannot");
        robot.clickOn(cell);

        waitFor(() -> table.getItems().size() < all);
        assertTrue(table.getItems().stream().allMatch(r -> r.day().equals(day)));
        assertTrue(robot.lookup(".muted").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("backups on this day")));

        javafx.scene.control.TextField typed = robot.lookup(".date-picker .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(typed);
        robot.interact(typed::clear);
        robot.write(day.minusDays(1).toString()).type(KeyCode.ENTER);
        waitFor(() -> table.getItems().stream().allMatch(r -> r.day().equals(day.minusDays(1))));

        robot.clickOn("All dates");
        waitFor(() -> table.getItems().size() == all);
    }

    @Test
    void aRestoreConfirmedByTypingTheNameIsFollowedToSucceeded(FxRobot robot) throws Exception {
        waitForBackups(robot);
        openRestoreDialog(robot);
        Button restore = robot.lookup(".restore-confirm").queryAs(Button.class);
        assertTrue(restore.isDisable());
        assertTrue(robot.lookup("Cancel").queryButton().isFocused(), "Cancel has the initial focus");

        robot.clickOn(".confirmation-field").write("orders");
        assertFalse(restore.isDisable());
        robot.clickOn(restore);

        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());
        assertEquals(1, service.calls("createRestore"));
        TableView<RestoreJobRow> jobs = robot.lookup(".restore-jobs-table").queryAs(TableView.class);
        waitFor(() -> !jobs.getItems().isEmpty());
        waitFor(() -> isShown(robot, "#restoringBanner"));
        simulator.clock().advance(Duration.ofMinutes(2));
        waitFor(() -> "Running".equals(jobs.getItems().get(0).phase().displayName()));

        simulator.clock().advance(Duration.ofHours(1));
        waitFor(() -> "Succeeded".equals(jobs.getItems().get(0).phase().displayName()));
        waitFor(() -> isShown(robot, "#announcement"));
        waitFor(() -> !isShown(robot, "#restoringBanner"));
        assertEquals(1, service.calls("createRestore"));
    }

    @Test
    void aWrongNameKeepsRestoreDisabledAndEnterDoesNotConfirm(FxRobot robot) throws Exception {
        waitForBackups(robot);
        openRestoreDialog(robot);
        Button restore = robot.lookup(".restore-confirm").queryAs(Button.class);

        robot.clickOn(".confirmation-field").write("orders-staging").type(KeyCode.ENTER);

        assertTrue(restore.isDisable());
        assertTrue(robot.lookup(".hint").queryAs(Label.class).getText().contains("type orders exactly"));
        robot.eraseText(8).type(KeyCode.ENTER);
        assertFalse(restore.isDisable(), "the right name arms Restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".restore-dialog").tryQuery().isPresent(), "but Enter does not press it");
        assertEquals(0, service.calls("createRestore"));
        robot.clickOn("Cancel");
    }

    @Test
    void cancelAndEscapeSendNothing(FxRobot robot) throws Exception {
        waitForBackups(robot);
        openRestoreDialog(robot);
        robot.clickOn(".confirmation-field").write("orders");
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());

        openRestoreDialog(robot);
        robot.clickOn(".confirmation-field").write("orders");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());

        assertEquals(0, service.calls("createRestore"));
    }

    @Test
    void aDoubleClickOnRestoreSendsOneRestore(FxRobot robot) throws Exception {
        waitForBackups(robot);
        openRestoreDialog(robot);
        robot.clickOn(".confirmation-field").write("orders");

        robot.doubleClickOn(".restore-confirm");

        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(1, service.calls("createRestore"));
    }

    @Test
    void theRestoreDialogShowsWhatComesBackAgainstTheTargetNow(FxRobot robot) throws Exception {
        waitForBackups(robot);
        select(robot, "analytics");
        openRestoreDialog(robot);
        waitFor(() -> isShown(robot, ".contents-diff"));

        List<String> replaced = robot.lookup(".contents-diff .replaced").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("movr is replaced by the backup's copy, with 3 tables (3 tables now).",
                "inventory is replaced by the backup's copy, with 1 table (1 table now).",
                "scratch is replaced by the backup's copy, with 0 tables (0 tables now)."), replaced,
                "analytics holds what its backup holds");
        assertTrue(robot.lookup(".contents-diff .disappears").queryAll().isEmpty(), "nothing disappears");
        assertTrue(isShown(robot, ".loss-timeline"), "analytics into itself loses its changes");
        assertTrue(robot.lookup(".loss-words").queryAs(Label.class).getText().endsWith(" of changes lost"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());
    }

    @Test
    void aFailedRestoreShowsItsReason(FxRobot robot) throws Exception {
        waitForBackups(robot);
        simulator.simulation().addFaultRule(new FaultRule("", FaultRule.Target.RESTORE, Optional.empty(),
                Optional.of(1), 1.0, 9, "destination cluster's storage refused the import: quota exceeded"));
        openRestoreDialog(robot);
        waitFor(() -> !robot.lookup("#targetStatus").queryAs(Label.class).getText().startsWith("Checking"));
        robot.clickOn(".confirmation-field").write("orders");
        robot.clickOn(".restore-confirm");
        TableView<RestoreJobRow> jobs = robot.lookup(".restore-jobs-table").queryAs(TableView.class);
        waitFor(() -> !jobs.getItems().isEmpty());

        simulator.clock().advance(Duration.ofMinutes(10));

        waitFor(() -> jobs.getItems().get(0).phase().displayName().equals("Failed"));
        waitFor(() -> isShown(robot, "#announcement"));
        String shown = robot.lookup("#announcement").queryAs(Node.class).getAccessibleText();
        String reason = jobs.getItems().get(0).failure();
        assertTrue(reason.startsWith("Error 9: destination cluster's storage refused the import"), reason);
        assertTrue(shown.contains(reason), shown);
        assertTrue(shown.contains("What to do:"), shown);
    }

    @Test
    void settingsAreSavedOnStandard(FxRobot robot) throws Exception {
        waitForBackups(robot);
        robot.clickOn("#settingsButton");
        waitFor(() -> robot.lookup(".settings-dialog").tryQuery().isPresent());
        Button save = robot.lookup(".settings-dialog .accent").queryButton();
        assertTrue(save.isDisable());

        robot.clickOn(".settings-dialog .combo-box").clickOn("15 minutes");
        waitFor(() -> !save.isDisable());
        assertTrue(robot.lookup(".effect").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("An immediate full backup starts")),
                robot.lookup(".effect").queryAllAs(Label.class).stream().map(Label::getText).toList().toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(save.localToScene(save.getBoundsInLocal()).getMaxY() <= save.getScene().getHeight(),
                "the dialog grew with its explanation, so Save is still in the window");
        robot.clickOn(save);

        waitFor(() -> robot.lookup(".settings-dialog").tryQuery().isEmpty());
        Cluster orders = simulator.listClusters().get(0);
        assertEquals(new BackupSettings(true, 15, 30), simulator.getBackupSettings(orders.id()));
        waitFor(() -> robot.lookup(".page-subtitle").queryAs(Label.class).getText().contains("every 15 minutes"));
    }

    @Test
    void settingsSayBeforeAnyChoiceThatTheOneRetentionChangeIsUsed(FxRobot robot) throws Exception {
        waitForBackups(robot);
        Cluster orders = simulator.listClusters().get(0);
        simulator.updateBackupSettings(orders.id(), new BackupSettingsUpdate(Optional.empty(), Optional.empty(), Optional.of(7)));
        robot.interact(page::refreshSoon);
        waitFor(() -> robot.lookup(".page-subtitle").queryAs(Label.class).getText().contains("kept 7 days"));

        robot.clickOn("#settingsButton");
        waitFor(() -> robot.lookup(".settings-dialog").tryQuery().isPresent());

        Label locked = robot.lookup(".settings-dialog #retentionLocked").queryAs(Label.class);
        assertTrue(locked.isVisible());
        assertEquals("The retention of orders was already changed once, so it stays 7 days. To change it again, open a"
                + " support ticket.", locked.getText());
        assertTrue(robot.lookup(".settings-dialog #retentionPicker").queryAs(Node.class).isDisable());
        assertFalse(robot.lookup(".settings-dialog #frequencyPicker").queryAs(Node.class).isDisable(),
                "the frequency can still be changed");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup(".settings-dialog").tryQuery().isEmpty());
    }

    @Test
    void settingsAreRefusedOnBasic(FxRobot robot) throws Exception {
        waitForBackups(robot);
        select(robot, "payments");
        robot.clickOn("#settingsButton");
        waitFor(() -> robot.lookup(".settings-dialog").tryQuery().isPresent());

        assertTrue(isShown(robot, ".settings-dialog #readOnlyNotice"));
        assertTrue(robot.lookup(".settings-dialog .combo-box").queryAs(Node.class).isDisable());
        assertFalse(robot.lookup(".settings-dialog .accent").queryButton().isVisible(), "no Save on BASIC");
        robot.clickOn("Close");
        waitFor(() -> robot.lookup(".settings-dialog").tryQuery().isEmpty());
        assertEquals(0, service.calls("updateBackupSettings"));
    }

    @Test
    void advancedBackupsDrillDownToDatabasesAndTables(FxRobot robot) throws Exception {
        waitForBackups(robot);
        select(robot, "analytics");
        TableView<BackupRow> table = robot.lookup(".backups-table").queryAs(TableView.class);
        waitFor(() -> robot.lookup(".backups-table .hyperlink").tryQuery().isPresent());
        assertTrue(robot.lookup("Incomplete Backups").tryQuery().isPresent(), "ADVANCED has the tab");

        robot.clickOn(topmost(robot, ".backups-table .hyperlink"));
        waitFor(() -> isShown(robot, ".databases-table"));
        assertFalse(table.isVisible());
        assertTrue(robot.lookup("movr").tryQuery().isPresent());
        assertTrue(robot.lookup("scratch").tryQuery().isEmpty(), "a database without tables is not listed");

        robot.clickOn(topmost(robot, ".databases-table .hyperlink"));
        waitFor(() -> isShown(robot, ".tables-table"));
        assertTrue(robot.lookup("public.rides").tryQuery().isPresent());
        robot.clickOn(topmost(robot, ".tables-table .restore-button"));
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("Into database").tryQuery().isPresent(), "table restores offer the options");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());

        robot.clickOn("#backButton");
        waitFor(() -> isShown(robot, ".databases-table"));
        robot.clickOn(topmost(robot, ".databases-table .hyperlink"));
        waitFor(() -> isShown(robot, ".tables-table"));
        robot.clickOn(robot.lookup("#drillPath .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(step -> step.getText().equals("Backups")).findFirst().orElseThrow());
        waitFor(table::isVisible);
        assertFalse(isShown(robot, "#breadcrumb"), "the breadcrumbs lead back to the backups");
        assertEquals(0, service.calls("createRestore"));
    }

    @Test
    void restoringIsReachableFromTheKeyboard(FxRobot robot) throws Exception {
        TableView<BackupRow> table = waitForBackups(robot);
        int restorable = table.getItems().indexOf(table.getItems().stream().filter(BackupRow::restorable).findFirst().orElseThrow());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(restorable);
        });

        robot.type(KeyCode.ENTER);

        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isPresent());
        robot.write("orders");
        assertTrue(robot.lookup(".restore-confirm").queryButton().isDisable(), "typing went to Cancel, not the field");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isEmpty());
        assertEquals(0, service.calls("createRestore"));
    }

    @Test
    void anUnreachableServiceAndADeletedClusterAreStatesOfThePage(FxRobot robot) throws Exception {
        waitForBackups(robot);
        service.fail("listBackups");
        robot.clickOn("#refreshButton");
        waitFor(() -> isShown(robot, "#errorBanner"));
        assertTrue(robot.lookup("Retry").tryQuery().isPresent());

        service.recover();
        Cluster orders = simulator.listClusters().get(0);
        SimulationAccess.withEngine(simulator.simulation(), engine -> engine.run(new DeleteCluster(orders.id())));
        robot.clickOn("Retry");
        waitFor(() -> isShown(robot, "#deletedBanner"));
        TableView<BackupRow> table = robot.lookup(".backups-table").queryAs(TableView.class);
        assertTrue(table.getItems().stream().noneMatch(BackupRow::restorable));
    }

    @Test
    void aNewClusterSaysWhenItsFirstBackupComes(FxRobot robot) throws Exception {
        TableView<BackupRow> table = waitForBackups(robot);
        SimulationAccess.withEngine(simulator.simulation(), engine -> engine.run(new CreateCluster("checkout", Plan.STANDARD, CloudProvider.AWS,
                List.of("us-east-1"), Catalog.EMPTY)));
        robot.clickOn("#refreshButton");
        waitFor(() -> page.clusters().stream().anyMatch(c -> c.name().equals("checkout")));
        Cluster checkout = page.clusters().stream().filter(c -> c.name().equals("checkout")).findFirst().orElseThrow();
        robot.interact(() -> page.selectedClusterProperty().set(checkout));

        waitFor(() -> table.getItems().isEmpty() && table.getPlaceholder() instanceof Label placeholder
                && placeholder.getText().startsWith("No backups yet"));
    }

    private void openRestoreDialog(FxRobot robot) throws TimeoutException {
        robot.clickOn(topmost(robot, ".backups-table .restore-button"));
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String clusterName) throws TimeoutException {
        PageRobot.select(robot, page, simulator.listClusters().stream()
                .filter(c -> c.name().equals(clusterName)).findFirst().orElseThrow());
    }

    @Test
    void aRefreshThatBringsNewBackupsKeepsTheChosenRowAndTheRowAtTheTop(FxRobot robot) throws Exception {
        TableView<BackupRow> table = waitForBackups(robot);
        robot.interact(() -> {
            table.scrollTo(8);
            table.getSelectionModel().select(10);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String chosen = table.getSelectionModel().getSelectedItem().backup().id();
        String atTop = table.getItems().get(firstVisible(table)).backup().id();
        Instant newest = table.getItems().get(0).backup().asOfTime();

        simulator.clock().jumpTo(simulator.now().plus(Duration.ofHours(3)));
        robot.interact(page::refreshSoon);
        waitFor(() -> table.getItems().get(0).backup().asOfTime().isAfter(newest));

        assertEquals(Optional.of(chosen), Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .map(row -> row.backup().id()), "the chosen backup stays chosen");
        assertEquals(atTop, table.getItems().get(firstVisible(table)).backup().id(), "the reader's place stays");
    }

    private static int firstVisible(TableView<?> table) {
        return ((VirtualFlow<?>) table.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }

    @Test
    void f5AndCtrlRRefreshWhereverTheFocusIs(FxRobot robot) throws Exception {
        waitForBackups(robot);
        // A refresh lists the clusters once, then the backups from both ends of the list it holds.
        int before = service.calls("listClusters");
        robot.clickOn("#clusterPicker").type(KeyCode.ESCAPE);
        robot.type(KeyCode.F5);
        waitFor(() -> service.calls("listClusters") == before + 1 && page.refreshCommand().executableProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitFor(() -> service.calls("listClusters") == before + 2);
    }

    @Test
    void ctrlFAndAltDGoToTheDateFromAnyTab(FxRobot robot) throws Exception {
        waitForBackups(robot);
        TabPane tabs = robot.lookup(".page-tabs").queryAs(TabPane.class);
        DatePicker day = robot.lookup("#dayPicker").queryAs(DatePicker.class);
        robot.clickOn("Restore Jobs");
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Backups", tabs.getSelectionModel().getSelectedItem().getText());
        assertTrue(day.isFocused() || day.getEditor().isFocused(), "Alt+D puts the focus in the date field");

        robot.clickOn(PageRobot.topmost(robot, ".backups-table .table-cell"));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(day.isFocused() || day.getEditor().isFocused(), "Ctrl+F puts the focus in the date field");
        robot.write("2026-11-20").type(KeyCode.ENTER);
        waitFor(() -> page.calendar().dayProperty().get() != null);
    }

    @Test
    void ctrlCCopiesTheSelectedRowWithItsBackupId(FxRobot robot) throws Exception {
        TableView<BackupRow> table = waitForBackups(robot);
        robot.clickOn(PageRobot.topmost(robot, ".backups-table .table-cell"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        BackupRow selected = table.getSelectionModel().getSelectedItem();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(selected.copyText(), copied);
        assertTrue(copied.startsWith(selected.dataFrom() + "\t") && copied.endsWith("\t" + selected.backup().id()), copied);
    }

    @Test
    void theFirstClickOnAColumnSortsByIt(FxRobot robot) throws Exception {
        TableView<BackupRow> table = waitForBackups(robot);
        robot.clickOn("Expires In");
        WaitForAsyncUtils.waitForFxEvents();
        List<BackupRow> rows = List.copyOf(table.getItems());
        assertEquals(rows.stream().sorted(Comparator.comparing(row -> row.backup().expiresAt())).toList(), rows,
                "the soonest to expire first");
        assertFalse(rows.equals(page.rows()), "the page's own order, newest first, is another order");
    }

    @Test
    void theFocusTheKeyboardMovesIsDrawnOnTheHeaderIcons(FxRobot robot) throws Exception {
        waitForBackups(robot);
        Button about = robot.lookup("#aboutButton").queryButton();
        assertEquals(List.of(), strokes(about), "no ring before the keyboard comes");
        robot.clickOn("#clusterPicker").type(KeyCode.ESCAPE);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(about.isFocused(), "Tab moves from the cluster picker to About");
        assertFalse(strokes(about).isEmpty(), "the focused icon is ringed");
    }

    /** The colours of the visible border strokes around a node. */
    private static List<Paint> strokes(Region region) {
        return region.getBorder() == null ? List.of() : region.getBorder().getStrokes().stream()
                .map(BorderStroke::getTopStroke)
                .filter(paint -> !Color.TRANSPARENT.equals(paint)).toList();
    }

    @Test
    void ctrlQClosesTheWindow(FxRobot robot) throws Exception {
        waitForBackups(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        waitFor(() -> !stage.isShowing());
    }
}
