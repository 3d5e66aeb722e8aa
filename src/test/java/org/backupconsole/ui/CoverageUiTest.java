package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javafx.css.PseudoClass;
import javafx.scene.control.DateCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The calendar's coverage marks and the Coverage tab, through the window, on the demo's {@code demo-advanced}:
 * backups every 30 minutes and two failed runs, each of which leaves an hour without a backup.
 */
@ExtendWith(ApplicationExtension.class)
class CoverageUiTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final SimulatorBackupService simulator = Simulators.demo();
    private BackupRecoveryViewModel page;
    private Cluster advanced;

    @Start
    void start(Stage stage) {
        page = DesktopApp.show(stage, simulator);
        advanced = simulator.listClusters().stream().filter(c -> c.name().equals("demo-advanced")).findFirst().orElseThrow();
    }

    @Test
    void theCalendarMarksEachDaysCountTheDaysOfAFailedRunAndTheDaysExpiringSoon(FxRobot robot) throws Exception {
        waitForBackups(robot);
        PageRobot.select(robot, page, advanced);
        List<Backup> backups = simulator.listBackups(advanced.id(), TimeRange.ALL);
        LocalDate newest = day(backups.get(0).asOfTime());
        LocalDate oldest = day(backups.get(backups.size() - 1).asOfTime());

        DateCell today = openOn(robot, newest);
        assertEquals(Long.toString(backups.stream().filter(b -> day(b.asOfTime()).equals(newest)).count()),
                ((Label) today.getGraphic()).getText(), "the day's number of backups");
        assertFalse(marked(today, "expiring-soon"), "today's backups are kept 30 days");
        assertFalse(marked(today, "missed-backup"), "today's backups came on time");

        LocalDate failedDay = day(failedRuns().get(0).startedAt());
        assertTrue(marked(openOn(robot, failedDay), "missed-backup"),
                "a failed run of a 30-minute schedule leaves an hour without a backup");

        assertTrue(marked(openOn(robot, oldest), "expiring-soon"), "the oldest backups expire within a day");
    }

    @Test
    void theCoverageTabShowsTheRecoveryPointTheFailedRunsAndAMonthOfDays(FxRobot robot) throws Exception {
        waitForBackups(robot);
        PageRobot.select(robot, page, advanced);
        robot.clickOn("Coverage");

        Label recoveryPoint = robot.lookup(".recovery-point").queryAs(Label.class);
        waitFor(() -> recoveryPoint.getText().startsWith("Recovery point now:"));
        assertFalse(robot.lookup(".overdue-flag").queryAs(Label.class).isVisible(), "demo-advanced is on schedule");
        ListView<?> failed = robot.lookup(".failed-runs").queryAs(ListView.class);
        assertEquals(2, failed.getItems().size(), "the demo's two failed runs");
        assertTrue(failed.isVisible());
        int daysInMonth = simulator.now().atZone(ZONE).toLocalDate().lengthOfMonth();
        assertEquals(daysInMonth, robot.lookup(".heat-day").queryAll().size());
        assertTrue(robot.lookup(".heat-level-4").queryAll().size() > 0, "full days of half-hourly backups");

        simulator.simulation().addFaultRule(FaultRule.next(FaultRule.Target.BACKUP, Optional.of(advanced.id()), 20, 14,
                "The backup storage is unavailable."));
        simulator.clock().advance(Duration.ofHours(2));
        robot.interact(page::refreshSoon);

        waitFor(() -> robot.lookup(".overdue-flag").queryAs(Label.class).isVisible());
        assertEquals("Overdue", robot.lookup(".overdue-flag").queryAs(Label.class).getText());
        waitFor(() -> failed.getItems().size() > 2);
        assertTrue(robot.lookup(".error-text").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Overdue: no backup for 2 h")));
        TabPane tabs = robot.lookup(".page-tabs").queryAs(TabPane.class);
        assertEquals("Coverage", tabs.getSelectionModel().getSelectedItem().getText(), "a refresh keeps the tab");
    }

    private List<IncompleteBackup> failedRuns() {
        return simulator.incompleteBackups(advanced.id()).orElseThrow().stream()
                .filter(run -> run.failure().isPresent()).toList();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    private static boolean marked(DateCell cell, String pseudoClass) {
        return cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    /** Chooses the day, then opens the calendar's pop-up on its month and finds the day's cell. */
    private DateCell openOn(FxRobot robot, LocalDate day) {
        robot.interact(() -> page.calendar().dayProperty().set(day));
        robot.clickOn(".date-picker .arrow-button");
        DateCell cell = cellOf(robot, day);
        robot.type(KeyCode.ESCAPE);
        return cell;
    }

    private static DateCell cellOf(FxRobot robot, LocalDate day) {
        return robot.lookup(".date-picker-popup .date-cell").queryAllAs(DateCell.class).stream()
                .filter(c -> day.equals(c.getItem()) && c.isVisible() && !c.getStyleClass().contains("next-month")
                        && !c.getStyleClass().contains("previous-month"))
                .findFirst().orElseThrow();
    }
}
