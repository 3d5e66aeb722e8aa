package org.backupconsole.ui.coverage;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.backend.Sentences;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.ui.common.DurationText;
import org.backupconsole.ui.common.TimeFormats;
import org.backupconsole.ui.coverage.CoverageRules.Coverage;
import org.backupconsole.ui.settings.ScheduleText;

/**
 * The Coverage tab: is the selected cluster protected? The recovery point now against the schedule, an overdue
 * flag, the gaps, the failed runs where the backend reports them, the backups that expire soon, and a month of
 * days coloured by their backups.
 */
public final class CoverageViewModel {

    static final String FAILED_RUNS_NOT_REPORTED = "Failed runs: not reported. The Cloud API does not report failed"
            + " backup runs; the Cloud Console lists them under Incomplete Backups.";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL uuuu", Locale.getDefault());

    private final ZoneId zone;
    private final ReadOnlyStringWrapper recoveryPoint = new ReadOnlyStringWrapper(this, "recoveryPoint", "");
    private final ReadOnlyBooleanWrapper overdue = new ReadOnlyBooleanWrapper(this, "overdue");
    private final ReadOnlyStringWrapper overdueText = new ReadOnlyStringWrapper(this, "overdueText", "");
    private final ReadOnlyStringWrapper gapsText = new ReadOnlyStringWrapper(this, "gapsText", "");
    private final ReadOnlyStringWrapper failedRunsText = new ReadOnlyStringWrapper(this, "failedRunsText", "");
    private final ObservableList<String> failedRuns = FXCollections.observableArrayList();
    private final ObservableList<String> failedRunsView = FXCollections.unmodifiableObservableList(failedRuns);
    private final ReadOnlyStringWrapper expiringText = new ReadOnlyStringWrapper(this, "expiringText", "");
    private final ReadOnlyStringWrapper monthTitle = new ReadOnlyStringWrapper(this, "monthTitle", "");
    private final ReadOnlyIntegerWrapper leadingBlanks = new ReadOnlyIntegerWrapper(this, "leadingBlanks");
    private final ReadOnlyBooleanWrapper earlierMonth = new ReadOnlyBooleanWrapper(this, "earlierMonth");
    private final ReadOnlyBooleanWrapper laterMonth = new ReadOnlyBooleanWrapper(this, "laterMonth");
    private final ObservableList<HeatDay> days = FXCollections.observableArrayList();
    private final ObservableList<HeatDay> daysView = FXCollections.unmodifiableObservableList(days);
    private final ObservableList<String> weekdays = FXCollections.observableArrayList();
    private final ObservableList<String> weekdaysView = FXCollections.unmodifiableObservableList(weekdays);
    private final DayOfWeek firstDayOfWeek;
    private Coverage coverage = Coverage.NONE;
    private YearMonth month;
    private YearMonth firstMonth;
    private YearMonth lastMonth;

    public CoverageViewModel(ZoneId zone, Locale locale) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.firstDayOfWeek = WeekFields.of(locale).getFirstDayOfWeek();
        for (int i = 0; i < 7; i++) {
            weekdays.add(firstDayOfWeek.plus(i).getDisplayName(TextStyle.SHORT, locale));
        }
    }

    /** Shows a cluster's coverage, on the month of its newest backup, or of now without one. */
    public void show(Coverage judged) {
        coverage = Objects.requireNonNull(judged, "judged");
        LocalDate today = judged.now().atZone(zone).toLocalDate();
        lastMonth = YearMonth.from(today);
        firstMonth = judged.perDay().keySet().stream().min(LocalDate::compareTo).map(YearMonth::from).orElse(lastMonth);
        YearMonth newest = judged.perDay().keySet().stream().max(LocalDate::compareTo).map(YearMonth::from).orElse(lastMonth);
        showRecoveryPoint(judged);
        showGaps(judged);
        showFailedRuns(judged);
        showExpiring(judged);
        showMonth(month != null && !month.isBefore(firstMonth) && !month.isAfter(lastMonth) ? month : newest);
    }

    /**
     * Shows the coverage of the newest backups while the older ones load: the recovery point and the newest
     * days hold, but gaps and expiries, which the older backups decide, are said to wait for them.
     */
    public void showSoFar(Coverage judgedOnNewest) {
        show(judgedOnNewest);
        gapsText.set("Gaps are judged once the older backups have loaded; the newest ones are shown meanwhile.");
        expiringText.set("Backups expiring in the next 7 days are the oldest ones, which are still loading.");
    }

    /** Forgets the cluster the user has left, while the next one loads. */
    public void clear() {
        coverage = Coverage.NONE;
        month = null;
        recoveryPoint.set("Loading the cluster's backups…");
        overdue.set(false);
        overdueText.set("");
        gapsText.set("");
        failedRunsText.set("");
        failedRuns.clear();
        expiringText.set("");
        monthTitle.set("");
        days.clear();
        earlierMonth.set(false);
        laterMonth.set(false);
    }

    public void showEarlierMonth() {
        if (earlierMonth.get()) {
            showMonth(month.minusMonths(1));
        }
    }

    public void showLaterMonth() {
        if (laterMonth.get()) {
            showMonth(month.plusMonths(1));
        }
    }

    private void showRecoveryPoint(Coverage judged) {
        String schedule = judged.settings().enabled()
                ? "The schedule takes one every " + DurationText.of(judged.frequency()) + "."
                : "Scheduled backups are disabled, so no new backup will come.";
        recoveryPoint.set(judged.recoveryPoint()
                .map(age -> "Recovery point now: " + DurationText.of(age) + " — the newest backup is from "
                        + TimeFormats.recent(judged.newestTaken().orElseThrow(), zone, judged.now()) + ". " + schedule)
                .orElse("No backup has been taken yet, so nothing could be restored. " + schedule));
        overdue.set(judged.overdue());
        overdueText.set(judged.overdue()
                ? "Overdue: no backup for " + DurationText.of(judged.recoveryPoint().orElseThrow())
                        + ", longer than the frequency plus a grace of " + DurationText.of(judged.allowed()
                        .minus(judged.frequency())) + ". Check the failed runs and the backup settings."
                : "");
    }

    private void showGaps(Coverage judged) {
        List<CoverageRules.Gap> gaps = judged.gaps();
        if (gaps.isEmpty()) {
            gapsText.set(judged.settings().enabled() ? "No gaps: every backup came within "
                    + DurationText.of(judged.allowed()) + " of the one before." : "");
            return;
        }
        CoverageRules.Gap longest = gaps.stream().max((a, b) -> a.length().compareTo(b.length())).orElseThrow();
        gapsText.set((gaps.size() == 1 ? "1 gap" : gaps.size() + " gaps") + " longer than "
                + DurationText.of(judged.allowed()) + " between backups; the longest, " + DurationText.of(longest.length())
                + ", began " + TimeFormats.recent(longest.from(), zone, judged.now())
                + ". The days are marked in the calendars.");
    }

    private void showFailedRuns(Coverage judged) {
        failedRuns.setAll(judged.failedRuns().orElse(List.of()).stream().map(this::failedRun).toList());
        failedRunsText.set(judged.failedRuns()
                .map(runs -> runs.isEmpty() ? "No failed runs." : runs.size() == 1 ? "1 failed run:" : runs.size() + " failed runs:")
                .orElse(FAILED_RUNS_NOT_REPORTED));
    }

    private String failedRun(IncompleteBackup run) {
        return TimeFormats.recent(run.startedAt(), zone, coverage.now()) + ": "
                + run.failure().map(f -> Sentences.end(f.message())).orElse("");
    }

    private void showExpiring(Coverage judged) {
        List<Backup> soon = judged.expiringSoon();
        if (soon.isEmpty()) {
            expiringText.set("No backup expires in the next 7 days.");
            return;
        }
        Duration first = Duration.between(judged.now(), soon.get(0).expiresAt());
        expiringText.set((soon.size() == 1 ? "1 backup expires" : soon.size() + " backups expire")
                + " in the next 7 days, the first in " + DurationText.of(first) + " (retention "
                + ScheduleText.retention(judged.settings().retentionDays()) + ").");
    }

    private void showMonth(YearMonth shown) {
        month = shown;
        monthTitle.set(MONTH.format(shown));
        earlierMonth.set(shown.isAfter(firstMonth));
        laterMonth.set(shown.isBefore(lastMonth));
        leadingBlanks.set(Math.floorMod(shown.atDay(1).getDayOfWeek().getValue() - firstDayOfWeek.getValue(), 7));
        LocalDate today = coverage.now().atZone(zone).toLocalDate();
        int perDay = (int) Math.max(1, Duration.ofDays(1).dividedBy(coverage.frequency()));
        List<HeatDay> cells = new ArrayList<>();
        for (int d = 1; d <= shown.lengthOfMonth(); d++) {
            LocalDate date = shown.atDay(d);
            int backups = coverage.backupsOn(date);
            cells.add(new HeatDay(date, backups, level(backups, perDay), coverage.shortDays().contains(date),
                    coverage.expiringDays().contains(date), date.isAfter(today),
                    TimeFormats.day(date) + ": " + coverage.dayInWords(date)));
        }
        days.setAll(cells);
    }

    /** 0 for none, else quarters of what the schedule takes in a day, the top one reached at the full count. */
    static int level(int backups, int perDay) {
        if (backups == 0) {
            return 0;
        }
        return Math.min(4, 1 + (int) (3L * backups / perDay));
    }

    public ReadOnlyStringProperty recoveryPointProperty() {
        return recoveryPoint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    /** Why the cluster is overdue; empty while it is not. */
    public ReadOnlyStringProperty overdueTextProperty() {
        return overdueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gapsTextProperty() {
        return gapsText.getReadOnlyProperty();
    }

    /** How many runs failed, or that the backend does not report them. */
    public ReadOnlyStringProperty failedRunsTextProperty() {
        return failedRunsText.getReadOnlyProperty();
    }

    /** The failed runs, newest first: when, and the error. */
    public ObservableList<String> failedRuns() {
        return failedRunsView;
    }

    public ReadOnlyStringProperty expiringTextProperty() {
        return expiringText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthTitleProperty() {
        return monthTitle.getReadOnlyProperty();
    }

    /** The short names of the week's days, in the locale's order, for the heat map's header. */
    public ObservableList<String> weekdays() {
        return weekdaysView;
    }

    /** How many cells of the first week come before the month's first day. */
    public ReadOnlyIntegerProperty leadingBlanksProperty() {
        return leadingBlanks.getReadOnlyProperty();
    }

    /** The days of the shown month. */
    public ObservableList<HeatDay> days() {
        return daysView;
    }

    public ReadOnlyBooleanProperty earlierMonthProperty() {
        return earlierMonth.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty laterMonthProperty() {
        return laterMonth.getReadOnlyProperty();
    }
}
