package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.choose;
import static org.backupconsole.testing.PageRobot.inRow;
import static org.backupconsole.testing.PageRobot.isShown;
import static org.backupconsole.testing.PageRobot.pick;
import static org.backupconsole.testing.PageRobot.topmost;
import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.backupconsole.testing.PageRobot.waitForGone;
import static org.backupconsole.testing.PageRobot.waitForShown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import atlantafx.base.controls.Message;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityOrigin;
import org.backupconsole.activity.JournaledBackupService;
import org.backupconsole.app.DesktopApp;
import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.app.SimulatorStartOptions;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.model.CreateCluster;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.MemoryPreferences;
import org.backupconsole.testing.Screenshots;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRow;
import org.backupconsole.ui.common.Theme;
import org.backupconsole.ui.common.TimeFormats;
import org.backupconsole.ui.drills.DrillProgressStore;
import org.backupconsole.ui.restore.RestoreJobRow;
import org.backupconsole.ui.restore.RestoreTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every screenshot the README shows, through {@link Screenshots}, on the demo organization Acme
 * Logistics that {@code ./mvnw javafx:run} opens (its clock paused, so that only a test moves it), at the
 * window's default size, driven through the window as a user would. Each test checks that the screen shows what
 * the README's caption says before it takes the picture. The drill pictures are of the target-not-empty drill,
 * as {@code --scenario target-not-empty} opens it.
 */
@ExtendWith(ApplicationExtension.class)
class ReadmeScreenshotsUiTest {

    private static final Instant DRILL_INCIDENT = Simulators.NOW.minus(Duration.ofMinutes(20));

    private final SimulatorBackupService simulator = Simulators.demo();
    private final FailingBackupService service = new FailingBackupService(simulator);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The theme is the toolkit's, so a dark test must not leave it to the next one. */
    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(Theme.LIGHT::apply).get();
    }

    private void openDemo(FxRobot robot) throws TimeoutException {
        robot.interact(() -> DesktopApp.show(stage, service.service()));
        waitForBackups(robot);
    }

    /** The app with its Simulator section, as {@code --scenario NAME} opens it. */
    private Simulation openSimulator(FxRobot robot, String scenario) throws Exception {
        Simulation simulation = Simulators.scenario(scenario);
        var start = new SimulatorStartOptions.Start(simulation, scenario, Scenario.builtIn(scenario).drill(), Simulators.NOW);
        robot.interact(() -> DesktopApp.showSimulator(stage, start, 1, new DrillProgressStore(new MemoryPreferences())));
        waitForBackups(robot);
        return simulation;
    }

    @Test
    void theAppOpensOnDemoBasicInTheLightAndTheDarkTheme(FxRobot robot) throws Exception {
        openDemo(robot);
        assertEquals("Acme Logistics", text(robot, ".organization-name"));
        assertEquals("demo-basic", chosen(robot, "#clusterPicker", Cluster.class).name());
        assertEquals("30 backups", text(robot, "#backupCount"));
        assertTrue(page("backup-recovery-light") > 0.8, "light theme: a light page");

        robot.clickOn("#themeToggle");
        assertTrue(page("backup-recovery-dark") < 0.2, "dark theme: a dark page");
    }

    @Test
    void theCalendarMarksTheDaysWithBackupsAndShowsOneDay(FxRobot robot) throws Exception {
        openDemo(robot);
        pick(robot, "demo-standard");
        TableView<BackupRow> table = waitForBackupsOf(robot, "demo-standard");
        Set<LocalDate> days = table.getItems().stream().map(BackupRow::day).collect(Collectors.toSet());
        LocalDate today = LocalDate.ofInstant(Simulators.NOW, ZoneId.systemDefault());
        LocalDate yesterday = today.minusDays(1);
        assertEquals(today.minusDays(7), Collections.min(days), "demo-standard was created 7 days ago");
        long ofYesterday = table.getItems().stream().filter(r -> r.day().equals(yesterday)).count();
        assertEquals(24, ofYesterday, "hourly backups");

        robot.clickOn(".date-picker .arrow-button");
        List<DateCell> cells = robot.lookup(".date-picker-popup .date-cell").queryAllAs(DateCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() != null && YearMonth.from(c.getItem()).equals(YearMonth.from(today)))
                .toList();
        assertEquals(today.lengthOfMonth(), cells.size(), "the calendar opens on the month of the newest backup");
        assertTrue(cells.stream().allMatch(c -> c.isDisable() != days.contains(c.getItem())),
                "the days with backups, and only they, can be chosen");
        Screenshots.take(robot.lookup(".date-picker-popup").query(), "calendar-filter-popup");
        robot.clickOn(cells.stream().filter(c -> yesterday.equals(c.getItem())).findFirst().orElseThrow());

        waitFor(() -> table.getItems().size() == ofYesterday);
        assertTrue(table.getItems().stream().allMatch(r -> r.day().equals(yesterday)));
        assertEquals("24 backups on this day", text(robot, "#backupCount"));
        Screenshots.take(stage.getScene().getRoot(), "calendar-filter-day");
    }

    @Test
    void restoringDemoBasicIntoItselfWaitsForThePrecheckWhichOffersToEmptyItFirst(FxRobot robot) throws Exception {
        openDemo(robot);
        service.hold("listDatabases");
        robot.clickOn(topmost(robot, ".backups-table .restore-button"));
        Node dialog = waitForShown(robot, ".restore-dialog");
        assertEquals("demo-basic (this cluster)", chosen(robot, "#targetPicker", RestoreTarget.class).label());
        assertEquals("Checking what demo-basic holds now…", text(robot, "#targetStatus"));
        assertEquals("Checking what demo-basic holds before Restore can be enabled…", text(robot, "#problem"));
        assertTrue(restoreButton(robot).isDisable());
        Screenshots.take(dialog, "restore-dialog");

        service.release("listDatabases");
        waitFor(() -> text(robot, "#targetStatus").startsWith("demo-basic holds 2"));
        assertEquals("demo-basic holds 2 databases now: orders (4 tables), payments (3 tables).", text(robot, "#targetStatus"));
        robot.clickOn(".restore-dialog .confirmation-field").write("demo-basic");
        assertTrue(restoreButton(robot).isDisable(), "the typed name does not arm Restore into a cluster that holds data");
        assertTrue(text(robot, "#problem").startsWith("The restore would fail: the service restores a cluster only into an empty cluster"));
        Button emptyFirst = robot.lookup(".empty-first").queryButton();
        assertTrue(emptyFirst.isVisible());
        assertEquals("Empty demo-basic first…", emptyFirst.getText());
        Screenshots.take(dialog, "restore-dialog-target-not-empty");

        robot.clickOn(emptyFirst);
        Node empty = waitForShown(robot, ".empty-cluster-dialog");
        assertEquals("Drop 2 databases of demo-basic?", text(robot, ".empty-cluster-dialog .dialog-title"));
        robot.clickOn(".empty-cluster-dialog .confirmation-field").write("demo-basic");
        robot.clickOn(".drop-confirm");
        waitFor(() -> text(robot, ".drop-summary").startsWith("Dropped 2 databases."));
        assertEquals(2, robot.lookup(".drop-dropped").queryAll().size(), "each database says how its drop went");
        assertEquals(2, service.calls("deleteDatabase"));
        assertEquals(List.of(), simulator.listDatabases(cluster("demo-basic")));
        Screenshots.take(empty, "restore-empty-cluster");

        robot.clickOn(".empty-cluster-dialog #closeButton");
        waitFor(() -> text(robot, "#targetStatus").equals("demo-basic holds no databases now."));
        escape(robot, ".restore-dialog");
        assertEquals(0, service.calls("createRestore"));
    }

    @Test
    void aDemoBasicBackupRestoredIntoSandboxBasicIsFollowedToSucceeded(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn(topmost(robot, ".backups-table .restore-button"));
        Node dialog = waitForShown(robot, ".restore-dialog");
        choose(robot, "#targetPicker", "sandbox-basic");
        waitFor(() -> text(robot, "#targetStatus").equals("sandbox-basic holds no databases now."));
        List<String> lines = consequences(robot);
        assertTrue(lines.get(0).endsWith("are created in sandbox-basic; it holds nothing now that could be erased."),
                lines.toString());
        assertTrue(lines.get(1).startsWith("demo-basic itself is not changed"), lines.toString());
        assertEquals("sandbox-basic is unavailable until the restore ends, and a restore cannot be cancelled.", lines.get(2));
        assertEquals("Type sandbox-basic to confirm", text(robot, "#confirmPrompt"));
        assertTrue(restoreButton(robot).isDisable());
        Screenshots.take(dialog, "restore-dialog-other-target");

        robot.clickOn(".restore-dialog .confirmation-field").write("sandbox-basic");
        assertFalse(restoreButton(robot).isDisable(), "the target's name typed: Restore is armed");
        assertEquals("Restore into sandbox-basic", restoreButton(robot).getText());
        Screenshots.take(dialog, "restore-dialog-armed");
        robot.clickOn(restoreButton(robot));

        waitForGone(robot, ".restore-dialog");
        assertEquals(1, service.calls("createRestore"));
        TableView<RestoreJobRow> jobs = robot.lookup(".restore-jobs-table").queryAs(TableView.class);
        waitFor(() -> !jobs.getItems().isEmpty());
        simulator.clock().advance(Duration.ofMinutes(10));
        waitFor(() -> "Running".equals(jobs.getItems().get(0).phase().displayName()));
        assertEquals("demo-basic → sandbox-basic", jobs.getItems().get(0).route());
        assertTrue(jobs.getItems().get(0).timeLeft().startsWith("about "), jobs.getItems().get(0).timeLeft());
        assertEquals("A restore is running on sandbox-basic: the cluster is unavailable until it ends."
                + " Follow it under Restore Jobs.", text(robot, "#restoringNotice"));
        Screenshots.take(stage.getScene().getRoot(), "restore-job-running");

        simulator.clock().advance(Duration.ofHours(1));
        waitFor(() -> "Succeeded".equals(jobs.getItems().get(0).phase().displayName()));
        waitFor(() -> isShown(robot, "#announcement"));
        waitFor(() -> !isShown(robot, "#restoringBanner"));
        assertTrue(text(robot, "#announcementMessage").contains("sandbox-basic now holds demo-basic's data from the backup"),
                text(robot, "#announcementMessage"));
        assertEquals(List.of("orders", "payments"), simulator.listDatabases(cluster("sandbox-basic")).stream()
                .map(DatabaseSummary::name).toList());
        Screenshots.take(stage.getScene().getRoot(), "restore-job-succeeded");
    }

    @Test
    void demoAdvancedListsTheClusterRestoreThatFailedBecauseItWasNotEmpty(FxRobot robot) throws Exception {
        openDemo(robot);
        pick(robot, "demo-advanced");
        waitForBackupsOf(robot, "demo-advanced");
        robot.clickOn("Restore Jobs");
        TableView<RestoreJobRow> jobs = robot.lookup(".restore-jobs-table").queryAs(TableView.class);
        waitFor(() -> jobs.getItems().stream().anyMatch(j -> j.phase().displayName().equals("Failed")));
        RestoreJobRow failed = jobs.getItems().stream().filter(j -> j.phase().displayName().equals("Failed"))
                .findFirst().orElseThrow();
        assertEquals("demo-advanced → demo-advanced", failed.route());
        assertEquals("Cluster", failed.type());
        assertTrue(failed.failure().startsWith("Error 9: "), failed.failure());
        assertTrue(failed.failure().contains("demo-advanced holds"), failed.failure());
        assertTrue(jobs.getItems().stream().anyMatch(j -> j.type().equals("Database")
                && j.phase().displayName().equals("Succeeded")), "inventory brought back by a database restore");
        Screenshots.take(stage.getScene().getRoot(), "restore-job-failed");
    }

    @Test
    void demoAdvancedDrillsDownToDatabasesAndATableRestore(FxRobot robot) throws Exception {
        openDemo(robot);
        pick(robot, "demo-advanced");
        TableView<BackupRow> table = waitForBackupsOf(robot, "demo-advanced");
        assertEquals(List.of("Data From", "Type", "Status", "Expires In", "Databases", ""),
                table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList());
        assertTrue(table.getItems().stream().anyMatch(r -> r.type().text().equals("Incremental")));
        assertTrue(robot.lookup("Incomplete Backups").tryQuery().isPresent(), "Advanced has the tab");
        Screenshots.take(stage.getScene().getRoot(), "advanced-backups");

        assertEquals("In Progress", table.getItems().get(0).status().text(), "the run of 3:30 PM is under way");
        robot.clickOn(inRow(robot, ".backups-table .hyperlink", 1));
        waitFor(() -> isShown(robot, ".databases-table"));
        assertEquals(List.of("Backups", "Backup of Nov 23, 2026, 3:00 PM UTC"), robot.lookup("#drillPath .hyperlink")
                .queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList(), "the breadcrumbs say where");
        TableView<?> databases = robot.lookup(".databases-table").queryAs(TableView.class);
        assertEquals(4, databases.getItems().size(), "orders, payments, inventory and shipping");
        assertTrue(robot.lookup("inventory").tryQuery().isPresent());
        Screenshots.take(stage.getScene().getRoot(), "advanced-databases");

        robot.clickOn(topmost(robot, ".databases-table .hyperlink"));
        waitFor(() -> isShown(robot, ".tables-table"));
        robot.clickOn(topmost(robot, ".tables-table .restore-button"));
        waitForShown(robot, ".restore-dialog");
        assertTrue(robot.lookup("Into database").tryQuery().isPresent(), "table restores offer the options");
        waitFor(() -> text(robot, "#targetStatus").startsWith("demo-advanced holds 4 databases now"));
        assertTrue(text(robot, "#problem").contains("already has table public."), text(robot, "#problem"));
        assertTrue(restoreButton(robot).isDisable());
        Screenshots.take(robot.lookup(".restore-dialog").query(), "restore-table-dialog");
        escape(robot, ".restore-dialog");
        assertEquals(0, service.calls("createRestore"));
    }

    @Test
    void demoAdvancedsCoverageShowsItsRecoveryPointTheFailedRunsAndTheMonth(FxRobot robot) throws Exception {
        openDemo(robot);
        pick(robot, "demo-advanced");
        waitForBackupsOf(robot, "demo-advanced");
        robot.clickOn("Coverage");
        waitFor(() -> text(robot, ".recovery-point").startsWith("Recovery point now:"));
        assertFalse(isShown(robot, ".overdue-flag"), "demo-advanced is on schedule");
        assertEquals(2, robot.lookup(".failed-runs").queryAs(ListView.class).getItems().size(), "the demo's two failed runs");
        assertEquals("November 2026", text(robot, ".heat-month"));
        assertFalse(robot.lookup(".heat-missed").queryAll().isEmpty() && robot.lookup(".heat-expiring").queryAll().isEmpty(),
                "a failed run's day or the days expiring soon are marked");
        Screenshots.take(stage.getScene().getRoot(), "coverage");
    }

    @Test
    void backupSettingsSayWhatSavingDoesOnStandardAndAreFixedOnBasic(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("#settingsButton");
        waitForShown(robot, ".settings-dialog");
        assertTrue(isShown(robot, ".settings-dialog #readOnlyNotice"));
        assertTrue(robot.lookup(".settings-dialog .combo-box").queryAs(Node.class).isDisable());
        assertFalse(robot.lookup(".settings-dialog .accent").queryButton().isVisible(), "no Save on Basic");
        Screenshots.take(robot.lookup(".settings-dialog").query(), "settings-basic");
        robot.clickOn("Close");
        waitForGone(robot, ".settings-dialog");

        pick(robot, "demo-standard");
        waitForBackupsOf(robot, "demo-standard");
        openStandardSettingsAt(robot, "15 minutes");
        assertTrue(robot.lookup(".effect").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("An immediate full backup starts")));
        assertEquals("The retention of demo-standard was already changed once, so it stays 7 days. To change it again,"
                + " open a support ticket.", text(robot, "#retentionLocked"), "the demo set its retention to 7 days");
        Screenshots.take(robot.lookup(".settings-dialog").query(), "settings-standard");
        escape(robot, ".settings-dialog");
        assertEquals(0, service.calls("updateBackupSettings"));
    }

    @Test
    void anUnreachableServiceADeletedClusterAndANewClusterAreStatesOfThePage(FxRobot robot) throws Exception {
        openDemo(robot);
        service.fail("listBackups");
        robot.clickOn("#refreshButton");
        waitFor(() -> isShown(robot, "#errorBanner"));
        assertTrue(text(robot, "#errorMessage").contains("503 Service Unavailable"), text(robot, "#errorMessage"));
        assertTrue(robot.lookup("#retryButton").queryButton().isVisible());
        Screenshots.take(stage.getScene().getRoot(), "state-error");

        service.recover();
        robot.clickOn("#retryButton");
        waitForBackupsOf(robot, "demo-basic");
        pick(robot, "legacy-reports");
        TableView<BackupRow> table = waitForBackupsOf(robot, "legacy-reports");
        waitFor(() -> isShown(robot, "#deletedBanner"));
        assertTrue(text(robot, "#deletedNotice").contains("legacy-reports was deleted"), text(robot, "#deletedNotice"));
        assertTrue(table.getItems().stream().noneMatch(BackupRow::restorable), "only support restores a deleted cluster");
        Screenshots.take(stage.getScene().getRoot(), "state-deleted");

        SimulationAccess.withEngine(simulator.simulation(), engine -> engine.run(new CreateCluster("demo-checkout", Plan.BASIC,
                CloudProvider.GCP, List.of("us-east1"), Catalog.EMPTY)));
        robot.clickOn("#refreshButton");
        waitForBackupsOf(robot, "legacy-reports");
        pick(robot, "demo-checkout");
        waitFor(() -> table.getItems().isEmpty() && text(robot, ".page-subtitle").startsWith("Basic plan"));
        assertTrue(((Label) table.getPlaceholder()).getText().startsWith("No backups yet"));
        Screenshots.take(stage.getScene().getRoot(), "state-empty");
    }

    @Test
    void theDialogsFollowTheDarkTheme(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("#themeToggle");
        pick(robot, "demo-advanced");
        waitForBackupsOf(robot, "demo-advanced");
        robot.clickOn(topmost(robot, ".backups-table .restore-button"));
        waitForShown(robot, ".restore-dialog");
        choose(robot, "#targetPicker", "advanced-dr");
        waitFor(() -> text(robot, "#targetStatus").equals("advanced-dr holds no databases now."));
        robot.clickOn(".restore-dialog .confirmation-field").write("advanced-dr");
        assertFalse(restoreButton(robot).isDisable());
        assertTrue(robot.lookup("Skip localities check").tryQuery().isPresent(), "Advanced offers the option");
        assertTrue(dialog(robot, ".restore-dialog", "restore-dialog-dark") < 0.2, "a dark dialog");
        escape(robot, ".restore-dialog");

        pick(robot, "demo-standard");
        waitForBackupsOf(robot, "demo-standard");
        openStandardSettingsAt(robot, "5 minutes");
        assertTrue(dialog(robot, ".settings-dialog", "settings-standard-dark") < 0.2, "a dark dialog");
        escape(robot, ".settings-dialog");
        assertEquals(0, service.calls("createRestore") + service.calls("updateBackupSettings"));
    }

    @Test
    void theSimulatorPageShowsTheDemosVirtualClockAndTheFaultToggles(FxRobot robot) throws Exception {
        Simulation simulation = openSimulator(robot, "demo");
        robot.clickOn("Clock and faults");
        waitForShown(robot, ".clock-now");
        assertEquals(TimeFormats.withSeconds(Simulators.NOW, ZoneId.systemDefault()), text(robot, ".clock-now"));
        assertTrue(simulation.clock().isPaused());
        assertTrue(robot.lookup("Every restore job fails").tryQuery().isPresent());
        assertEquals("SIMULATED", text(robot, ".backend-badge"));
        Screenshots.take(stage.getScene().getRoot(), "simulator-panel");
    }

    @Test
    void theActivityPageListsTheChangesMadeFromTheAppAndTheCommandLine(FxRobot robot) throws Exception {
        Simulation simulation = openSimulator(robot, "demo");
        JournaledBackupService app = new JournaledBackupService(simulation.serviceFor(simulation.desktopUser()),
                simulation::activity, simulation::desktopUserName, ActivityEntry.SIMULATOR, ActivityOrigin.APP);
        JournaledBackupService script = new JournaledBackupService(simulation.serviceFor(simulation.desktopUser()),
                simulation::activity, simulation::desktopUserName, ActivityEntry.SIMULATOR, ActivityOrigin.CLI);
        Map<String, Cluster> clusters = app.listClusters().stream().collect(Collectors.toMap(Cluster::name, c -> c));
        script.listClusters();
        String basic = clusters.get("demo-basic").id();
        String sandbox = clusters.get("sandbox-basic").id();
        String standard = clusters.get("demo-standard").id();
        Restore restore = app.createRestore(RestoreRequest.cluster(sandbox, basic,
                app.listBackups(basic, TimeRange.ALL).get(0).id()));
        simulation.clock().advance(Duration.ofHours(1));
        app.getRestore(sandbox, restore.id());
        script.deleteDatabase(sandbox, "payments");
        script.getBackupSettings(standard);
        script.updateBackupSettings(standard, new BackupSettingsUpdate(Optional.empty(), Optional.of(30), Optional.empty()));
        assertThrows(BackendException.class, () -> app.updateBackupSettings(standard,
                new BackupSettingsUpdate(Optional.empty(), Optional.empty(), Optional.of(30))));
        assertThrows(BackendException.class, () -> script.deleteDatabase(sandbox, "payments"));

        robot.clickOn(robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream()
                .filter(item -> item.getText().equals("Activity")).findFirst().orElseThrow());
        TableView<?> table = (TableView<?>) waitForShown(robot, ".activity-table");
        waitFor(() -> table.getItems().size() == 5);
        assertEquals("5 of 5 entries", robot.lookup(".muted").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(words -> words.endsWith(" entries")).findFirst().orElseThrow());
        robot.interact(() -> table.getSelectionModel().select(4));
        assertTrue(((TextArea) robot.lookup(".details-pane .text-area").query()).getText()
                .contains("Outcome: Succeeded"), "the restore, selected, with how it ended");
        Screenshots.take(stage.getScene().getRoot(), "activity");
    }

    @Test
    void theDataInspectorShowsDemoBasicNowAndInABackup(FxRobot robot) throws Exception {
        openSimulator(robot, "demo");
        robot.clickOn("Data inspector");
        TreeView<String> now = robot.lookup("#clusterTree").queryAs(TreeView.class);
        TreeView<String> backup = robot.lookup("#backupTree").queryAs(TreeView.class);
        waitFor(() -> now.getRoot() != null && backup.getRoot() != null && !backup.getRoot().getChildren().isEmpty());
        ComboBox<?> inspected = robot.lookup((Node n) -> "Cluster to inspect".equals(n.getAccessibleText()))
                .queryAs(ComboBox.class);
        assertEquals("demo-basic", ((Cluster) inspected.getValue()).name());
        assertTrue(now.getRoot().getChildren().get(0).getValue().startsWith("orders"));

        String ordersBefore = now.getRoot().getChildren().get(0).getValue();
        assertEquals(ordersBefore, backup.getRoot().getChildren().get(0).getValue(), "the newest backup holds orders as it is");

        robot.clickOn("#addDataButton");
        waitFor(() -> text(robot, "#message").startsWith("Wrote 100 MB into orders."));
        waitFor(() -> !now.getRoot().getChildren().get(0).getValue().equals(ordersBefore));
        assertEquals(ordersBefore, backup.getRoot().getChildren().get(0).getValue(), "the backup is as it was");
        Screenshots.take(stage.getScene().getRoot(), "data-inspector");
    }

    @Test
    void theTargetNotEmptyDrillPassesWithTheLastBackupBeforeTheIncident(FxRobot robot) throws Exception {
        Simulation simulation = openSimulator(robot, "target-not-empty");
        workTheDrill(robot, simulation, backupBeforeIncident(simulation, 0));

        waitFor(() -> text(robot, "#resultText").startsWith("Drill passed"));
        assertEquals("Drill passed in 1 h 00 min of simulated time.", text(robot, "#resultText"));
        Screenshots.take(stage.getScene().getRoot(), "drill-passed");
    }

    @Test
    void theCheckerRejectsTheDrillWhenAnOlderBackupIsChosen(FxRobot robot) throws Exception {
        Simulation simulation = openSimulator(robot, "target-not-empty");
        workTheDrill(robot, simulation, backupBeforeIncident(simulation, 3));

        waitFor(() -> text(robot, "#resultText").startsWith("Drill failed"));
        assertTrue(text(robot, "#resultText").contains("is not as it was in the backup of"), text(robot, "#resultText"));
        Screenshots.take(stage.getScene().getRoot(), "drill-failed");
    }

    /**
     * Opens Restore on the backup, meets the pre-check (billing is not empty), empties billing through its own
     * confirmed step, restores the backup into the now empty cluster and lets an hour pass.
     */
    private void workTheDrill(FxRobot robot, Simulation simulation, Backup backup) throws TimeoutException {
        assertTrue(robot.lookup("A cluster restore needs an empty target").tryQuery().isPresent(), "the drill panel");
        TableView<BackupRow> table = waitForBackups(robot);
        BackupRow row = table.getItems().stream().filter(r -> r.backup().id().equals(backup.id())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup(".empty-first").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#confirmation").write("billing");
        assertTrue(restoreButton(robot).isDisabled(), "the pre-check refuses a non-empty billing");
        assertTrue(text(robot, "#targetStatus").startsWith("billing holds "));

        robot.clickOn(".empty-first");
        waitForShown(robot, ".empty-cluster-dialog");
        robot.clickOn(".empty-cluster-dialog .confirmation-field").write("billing");
        robot.clickOn(".drop-confirm");
        waitFor(() -> simulation.catalog(backup.clusterId()).isEmpty());
        waitFor(() -> robot.lookup("Close").tryQuery().isPresent() && !robot.lookup("Close").queryButton().isDisabled());
        robot.clickOn("Close");

        waitFor(() -> text(robot, "#targetStatus").equals("billing holds no databases now."));
        robot.clickOn(".restore-dialog #confirmation").write("billing");
        robot.clickOn("#restoreButton");
        waitFor(() -> !SimulationAccess.withEngine(simulation, e -> e.reads().restores(backup.clusterId())).isEmpty());

        robot.clickOn("Clock and faults");
        robot.clickOn("+1 hour");
    }

    private static Backup backupBeforeIncident(Simulation simulation, int older) {
        String billing = simulation.clusters().get(0).id();
        return simulation.backups(billing).stream().filter(b -> b.isComplete() && b.asOfTime().isBefore(DRILL_INCIDENT))
                .skip(older).findFirst().orElseThrow();
    }

    private static void openStandardSettingsAt(FxRobot robot, String frequency) throws TimeoutException {
        robot.clickOn("#settingsButton");
        waitForShown(robot, ".settings-dialog");
        assertTrue(robot.lookup(".settings-dialog .accent").queryButton().isDisable(), "nothing changed yet");
        robot.clickOn(".settings-dialog .combo-box").clickOn(frequency);
        waitFor(() -> !robot.lookup(".settings-dialog .accent").queryButton().isDisable());
    }

    /** Closes a dialog with Escape, which sends nothing. */
    private static void escape(FxRobot robot, String dialog) throws TimeoutException {
        robot.type(KeyCode.ESCAPE);
        waitForGone(robot, dialog);
    }

    /** Waits until the page shows the backups of the named cluster. */
    private TableView<BackupRow> waitForBackupsOf(FxRobot robot, String clusterName) throws TimeoutException {
        String id = cluster(clusterName);
        TableView<BackupRow> table = waitForBackups(robot);
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().stream().allMatch(r -> r.backup().clusterId().equals(id)));
        return table;
    }

    private String cluster(String name) {
        return simulator.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Button restoreButton(FxRobot robot) {
        return robot.lookup(".restore-confirm").queryButton();
    }

    private static List<String> consequences(FxRobot robot) {
        return robot.lookup(".restore-dialog #consequences .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    /** The item a combo box shows as chosen. */
    private static <T> T chosen(FxRobot robot, String comboBox, Class<T> type) {
        return type.cast(robot.lookup(comboBox).queryAs(ComboBox.class).getValue());
    }

    /** The words of a label, or of an AtlantaFX message (a banner). */
    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Message message ? message.getDescription() : ((Labeled) node).getText();
    }

    /** Saves the window and returns the brightness of its page, right of the navigation, above the table. */
    private double page(String name) throws Exception {
        BufferedImage image = ImageIO.read(Screenshots.take(stage.getScene().getRoot(), name).toFile());
        return brightness(image, image.getWidth() - 20, 70);
    }

    /** Saves a dialog and returns the brightness of its background in the top right corner. */
    private static double dialog(FxRobot robot, String query, String name) throws Exception {
        BufferedImage image = ImageIO.read(Screenshots.take(robot.lookup(query).query(), name).toFile());
        return brightness(image, image.getWidth() - 8, 8);
    }

    private static double brightness(BufferedImage image, int x, int y) {
        Color color = new Color(image.getRGB(x, y));
        return Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null)[2];
    }
}
