package org.backupconsole.ui.common;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/** A view model's list shown in a table in the order of the columns the user sorts by, the list itself untouched. */
public final class SortedRows {

    private SortedRows() {
    }

    public static <T> void show(TableView<T> table, ObservableList<T> rows) {
        SortedList<T> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }
}
