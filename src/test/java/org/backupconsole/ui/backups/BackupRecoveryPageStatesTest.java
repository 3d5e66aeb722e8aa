package org.backupconsole.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.model.DeleteCluster;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupContentsViewModel.Crumb;
import org.backupconsole.ui.backups.BackupContentsViewModel.DatabaseRow;
import org.backupconsole.ui.backups.BackupContentsViewModel.Level;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.restore.RestoreDialogViewModel;
import org.backupconsole.domain.RestoreJobPhase;
import org.backupconsole.ui.restore.RestoreScope;
import org.junit.jupiter.api.Test;

/** The calendar filter, the ADVANCED drill-down, and the restoring and deleted states of the page. */
class BackupRecoveryPageStatesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private final FailingBackupService service = new FailingBackupService(simulator);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final BackupRecoveryViewModel page =
            new BackupRecoveryViewModel(service.service(), UiExecutors.direct(), scheduler, UTC);

    @Test
    void theCalendarMarksDaysWithBackupsAndShowsOneDayAtATime() {
        page.start();
        CalendarFilter calendar = page.calendar();
        int all = page.rows().size();
        LocalDate today = Simulators.NOW.atZone(UTC).toLocalDate();
        LocalDate beforeCreation = today.minusDays(30);

        assertTrue(calendar.hasBackupsOn(today.minusDays(3)));
        assertFalse(calendar.hasBackupsOn(beforeCreation));
        calendar.dayProperty().set(today.minusDays(3));
        assertTrue(page.rows().size() > 1 && page.rows().size() < all, "hourly backups, one day of them");
        assertTrue(page.rows().stream().allMatch(r -> r.day().equals(today.minusDays(3))));

        calendar.type(today.minusDays(4).toString());
        assertTrue(page.rows().stream().allMatch(r -> r.day().equals(today.minusDays(4))));
        calendar.type("yesterday-ish");
        assertTrue(calendar.typingErrorProperty().get().contains("is not a date"));
        assertEquals(today.minusDays(4), calendar.dayProperty().get(), "bad text changes nothing");

        calendar.type(beforeCreation.toString());
        assertTrue(page.rows().isEmpty());
        assertTrue(calendar.noBackupsShown().startsWith("No backups on "), calendar.noBackupsShown());

        calendar.showAllDates();
        assertEquals(all, page.rows().size());
    }

    @Test
    void aDateErrorGoesOnceTheUserChoosesAgainEvenTheDayAlreadyShown() {
        page.start();
        CalendarFilter calendar = page.calendar();
        LocalDate today = Simulators.NOW.atZone(UTC).toLocalDate();

        calendar.type("soon");
        assertTrue(calendar.typingErrorProperty().get().contains("\"soon\" is not a date"));
        calendar.showAllDates();
        assertEquals("", calendar.typingErrorProperty().get(), "All dates, which were already shown");

        calendar.type("soon");
        calendar.type("");
        assertEquals("", calendar.typingErrorProperty().get(), "the field emptied");

        calendar.type(today.toString());
        calendar.type("soon");
        calendar.type(today.toString());
        assertEquals("", calendar.typingErrorProperty().get(), "the day already shown, typed again");
        assertEquals(today, calendar.dayProperty().get());
    }

    @Test
    void theCalendarOpensOnTheNewestBackupsMonthOrTheChosenDaysNotTheComputersMonth() {
        page.start();
        CalendarFilter calendar = page.calendar();
        LocalDate newest = page.rows().get(0).day();
        assertEquals(Optional.of(YearMonth.from(newest)), calendar.monthToOpen());

        LocalDate monthsAgo = newest.minusMonths(3);
        calendar.dayProperty().set(monthsAgo);
        assertEquals(Optional.of(YearMonth.from(monthsAgo)), calendar.monthToOpen());
    }

    @Test
    void anotherClusterStartsWithAllDates() {
        page.start();
        page.calendar().dayProperty().set(page.rows().get(0).day());

        page.selectedClusterProperty().set(simulator.listClusters().get(1));

        assertEquals(null, page.calendar().dayProperty().get());
    }

    @Test
    void statusAndTypeFilterTheDaysBackupsAndTheCountSaysOfHowMany() {
        page.start();
        page.selectedClusterProperty().set(cluster("analytics"));
        CalendarFilter calendar = page.calendar();
        StatusTypeFilter filter = calendar.statusAndType();
        int all = page.rows().size();
        assertEquals(List.of("Full", "Incremental"), filter.typeChoices());
        assertTrue(filter.statusChoices().contains("Complete"), filter.statusChoices().toString());
        LocalDate day = page.rows().get(page.rows().size() / 2).day();
        calendar.dayProperty().set(day);
        int ofDay = page.rows().size();

        filter.checkedTypes().setAll("Full");

        assertTrue(!page.rows().isEmpty() && page.rows().size() < ofDay, page.rows().size() + " of " + ofDay);
        assertTrue(page.rows().stream().allMatch(r -> r.type().text().equals("Full") && r.day().equals(day)));
        assertEquals(String.format("%,d of %,d backups on this day", page.rows().size(), ofDay), calendar.countProperty().get());

        calendar.showAllDates();
        assertTrue(page.rows().stream().allMatch(r -> r.type().text().equals("Full")));
        assertEquals(String.format("%,d of %,d backups", page.rows().size(), all), calendar.countProperty().get());

        page.refreshSoon();
        assertEquals(List.of("Full"), filter.checkedTypes(), "a refresh keeps the filter");
        filter.checkedStatuses().setAll("In Progress");
        filter.checkedTypes().setAll("Incremental");
        assertTrue(page.rows().stream().allMatch(r -> r.status().text().equals("In Progress")
                && r.type().text().equals("Incremental")));
        if (page.rows().isEmpty()) {
            assertEquals("No backups of the checked statuses and types. Uncheck them to see every backup.",
                    calendar.noBackupsShown());
        }

        page.selectedClusterProperty().set(cluster("orders"));
        assertEquals(List.of(), filter.checkedTypes(), "another cluster starts unfiltered");
        assertEquals(List.of(), filter.checkedStatuses());
        assertEquals(simulator.listBackups(cluster("orders").id(), TimeRange.ALL).size(),
                page.rows().size());
    }

    @Test
    void advancedBackupsDrillDownToDatabasesWithTablesAndThenTables() {
        page.start();
        page.selectedClusterProperty().set(cluster("analytics"));
        assertTrue(page.advancedProperty().get());
        BackupRow newest = page.rows().stream().filter(BackupRow::restorable).findFirst().orElseThrow();
        assertEquals(CellText.of("3"), newest.databases());

        BackupContentsViewModel contents = page.contents();
        contents.open(newest);
        assertEquals(Level.DATABASES, contents.levelProperty().get());
        assertEquals(List.of(new DatabaseRow("movr", 3), new DatabaseRow("inventory", 1)), contents.databases(),
                "scratch has no tables and is not listed");
        contents.openDatabase("movr");
        assertEquals(List.of("public.users", "public.rides", "public.vehicles"),
                contents.tables().stream().map(BackupContentsViewModel.TableEntry::qualifiedName).toList());
        RestoreDialogViewModel dialog = page.restoreDialog(newest, RestoreScope.table("movr", "public", "rides")).orElseThrow();
        assertTrue(dialog.offersIntoDatabase());
        assertEquals(List.of(new Crumb("Backups", Level.BACKUPS), new Crumb("Backup of " + newest.dataFrom(), Level.DATABASES),
                new Crumb("movr", Level.TABLES)), contents.path());
        contents.back();
        assertEquals(Level.DATABASES, contents.levelProperty().get());
        assertEquals(2, contents.path().size());
        contents.back();
        assertEquals(Level.BACKUPS, contents.levelProperty().get());
        assertEquals(List.of(), contents.path());

        contents.open(newest);
        contents.openDatabase("movr");
        contents.goUpTo(Level.BACKUPS);
        assertEquals(Level.BACKUPS, contents.levelProperty().get(), "a breadcrumb goes up more than one level");
    }

    @Test
    void basicAndStandardBackupsHaveNoDrillDown() {
        page.start();
        BackupRow row = page.rows().get(0);
        assertFalse(page.advancedProperty().get());
        assertEquals(CellText.of(""), row.databases(), "the console lists databases on ADVANCED only");

        page.contents().open(row);

        assertEquals(Level.BACKUPS, page.contents().levelProperty().get());
    }

    @Test
    void aConfirmedRestoreLocksThePageUntilItEnds() {
        page.start();
        BackupRow row = page.rows().stream().filter(BackupRow::restorable).findFirst().orElseThrow();
        RestoreDialogViewModel dialog = page.restoreDialog(row).orElseThrow();
        dialog.confirmationProperty().set(page.selectedClusterProperty().get().name());

        dialog.restoreCommand().execute();

        assertTrue(page.restoringNoticeProperty().get().contains("is unavailable until it ends"));
        assertTrue(page.rows().stream().noneMatch(BackupRow::restorable), "no second restore while one runs");
        assertTrue(page.rows().get(0).restoreBlockedBecause().orElseThrow().contains("A restore is running"));
        assertEquals(RestoreJobPhase.PREPARING, page.restoreJobs().jobs().get(0).phase());
        assertEquals(1, service.calls("createRestore"));
        BackupRow blocked = page.rows().get(0);
        assertTrue(page.restoreDialog(blocked).isEmpty(), "a backup that cannot be restored offers no dialog");

        simulator.clock().advance(Duration.ofHours(1));
        scheduler.runNext();

        assertEquals("", page.restoringNoticeProperty().get());
        assertTrue(page.rows().stream().anyMatch(BackupRow::restorable));
        assertTrue(page.restoreJobs().announcementProperty().get().success());
    }

    @Test
    void aDeletedClusterSaysHowLongItsBackupsAreKept() {
        Cluster orders = cluster("orders");
        SimulationAccess.withEngine(simulator.simulation(), engine -> engine.run(new DeleteCluster(orders.id())));

        page.start();

        String notice = page.deletedNoticeProperty().get();
        assertTrue(notice.startsWith("orders was deleted on "), notice);
        assertTrue(notice.contains("Its backups are kept until "), notice);
        assertTrue(notice.contains("contact Cockroach Labs support"), notice);
        assertTrue(page.rows().stream().noneMatch(BackupRow::restorable));
    }

    private Cluster cluster(String name) {
        return simulator.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
