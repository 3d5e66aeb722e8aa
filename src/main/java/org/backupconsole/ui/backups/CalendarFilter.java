package org.backupconsole.ui.backups;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.backupconsole.ui.common.SwappedList;
import org.backupconsole.ui.common.TimeFormats;
import org.backupconsole.ui.coverage.CoverageRules.Coverage;

/**
 * The calendar drop-down: a chosen day, or none for all dates, and the rows it lets through together with the
 * Status and Type check lists. Changing the day replaces the rows with one range of the {@link BackupDayIndex},
 * built off the UI thread with the rows; a checked status or type then passes over that range once.
 */
public final class CalendarFilter {

    /** How a typed date is written; the calendar shows and accepts this form. */
    public static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.US);
    private static final List<DateTimeFormatter> ALSO_ACCEPTED = List.of(
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.US));

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ReadOnlyStringWrapper typingError = new ReadOnlyStringWrapper(this, "typingError", "");
    private final SwappedList<BackupRow> rows = new SwappedList<>();
    private final StatusTypeFilter statusAndType = new StatusTypeFilter();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    /** Digits grouped as the user's locale writes them; kept, as one built per change was a quarter of its cost. */
    private final NumberFormat grouped = NumberFormat.getIntegerInstance();
    private BackupDayIndex index = BackupDayIndex.EMPTY;
    private Coverage coverage = Coverage.NONE;
    /** While only the newest backups are listed: the oldest day they reach, of which only some may be listed. */
    private Optional<LocalDate> knownAfter = Optional.empty();
    /** While only the newest backups are listed: older days listed on their own, when they were chosen. */
    private final Map<LocalDate, List<BackupRow>> listedDays = new HashMap<>();

    CalendarFilter() {
        day.addListener((obs, old, chosen) -> {
            typingError.set("");
            showChosenDay();
        });
        statusAndType.checkedStatuses().addListener((ListChangeListener<String>) change -> showChosenDay());
        statusAndType.checkedTypes().addListener((ListChangeListener<String>) change -> showChosenDay());
    }

    /** Every backup of the cluster, indexed. */
    void show(BackupDayIndex newIndex, Coverage judged) {
        showNewest(newIndex, judged, Optional.empty());
    }

    /**
     * Only the newest backups, while the older ones load: the days after {@code knownAfter} are whole, and an
     * older day chosen meanwhile waits for {@link #showDay} (or for the whole list).
     */
    void showNewest(BackupDayIndex newIndex, Coverage judged, Optional<LocalDate> knownAfter) {
        index = newIndex;
        coverage = judged;
        this.knownAfter = knownAfter;
        listedDays.clear();
        statusAndType.offer(newIndex.all());
        showChosenDay();
    }

    /** The backups of one older day, listed on their own while the whole list loads. */
    void showDay(LocalDate listed, List<BackupRow> newestFirst) {
        if (knownAfter.isPresent()) {
            listedDays.put(listed, List.copyOf(newestFirst));
            if (listed.equals(day.get())) {
                showChosenDay();
            }
        }
    }

    /** Whether the backups of the day are not listed yet: only newer ones are, and the day was not asked for. */
    public boolean awaits(LocalDate date) {
        return knownAfter.filter(after -> !date.isAfter(after)).isPresent() && !listedDays.containsKey(date);
    }

    private List<BackupRow> rowsOn(LocalDate date) {
        return listedDays.getOrDefault(date, index.on(date));
    }

    private void showChosenDay() {
        LocalDate chosen = day.get();
        List<BackupRow> range = chosen == null ? index.all() : rowsOn(chosen);
        rows.show(statusAndType.restricts() ? range.stream().filter(statusAndType::lets).toList() : range);
        String backups = rows.size() == 1 ? "1 backup" : grouped.format(rows.size()) + " backups";
        String shown = statusAndType.restricts()
                ? grouped.format(rows.size()) + " of " + grouped.format(range.size()) + " backups" : backups;
        if (chosen == null) {
            count.set(knownAfter.isPresent() ? "The newest " + shown + "; loading older backups…" : shown);
        } else {
            count.set(awaits(chosen) ? "Loading the backups of this day…" : shown + " on this day");
        }
    }

    /** The Status and Type check lists, applied together with the day. */
    public StatusTypeFilter statusAndType() {
        return statusAndType;
    }

    /** How many backups the table lists, and of how many when a status or type is checked. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The chosen day; null means all dates. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** "All dates": lifts the filter. */
    public void showAllDates() {
        choose(null);
    }

    /** Chooses the typed day; text that is not a date leaves the filter as it is and says how to write one. */
    public void type(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            showAllDates();
            return;
        }
        try {
            choose(parse(trimmed));
        } catch (DateTimeParseException e) {
            typingError.set("\"" + trimmed + "\" is not a date. Type it as 2026-11-23, or pick a day in the calendar.");
        }
    }

    /** The user's choice, null for all dates: it takes away any word about a date typed before, even on the same day. */
    private void choose(LocalDate chosen) {
        typingError.set("");
        day.set(chosen);
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text, TYPED);
        } catch (DateTimeParseException first) {
            for (DateTimeFormatter format : ALSO_ACCEPTED) {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
            throw first;
        }
    }

    public ReadOnlyStringProperty typingErrorProperty() {
        return typingError.getReadOnlyProperty();
    }

    public boolean hasBackupsOn(LocalDate date) {
        return !rowsOn(date).isEmpty();
    }

    /** Whether the day may be chosen: it has backups, or its backups are not listed yet. */
    public boolean mayChoose(LocalDate date) {
        return hasBackupsOn(date) || awaits(date);
    }

    /** How the calendar marks a day: its number of backups, a missed scheduled backup, backups expiring soon. */
    public DayMarks marksOf(LocalDate date) {
        if (awaits(date)) {
            return new DayMarks(index.on(date).size(), false, false, "Older backups are loading; choose the day to "
                    + "list its backups now.");
        }
        return new DayMarks(rowsOn(date).size(), coverage.shortDays().contains(date),
                coverage.expiringDays().contains(date), coverage.dayInWords(date));
    }

    /** A calendar day's marks, and the same in words for its hover text. */
    public record DayMarks(int backups, boolean missed, boolean expiring, String words) {
    }

    /**
     * The month the calendar opens on: the chosen day's, else the newest backup's, else none. The simulator's
     * clock is not the computer's, so "this month" would often show a month without a single backup.
     */
    public Optional<YearMonth> monthToOpen() {
        LocalDate chosen = day.get();
        if (chosen != null) {
            return Optional.of(YearMonth.from(chosen));
        }
        return index.all().stream().findFirst().map(newest -> YearMonth.from(newest.day()));
    }

    /** Whether the day or the check lists hide any backup. */
    public boolean filters() {
        return day.get() != null || statusAndType.restricts();
    }

    /** What the table says when the day and the check lists let no backup through. */
    public String noBackupsShown() {
        LocalDate chosen = day.get();
        String on = chosen == null ? "" : " on " + TimeFormats.day(chosen);
        if (chosen != null && awaits(chosen)) {
            return "Loading the backups" + on + "…";
        }
        if (statusAndType.restricts()) {
            return "No backups of the checked statuses and types" + on + ". Uncheck them to see every backup"
                    + (chosen == null ? "." : " of the day.");
        }
        return chosen == null ? "" : "No backups" + on
                + ". Days with backups are marked in the calendar; choose All dates to see every backup.";
    }

    /** The rows shown, newest first. */
    public ObservableList<BackupRow> rows() {
        return rows;
    }
}
