package org.backupconsole.ui.backups;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.backupconsole.ui.common.TimeFormats;

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
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BackupRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StatusTypeFilter statusAndType = new StatusTypeFilter();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private BackupDayIndex index = BackupDayIndex.EMPTY;

    CalendarFilter() {
        day.addListener((obs, old, chosen) -> {
            typingError.set("");
            showChosenDay();
        });
        statusAndType.checkedStatuses().addListener((ListChangeListener<String>) change -> showChosenDay());
        statusAndType.checkedTypes().addListener((ListChangeListener<String>) change -> showChosenDay());
    }

    void show(BackupDayIndex newIndex) {
        index = newIndex;
        statusAndType.offer(newIndex.all());
        showChosenDay();
    }

    private void showChosenDay() {
        LocalDate chosen = day.get();
        List<BackupRow> range = chosen == null ? index.all() : index.on(chosen);
        rows.setAll(statusAndType.restricts() ? range.stream().filter(statusAndType::lets).toList() : range);
        String backups = rows.size() == 1 ? "1 backup" : rows.size() + " backups";
        String shown = statusAndType.restricts() ? rows.size() + " of " + range.size() + " backups" : backups;
        count.set(chosen == null ? shown : shown + " on this day");
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
        day.set(null);
    }

    /** Chooses the typed day; text that is not a date leaves the filter as it is and says how to write one. */
    public void type(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            showAllDates();
            return;
        }
        try {
            day.set(parse(trimmed));
        } catch (DateTimeParseException e) {
            typingError.set("\"" + trimmed + "\" is not a date. Type it as 2026-11-23, or pick a day in the calendar.");
        }
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
        return index.hasBackupsOn(date);
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
        if (statusAndType.restricts()) {
            return "No backups of the checked statuses and types" + on + ". Uncheck them to see every backup"
                    + (chosen == null ? "." : " of the day.");
        }
        return chosen == null ? "" : "No backups" + on
                + ". Days with backups are marked in the calendar; choose All dates to see every backup.";
    }

    public ObservableList<BackupRow> rows() {
        return rowsView;
    }
}
