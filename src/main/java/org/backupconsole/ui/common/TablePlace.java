package org.backupconsole.ui.common;

import java.util.Objects;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the reader's place in a table whose rows are replaced by a refresh: the chosen row stays chosen and the
 * row at the top stays at the top, each found again by its key, so a list that follows time does not jump.
 */
public final class TablePlace<T, K> {

    private final TableView<T> table;
    private final Function<T, K> key;
    private K chosen;
    private K top;

    private TablePlace(TableView<T> table, Function<T, K> key) {
        this.table = table;
        this.key = key;
    }

    /**
     * Shows {@code rows} in the table in the order the user sorts by, keeping the place across replacements.
     * The place is read before the table hears of a change and set again after it has.
     */
    public static <T, K> void show(TableView<T> table, ObservableList<T> rows, Function<T, K> key) {
        TablePlace<T, K> place = new TablePlace<>(table, key);
        rows.addListener((ListChangeListener<T>) change -> place.remember());
        SortedRows.show(table, rows);
        rows.addListener((ListChangeListener<T>) change -> place.restore());
    }

    private void remember() {
        T selected = table.getSelectionModel().getSelectedItem();
        chosen = selected == null ? null : key.apply(selected);
        int first = firstVisibleIndex();
        top = first > 0 && first < table.getItems().size() ? key.apply(table.getItems().get(first)) : null;
    }

    private void restore() {
        for (int i = 0; i < table.getItems().size(); i++) {
            K at = key.apply(table.getItems().get(i));
            if (chosen != null && Objects.equals(at, chosen)) {
                table.getSelectionModel().clearAndSelect(i);
            }
            if (top != null && Objects.equals(at, top)) {
                int index = i;
                // After the skin has taken in the new rows: scrolling now would use the old row count.
                Platform.runLater(() -> table.scrollTo(index));
            }
        }
    }

    /** The index of the topmost row in sight, or -1 before the table is shown. */
    private int firstVisibleIndex() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            return first == null ? -1 : first.getIndex();
        }
        return -1;
    }
}
