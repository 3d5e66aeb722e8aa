package org.backupconsole.ui.backups;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.FlowPane;

/**
 * The Data From cell: date and time on one line, the time under the date when the column is too narrow for both,
 * so that a small window cuts neither short. The pane wraps at its column's width, which is known before the cell
 * is laid out: a table row asks its cells for their height without a width, and keeps the answer.
 */
final class DataFromCell extends BackupCells.KeptCell {

    private final Label date = new Label();
    private final Label time = new Label();
    private final FlowPane lines = new FlowPane(4, 0, date, time);

    DataFromCell(TableColumn<BackupRow, BackupRow> column) {
        lines.setAlignment(Pos.CENTER_LEFT);
        lines.prefWrapLengthProperty().bind(Bindings.createDoubleBinding(
                () -> column.getWidth() - snappedLeftInset() - snappedRightInset(), column.widthProperty(),
                paddingProperty()));
    }

    /** The skin would ask the pane for its height at a negative width, which puts each part on a line of its own. */
    @Override
    protected double computePrefHeight(double width) {
        return getGraphic() == null ? super.computePrefHeight(width)
                : snappedTopInset() + lines.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    void showRow(BackupRow row) {
        date.setText(row.dataFromDate());
        time.setText(row.dataFromTime());
        show(lines);
        hover(row.dataFromUtc().orElse(null));
    }
}
