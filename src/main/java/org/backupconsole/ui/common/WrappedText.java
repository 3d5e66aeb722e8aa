package org.backupconsole.ui.common;

import javafx.beans.binding.DoubleExpression;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;

/**
 * Text in a table or list cell that wraps within a width, the row growing to hold it, instead of being cut off.
 * A row asks its cells for their height at no width (or a wrong one), so the label answers for the width it is
 * given.
 */
public final class WrappedText {

    private static final double CELL_PADDING = 24;

    private WrappedText() {
    }

    /** Wraps within a table column. */
    public static Label inColumn(String text, TableColumn<?, ?> column) {
        return within(text, column.widthProperty().subtract(CELL_PADDING));
    }

    /** Wraps within the given width. */
    public static Label within(String text, DoubleExpression width) {
        Label label = new Label(text) {
            @Override
            protected double computePrefHeight(double ignored) {
                return super.computePrefHeight(getPrefWidth());
            }
        };
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.prefWidthProperty().bind(width);
        return label;
    }
}
