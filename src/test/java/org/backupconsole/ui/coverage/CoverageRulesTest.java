package org.backupconsole.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupStatus;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.RestoreFailure;
import org.backupconsole.ui.coverage.CoverageRules.Coverage;
import org.backupconsole.ui.coverage.CoverageRules.Gap;
import org.junit.jupiter.api.Test;

/** The coverage rules on hand-made backup lists: gaps, overdue, expiring soon, across DST and at the boundaries. */
class CoverageRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BackupSettings HOURLY = new BackupSettings(true, 60, 30);
    private static final BackupSettings DAILY = new BackupSettings(true, 1440, 30);
    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    private final CoverageRules rules = new CoverageRules(BERLIN);

    @Test
    void theGraceIsHalfTheFrequencyAndAtLeastFifteenMinutes() {
        assertEquals(Duration.ofMinutes(30), CoverageRules.graceFor(Duration.ofMinutes(60)));
        assertEquals(Duration.ofHours(12), CoverageRules.graceFor(Duration.ofDays(1)));
        assertEquals(Duration.ofMinutes(15), CoverageRules.graceFor(Duration.ofMinutes(5)));
    }

    @Test
    void backupsOnScheduleLeaveNoGapAndTheRecoveryPointIsTheNewestsAge() {
        List<Backup> backups = every(Duration.ofHours(1), NOW.minus(Duration.ofMinutes(20)).minus(Duration.ofHours(48)), NOW.minus(Duration.ofMinutes(20)));

        Coverage coverage = rules.judge(backups, HOURLY, Optional.of(List.of()), NOW);

        assertEquals(List.of(), coverage.gaps());
        assertFalse(coverage.overdue());
        assertEquals(Optional.of(Duration.ofMinutes(20)), coverage.recoveryPoint());
        assertEquals(Set.of(), coverage.shortDays());
    }

    @Test
    void aWaitOfExactlyTheFrequencyPlusTheGraceIsNoGapAMinuteMoreIs() {
        Instant first = NOW.minus(Duration.ofHours(10));
        Instant onTheEdge = first.plus(Duration.ofMinutes(90));
        Instant late = onTheEdge.plus(Duration.ofMinutes(91));

        Coverage coverage = rules.judge(List.of(backup(first), backup(onTheEdge), backup(late),
                backup(NOW.minus(Duration.ofMinutes(5)))), HOURLY, Optional.empty(), NOW);

        assertEquals(List.of(new Gap(onTheEdge, late), new Gap(late, NOW.minus(Duration.ofMinutes(5)))),
                coverage.gaps(), "the last wait, of hours, is a gap too");
    }

    @Test
    void aGapMarksTheDaysOnWhichADueBackupDidNotCome() {
        Instant before = Instant.parse("2026-11-18T09:00:00Z");
        Instant after = Instant.parse("2026-11-21T08:00:00Z");
        List<Backup> backups = new ArrayList<>(every(Duration.ofDays(1), before.minus(Duration.ofDays(3)), before));
        backups.addAll(every(Duration.ofDays(1), after, NOW));

        Coverage coverage = rules.judge(backups, DAILY, Optional.empty(), NOW);

        assertEquals(List.of(new Gap(before, after)), coverage.gaps());
        assertEquals(Set.of(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21)),
                coverage.shortDays(), "the first backup missed was due on the 19th, 36 hours after the last");
    }

    @Test
    void theNewestBackupOlderThanTheFrequencyPlusTheGraceIsOverdueAndTodayIsShort() {
        Coverage onTime = rules.judge(List.of(backup(NOW.minus(Duration.ofMinutes(90)))), HOURLY, Optional.empty(), NOW);
        Coverage late = rules.judge(List.of(backup(NOW.minus(Duration.ofMinutes(91)))), HOURLY, Optional.empty(), NOW);

        assertFalse(onTime.overdue());
        assertTrue(late.overdue());
        assertEquals(List.of(new Gap(NOW.minus(Duration.ofMinutes(91)), NOW)), late.gaps());
        assertEquals(Set.of(LocalDate.of(2026, 11, 23)), late.shortDays());
    }

    @Test
    void aBackupInProgressDoesNotCountTowardTheRecoveryPointButIsCountedOnItsDay() {
        Instant taken = NOW.minus(Duration.ofHours(2));
        Backup running = new Backup("running", "c", NOW.minus(Duration.ofMinutes(1)), Optional.of(BackupStatus.IN_PROGRESS),
                Optional.of(BackupType.INCREMENTAL), NOW.plus(Duration.ofDays(30)), false);

        Coverage coverage = rules.judge(List.of(running, backup(taken)), HOURLY, Optional.empty(), NOW);

        assertEquals(Optional.of(taken), coverage.newestTaken());
        assertTrue(coverage.overdue());
        assertEquals(2, coverage.backupsOn(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void disabledBackupsAreNeverOverdueAndLeaveNoGap() {
        Coverage coverage = rules.judge(List.of(backup(NOW.minus(Duration.ofDays(5))), backup(NOW.minus(Duration.ofDays(9)))),
                new BackupSettings(false, 60, 30), Optional.empty(), NOW);

        assertFalse(coverage.overdue());
        assertEquals(List.of(), coverage.gaps());
        assertEquals(Optional.of(Duration.ofDays(5)), coverage.recoveryPoint());
    }

    @Test
    void theLongDayOfTheChangeFromSummerTimeHoldsTwentyFiveHourlyBackupsAndNoGap() {
        Instant start = LocalDate.of(2026, 10, 24).atStartOfDay(BERLIN).toInstant();
        Instant end = LocalDate.of(2026, 10, 27).atStartOfDay(BERLIN).toInstant().minusSeconds(1);
        Instant now = end.plus(Duration.ofMinutes(10));

        Coverage coverage = rules.judge(every(Duration.ofHours(1), start, end), HOURLY, Optional.empty(), now);

        assertEquals(24, coverage.backupsOn(LocalDate.of(2026, 10, 24)));
        assertEquals(25, coverage.backupsOn(LocalDate.of(2026, 10, 25)), "the clocks go back an hour");
        assertEquals(24, coverage.backupsOn(LocalDate.of(2026, 10, 26)));
        assertEquals(List.of(), coverage.gaps());
    }

    @Test
    void dailyBackupsAcrossTheChangeToSummerTimeKeepOnePerDayAndNoGap() {
        Instant first = Instant.parse("2026-03-27T01:30:00Z");
        Instant now = Instant.parse("2026-03-31T02:00:00Z");

        Coverage coverage = rules.judge(every(Duration.ofDays(1), first, now), DAILY, Optional.empty(), now);

        for (int day = 27; day <= 31; day++) {
            assertEquals(1, coverage.backupsOn(LocalDate.of(2026, 3, day)), "March " + day);
        }
        assertEquals(List.of(), coverage.gaps(), "the short day of 23 hours is no reason to call a backup missing");
        assertEquals(Set.of(), coverage.shortDays());
    }

    @Test
    void aWaitAcrossTheChangeToSummerTimeIsMeasuredInRealHours() {
        // 01:30 CET, then 03:30 CEST: two hours on the clock, one in fact.
        Instant before = LocalDate.of(2026, 3, 29).atTime(1, 30).atZone(BERLIN).toInstant();
        Instant after = LocalDate.of(2026, 3, 29).atTime(3, 30).atZone(BERLIN).toInstant();

        Coverage coverage = rules.judge(List.of(backup(before), backup(after)), HOURLY, Optional.empty(), after);

        assertEquals(Duration.ofHours(1), Duration.between(before, after));
        assertEquals(List.of(), coverage.gaps(), "an hour is within the hourly schedule");
    }

    @Test
    void backupsExpireSoonFromJustAfterNowToExactlySevenDaysAheadAndMarkTheirOwnDays() {
        Instant takenNov1 = Instant.parse("2026-11-01T10:00:00Z");
        Backup atTheHorizon = expiring("horizon", takenNov1, NOW.plus(Duration.ofDays(7)));
        Backup beyond = expiring("beyond", Instant.parse("2026-11-02T10:00:00Z"), NOW.plus(Duration.ofDays(7)).plusSeconds(1));
        Backup atNow = expiring("now", Instant.parse("2026-10-24T10:00:00Z"), NOW);
        Backup soonest = expiring("soonest", Instant.parse("2026-10-25T10:00:00Z"), NOW.plus(Duration.ofHours(3)));

        Coverage coverage = rules.judge(List.of(atTheHorizon, beyond, atNow, soonest), DAILY, Optional.empty(), NOW);

        assertEquals(List.of(soonest, atTheHorizon), coverage.expiringSoon(), "soonest first; one expiring now is gone");
        assertEquals(Set.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 25)), coverage.expiringDays());
    }

    @Test
    void failedRunsAreTheRunsWithAFailureNewestFirstAndUnknownWhereTheBackendIsSilent() {
        IncompleteBackup pending = run("pending", NOW.minus(Duration.ofMinutes(3)), Optional.empty());
        IncompleteBackup older = run("older", NOW.minus(Duration.ofDays(3)), Optional.of(new RestoreFailure(13, "disk full")));
        IncompleteBackup newer = run("newer", NOW.minus(Duration.ofDays(1)), Optional.of(new RestoreFailure(14, "unavailable")));

        assertEquals(Optional.of(List.of(newer, older)),
                rules.judge(List.of(), HOURLY, Optional.of(List.of(older, pending, newer)), NOW).failedRuns());
        assertEquals(Optional.empty(), rules.judge(List.of(), HOURLY, Optional.empty(), NOW).failedRuns());
    }

    @Test
    void withoutABackupThereIsNoRecoveryPointAndNothingOverdue() {
        Coverage coverage = rules.judge(List.of(), HOURLY, Optional.empty(), NOW);

        assertEquals(Optional.empty(), coverage.recoveryPoint());
        assertFalse(coverage.overdue(), "a new cluster's first backup comes within a day of its creation");
    }

    /** Backups from {@code first} every {@code step} up to {@code last}, kept 30 days. */
    static List<Backup> every(Duration step, Instant first, Instant last) {
        List<Backup> backups = new ArrayList<>();
        for (Instant t = first; !t.isAfter(last); t = t.plus(step)) {
            backups.add(backup(t));
        }
        return backups;
    }

    static Backup backup(Instant asOf) {
        return expiring("b-" + asOf, asOf, asOf.plus(Duration.ofDays(30)));
    }

    private static Backup expiring(String id, Instant asOf, Instant expiresAt) {
        return new Backup(id, "c", asOf, Optional.of(BackupStatus.COMPLETE), Optional.of(BackupType.FULL), expiresAt, false);
    }

    private static IncompleteBackup run(String id, Instant startedAt, Optional<RestoreFailure> failure) {
        return new IncompleteBackup(id, "c", startedAt, Duration.ofMinutes(2), failure, "BACKUP INTO 'x'");
    }
}
