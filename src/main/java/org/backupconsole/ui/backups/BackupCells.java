package org.backupconsole.ui.backups;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

import org.backupconsole.ui.common.TableCopy;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The backups table's rows and cells. Each builds its nodes once and, as rows scroll by or the calendar day
 * changes, only changes their words: a node built per row costs a CSS pass of its own, and a context menu per
 * row a popup window, which together took more than a frame on every day change.
 */
final class BackupCells {

    private BackupCells() {
    }

    /** A fact as plain text, or "Not reported" where the backend does not report it. */
    static Callback<TableColumn<BackupRow, BackupRow>, TableCell<BackupRow, BackupRow>> text(
            Function<BackupRow, CellText> fact) {
        return column -> new FactCell(fact, new Label(), (label, row) -> { });
    }

    /** The status with its icon and colour. */
    static Callback<TableColumn<BackupRow, BackupRow>, TableCell<BackupRow, BackupRow>> status() {
        return column -> {
            FontIcon done = new FontIcon(Feather.CHECK_CIRCLE);
            FontIcon running = new FontIcon(Feather.LOADER);
            return new FactCell(BackupRow::status, new Label(), (label, row) -> {
                boolean isComplete = row.backup().isComplete();
                label.setGraphic(isComplete ? done : running);
                String shown = isComplete ? "status-complete" : "status-in-progress";
                if (!label.getStyleClass().contains(shown)) {
                    label.getStyleClass().removeAll("status-complete", "status-in-progress");
                    label.getStyleClass().add(shown);
                }
            });
        };
    }

    /** The number of databases, a link that opens them. */
    static Callback<TableColumn<BackupRow, BackupRow>, TableCell<BackupRow, BackupRow>> databases(
            Consumer<BackupRow> open) {
        return column -> {
            Hyperlink link = new Hyperlink();
            FactCell cell = new FactCell(BackupRow::databases, link, (shown, row) -> {
                shown.setAccessibleText("Show the databases of the backup from " + row.dataFrom());
                // The link was followed for the row the cell showed before, not for this one.
                link.setVisited(false);
            });
            link.setOnAction(event -> open.accept(cell.getItem()));
            return cell;
        };
    }

    /** The Restore button, disabled with the reason on hover when the backup cannot be restored. */
    static Callback<TableColumn<BackupRow, BackupRow>, TableCell<BackupRow, BackupRow>> restore(
            Consumer<BackupRow> open) {
        return column -> new RestoreCell(open);
    }

    /** A row with a context menu, so that restoring and drilling down work from the keyboard too. */
    static TableRow<BackupRow> row(Consumer<BackupRow> restore, Consumer<BackupRow> showDatabases) {
        TableRow<BackupRow> tableRow = new TableRow<>();
        MenuItem restoreItem = new MenuItem("Restore…");
        restoreItem.setOnAction(event -> restore.accept(tableRow.getItem()));
        MenuItem databases = new MenuItem("Show databases");
        databases.setOnAction(event -> showDatabases.accept(tableRow.getItem()));
        ContextMenu menu = new ContextMenu(restoreItem, TableCopy.item("Copy", () -> tableRow.getItem().copyText()),
                TableCopy.item("Copy backup ID", () -> tableRow.getItem().backup().id()), databases);
        menu.setOnShowing(event -> {
            BackupRow row = tableRow.getItem();
            restoreItem.setDisable(row == null || !row.restorable());
            databases.setVisible(row != null && row.contents().isPresent());
        });
        tableRow.itemProperty().addListener((obs, old, row) -> tableRow.setContextMenu(row == null ? null : menu));
        return tableRow;
    }

    /**
     * A cell that keeps its nodes: an empty cell hides its graphic rather than dropping it, because a node put back
     * into the scene has its CSS worked out again, and the table empties and refills its cells on every change.
     * Its hover text, when it has one, is one tooltip kept for the cell's life.
     */
    abstract static class KeptCell extends TableCell<BackupRow, BackupRow> {

        private Tooltip hover;

        @Override
        protected final void updateItem(BackupRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                showNothing();
            } else {
                showRow(row);
            }
        }

        /** Shows the row in the cell's nodes. */
        abstract void showRow(BackupRow row);

        void show(Node node) {
            if (getGraphic() != node) {
                setGraphic(node);
            }
            node.setVisible(true);
        }

        private void showNothing() {
            if (getGraphic() != null) {
                getGraphic().setVisible(false);
            }
            hover(null);
        }

        void hover(String text) {
            if (text == null) {
                setTooltip(null);
                return;
            }
            if (hover == null) {
                hover = BackupRecoveryView.tooltip(text);
            }
            hover.setText(text);
            setTooltip(hover);
        }
    }

    private static final class FactCell extends KeptCell {

        private final Function<BackupRow, CellText> fact;
        private final Labeled reported;
        private final BiConsumer<Labeled, BackupRow> dress;
        private final Label notReported = new Label();

        FactCell(Function<BackupRow, CellText> fact, Labeled reported, BiConsumer<Labeled, BackupRow> dress) {
            this.fact = fact;
            this.reported = reported;
            this.dress = dress;
            notReported.getStyleClass().add("not-reported");
        }

        @Override
        void showRow(BackupRow row) {
            CellText words = fact.apply(row);
            Labeled shown = words.reported() ? reported : notReported;
            shown.setText(words.text());
            if (words.reported()) {
                dress.accept(reported, row);
            } else {
                notReported.setAccessibleHelp(words.note().orElse(null));
            }
            show(shown);
            hover(words.note().orElse(null));
        }
    }

    private static final class RestoreCell extends KeptCell {

        private final Button button;

        RestoreCell(Consumer<BackupRow> open) {
            button = BackupRecoveryView.restoreButton(() -> open.accept(getItem()));
        }

        @Override
        void showRow(BackupRow row) {
            button.setAccessibleText("Restore the backup from " + row.dataFrom());
            button.setDisable(!row.restorable());
            show(button);
            hover(row.restoreBlockedBecause().orElse(null));
        }
    }
}
