package org.backupconsole.bench;

import java.util.stream.IntStream;

import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

import atlantafx.base.theme.PrimerLight;

/**
 * The floor under the app's start: the empty window with AtlantaFX's Primer stylesheet and a table of the first
 * page's shape (six columns, 30 rows of text) and nothing of the app. Run by jlink/measure-startup.sh beside
 * {@link EmptyWindow}.
 */
public final class ThemedTableWindow {

    private static final int COLUMNS = 6;
    private static final int ROWS = 30;

    private ThemedTableWindow() {
    }

    public static void main(String[] args) {
        EmptyWindow.showAndReport(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            TableView<Integer> table = new TableView<>();
            for (int column = 1; column <= COLUMNS; column++) {
                int shown = column;
                TableColumn<Integer, String> cells = new TableColumn<>("Column " + column);
                cells.setCellValueFactory(row -> new SimpleStringProperty("Row " + row.getValue() + ", column " + shown));
                table.getColumns().add(cells);
            }
            table.getItems().setAll(IntStream.rangeClosed(1, ROWS).boxed().toList());
            return new StackPane(table);
        });
    }
}
