package org.backupconsole.ui.coverage;

import static org.backupconsole.ui.coverage.CoverageRulesTest.backup;
import static org.backupconsole.ui.coverage.CoverageRulesTest.every;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.RestoreFailure;
import org.junit.jupiter.api.Test;

/** What the Coverage tab says and draws for hand-made backup lists. */
class CoverageViewModelTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final BackupSettings HOURLY = new BackupSettings(true, 60, 30);
    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    private final CoverageRules rules = new CoverageRules(UTC);
    private final CoverageViewModel viewModel = new CoverageViewModel(UTC, Locale.UK);

    @Test
    void aClusterOnScheduleShowsItsRecoveryPointAndNoFlag() {
        viewModel.show(rules.judge(every(Duration.ofHours(1), NOW.minus(Duration.ofMinutes(12)).minus(Duration.ofDays(2)),
                NOW.minus(Duration.ofMinutes(12))),
                HOURLY, Optional.of(List.of()), NOW));

        assertTrue(viewModel.recoveryPointProperty().get().startsWith("Recovery point now: 12 min — the newest backup is from "),
                viewModel.recoveryPointProperty().get());
        assertTrue(viewModel.recoveryPointProperty().get().endsWith("The schedule takes one every 1 h."));
        assertFalse(viewModel.overdueProperty().get());
        assertEquals("", viewModel.overdueTextProperty().get());
        assertEquals("No gaps: every backup came within 1 h 30 min of the one before.", viewModel.gapsTextProperty().get());
        assertEquals("No failed runs.", viewModel.failedRunsTextProperty().get());
    }

    @Test
    void aLateBackupRaisesTheOverdueFlagWithTheReason() {
        viewModel.show(rules.judge(List.of(backup(NOW.minus(Duration.ofHours(3)))), HOURLY, Optional.of(List.of()), NOW));

        assertTrue(viewModel.overdueProperty().get());
        assertEquals("Overdue: no backup for 3 h, longer than the frequency plus a grace of 30 min. Check the failed"
                + " runs and the backup settings.", viewModel.overdueTextProperty().get());
        assertTrue(viewModel.gapsTextProperty().get().startsWith("1 gap longer than 1 h 30 min between backups; the longest, 3 h,"),
                viewModel.gapsTextProperty().get());
    }

    @Test
    void failedRunsAreListedWhereReportedAndSaidNotReportedElsewhere() {
        IncompleteBackup failed = new IncompleteBackup("r1", "c", NOW.minus(Duration.ofHours(5)), Duration.ofMinutes(2),
                Optional.of(new RestoreFailure(13, "The storage bucket refused the write.")), "BACKUP INTO 'x'");

        viewModel.show(rules.judge(List.of(), HOURLY, Optional.of(List.of(failed)), NOW));
        assertEquals("1 failed run:", viewModel.failedRunsTextProperty().get());
        assertEquals(1, viewModel.failedRuns().size());
        assertTrue(viewModel.failedRuns().get(0).endsWith(": The storage bucket refused the write."));
        viewModel.show(rules.judge(List.of(), HOURLY, Optional.of(List.of(new IncompleteBackup("r2", "c", NOW, Duration.ZERO,
                Optional.of(new RestoreFailure(14, "503 SlowDown")), "BACKUP INTO 'x'"))), NOW));
        assertTrue(viewModel.failedRuns().get(0).endsWith(": 503 SlowDown."), "a service's words end as a sentence");

        viewModel.show(rules.judge(List.of(), HOURLY, Optional.empty(), NOW));
        assertEquals(CoverageViewModel.FAILED_RUNS_NOT_REPORTED, viewModel.failedRunsTextProperty().get());
        assertTrue(viewModel.failedRunsTextProperty().get().startsWith("Failed runs: not reported."));
        assertEquals(List.of(), viewModel.failedRuns());
    }

    @Test
    void theExpiringBackupsAreCountedWithTheFirstExpiry() {
        Backup soon = new Backup("old", "c", NOW.minus(Duration.ofDays(28)),
                Optional.empty(), Optional.empty(), NOW.plus(Duration.ofDays(2)), true);

        viewModel.show(rules.judge(List.of(soon, backup(NOW.minus(Duration.ofMinutes(5)))), HOURLY, Optional.empty(), NOW));

        assertEquals("1 backup expires in the next 7 days, the first in 2 d (retention 30 days).",
                viewModel.expiringTextProperty().get());
    }

    @Test
    void theHeatMapShowsTheNewestMonthWithLevelsMarksAndItsFirstWeekday() {
        List<Backup> backups = new ArrayList<>(
                every(Duration.ofHours(1), Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-20T23:00:00Z")));
        backups.addAll(every(Duration.ofHours(2), Instant.parse("2026-11-22T00:00:00Z"), NOW.minus(Duration.ofMinutes(20))));

        viewModel.show(rules.judge(backups, HOURLY, Optional.empty(), NOW));

        assertEquals("November 2026", viewModel.monthTitleProperty().get());
        assertEquals(30, viewModel.days().size());
        assertEquals(6, viewModel.leadingBlanksProperty().get(), "1 November 2026 is a Sunday; a British week starts on Monday");
        assertEquals("Mon", viewModel.weekdays().get(0));
        HeatDay full = day(20);
        assertEquals(24, full.backups());
        assertEquals(4, full.level());
        HeatDay none = day(21);
        assertEquals(0, none.level());
        assertTrue(none.missed(), "the hourly schedule took nothing on the 21st");
        assertTrue(day(22).missed(), "every two hours is short of an hourly schedule");
        assertEquals(2, day(22).level(), "twelve of twenty-four");
        assertTrue(day(24).future());
        assertTrue(day(21).description().endsWith(": 0 backups. A scheduled backup did not come."), day(21).description());
    }

    @Test
    void theMonthsRunFromTheOldestBackupsToNow() {
        viewModel.show(rules.judge(List.of(backup(Instant.parse("2026-10-30T10:00:00Z")), backup(NOW.minus(Duration.ofMinutes(5)))),
                HOURLY, Optional.empty(), NOW));

        assertFalse(viewModel.laterMonthProperty().get());
        assertTrue(viewModel.earlierMonthProperty().get());
        viewModel.showEarlierMonth();
        assertEquals("October 2026", viewModel.monthTitleProperty().get());
        assertFalse(viewModel.earlierMonthProperty().get());
        viewModel.showEarlierMonth();
        assertEquals("October 2026", viewModel.monthTitleProperty().get(), "there is nothing before");
        viewModel.showLaterMonth();
        assertEquals("November 2026", viewModel.monthTitleProperty().get());
    }

    @Test
    void levelsAreQuartersOfWhatTheScheduleTakesInADay() {
        assertEquals(0, CoverageViewModel.level(0, 24));
        assertEquals(1, CoverageViewModel.level(1, 24));
        assertEquals(2, CoverageViewModel.level(8, 24));
        assertEquals(4, CoverageViewModel.level(24, 24));
        assertEquals(4, CoverageViewModel.level(1, 1), "a daily backup is the whole of a daily schedule");
    }

    private HeatDay day(int dayOfMonth) {
        return viewModel.days().stream().filter(d -> d.date().equals(LocalDate.of(2026, 11, dayOfMonth))).findFirst()
                .orElseThrow();
    }
}
