package org.backupconsole.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;

/** Text in a table cell that wraps within its column, the row growing to hold it, instead of being cut off. */
public final class ColumnText {

    private static final double CELL_PADDING = 24;

    private ColumnText() {
    }

    public static Label wrapped(String text, TableColumn<?, ?> column) {
        Label label = new Label(text) {
            /** A table row asks its cells for their height at no width or a wrong one: the column's holds. */
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(getPrefWidth());
            }
        };
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.prefWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        return label;
    }
}
