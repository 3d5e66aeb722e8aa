package org.backupconsole.ui.common;

import java.util.Objects;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Skin;
import javafx.scene.control.TableColumn;
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
    private VirtualFlow<?> flow;
    private Skin<?> flowSkin;

    private TablePlace(TableView<T> table, Function<T, K> key) {
        this.table = table;
        this.key = key;
    }

    /**
     * Shows {@code rows}, already ordered as {@code column} sorts them in {@code direction}, in the table in the
     * order the user sorts by, keeping the place across replacements. The place is read before the table hears
     * of a change and set again after it has.
     */
    public static <T, K> void show(TableView<T> table, ObservableList<T> rows, Function<T, K> key,
                                   TableColumn<T, ?> column, TableColumn.SortType direction) {
        TablePlace<T, K> place = new TablePlace<>(table, key);
        rows.addListener((ListChangeListener<T>) place::remember);
        SortedRows.show(table, rows, column, direction);
        rows.addListener((ListChangeListener<T>) change -> place.restore());
    }

    /**
     * Reads the place as it was before {@code change}: the table's rows are a view of the list, so they already
     * hold the new rows; the chosen item is still the old one.
     */
    private void remember(ListChangeListener.Change<? extends T> change) {
        T selected = table.getSelectionModel().getSelectedItem();
        chosen = selected == null ? null : key.apply(selected);
        int first = firstVisibleIndex();
        T before = first > 0 ? itemBefore(change, first) : null;
        top = before == null ? null : key.apply(before);
    }

    /** The item that stood at {@code index} before the change, or null when there was none. */
    static <T> T itemBefore(ListChangeListener.Change<? extends T> change, int index) {
        int shift = 0;
        T found = null;
        boolean decided = false;
        change.reset();
        while (!decided && change.next()) {
            int oldFrom = change.getFrom() - shift;
            if (index < oldFrom) {
                break;
            }
            if (change.wasPermutated()) {
                if (index < change.getTo()) {
                    found = change.getList().get(change.getPermutation(index));
                    decided = true;
                }
            } else if (change.wasReplaced() || change.wasRemoved() || change.wasAdded()) {
                if (index < oldFrom + change.getRemovedSize()) {
                    found = change.getRemoved().get(index - oldFrom);
                    decided = true;
                }
                shift += change.getAddedSize() - change.getRemovedSize();
            }
        }
        if (!decided) {
            int now = index + shift;
            found = now >= 0 && now < change.getList().size() ? change.getList().get(now) : null;
        }
        change.reset();
        return found;
    }

    private void restore() {
        boolean chosenFound = chosen == null;
        boolean topFound = top == null;
        for (int i = 0; i < table.getItems().size() && !(chosenFound && topFound); i++) {
            K at = key.apply(table.getItems().get(i));
            if (!chosenFound && Objects.equals(at, chosen)) {
                table.getSelectionModel().clearAndSelect(i);
                chosenFound = true;
            }
            if (!topFound && Objects.equals(at, top)) {
                int index = i;
                // After the skin has taken in the new rows: scrolling now would use the old row count.
                Platform.runLater(() -> table.scrollTo(index));
                topFound = true;
            }
        }
    }

    /** The index of the topmost row in sight, or -1 before the table is shown. */
    private int firstVisibleIndex() {
        if (flowSkin != table.getSkin()) {
            // Found once per skin: a lookup on every change was 6 % of a calendar change.
            flow = table.lookup(".virtual-flow") instanceof VirtualFlow<?> found ? found : null;
            flowSkin = flow == null ? null : table.getSkin();
        }
        if (flow == null) {
            return -1;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }
}
