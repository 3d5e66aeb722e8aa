package org.backupconsole.ui.backups;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Status and Type check lists above the backups table: the values the shown cluster's backups have, and those
 * the user checked. Nothing checked in a list lets every value of it through, as an untouched filter should.
 */
public final class StatusTypeFilter {

    private final ObservableList<String> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<String> statusChoicesView = FXCollections.unmodifiableObservableList(statusChoices);
    private final ObservableList<String> typeChoices = FXCollections.observableArrayList();
    private final ObservableList<String> typeChoicesView = FXCollections.unmodifiableObservableList(typeChoices);
    private final ObservableList<String> checkedStatuses = FXCollections.observableArrayList();
    private final ObservableList<String> checkedTypes = FXCollections.observableArrayList();

    StatusTypeFilter() {
    }

    /**
     * Offers the values the shown backups have. A checked value stays checked while backups still have it, so a
     * refresh keeps the filter; leaving the cluster offers no backups, and so clears it.
     */
    void offer(List<BackupRow> rows) {
        List<String> statuses = valuesOf(rows, BackupRow::status);
        List<String> types = valuesOf(rows, BackupRow::type);
        checkedStatuses.retainAll(statuses);
        checkedTypes.retainAll(types);
        statusChoices.setAll(statuses);
        typeChoices.setAll(types);
    }

    private static List<String> valuesOf(List<BackupRow> rows, Function<BackupRow, CellText> fact) {
        Set<String> values = new TreeSet<>();
        rows.forEach(row -> values.add(fact.apply(row).text()));
        return List.copyOf(values);
    }

    boolean restricts() {
        return !checkedStatuses.isEmpty() || !checkedTypes.isEmpty();
    }

    boolean lets(BackupRow row) {
        return (checkedStatuses.isEmpty() || checkedStatuses.contains(row.status().text()))
                && (checkedTypes.isEmpty() || checkedTypes.contains(row.type().text()));
    }

    public ObservableList<String> statusChoices() {
        return statusChoicesView;
    }

    public ObservableList<String> typeChoices() {
        return typeChoicesView;
    }

    /** The statuses to show; the view's check list writes here. */
    public ObservableList<String> checkedStatuses() {
        return checkedStatuses;
    }

    /** The types to show; the view's check list writes here. */
    public ObservableList<String> checkedTypes() {
        return checkedTypes;
    }
}
