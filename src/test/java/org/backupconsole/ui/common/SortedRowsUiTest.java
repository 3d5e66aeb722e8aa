package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A table over rows that come newest first: sorting by time shows them as they are and passes on only what
 * changed; the other direction and other columns sort as the user clicks, and keep sorting as the rows change.
 */
@ExtendWith(ApplicationExtension.class)
class SortedRowsUiTest {

    private record Run(int minute, String status) {
    }

    private final ObservableList<Run> newestFirst = FXCollections.observableArrayList(
            new Run(40, "b"), new Run(30, "c"), new Run(20, "a"), new Run(10, "b"));
    private final List<String> changesSeen = new ArrayList<>();
    private TableView<Run> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<Run, Integer> time = new TableColumn<>("Time");
        time.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().minute()));
        time.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<Run, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        table.getColumns().setAll(List.of(time, status));
        SortedRows.show(table, newestFirst, time, TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(time);
        table.getItems().addListener((ListChangeListener<Run>) change -> {
            while (change.next()) {
                changesSeen.add(change.wasPermutated() ? "permuted " + change.getFrom() + "-" + change.getTo()
                        : "at " + change.getFrom() + " removed " + change.getRemovedSize() + " added "
                        + change.getAddedSize());
            }
        });
        stage.setScene(new Scene(table, 400, 300));
        stage.show();
    }

    @Test
    void newestFirstPassesThroughAndOnlyTheChangeIsPassedOn(FxRobot robot) {
        assertEquals(List.of(40, 30, 20, 10), minutes());

        robot.interact(() -> newestFirst.add(0, new Run(50, "a")));

        assertEquals(List.of(50, 40, 30, 20, 10), minutes());
        assertEquals(List.of("at 0 removed 0 added 1"), changesSeen);
    }

    @Test
    void clickingTimeShowsOldestFirstAndKeepsItAsTheRowsChange(FxRobot robot) {
        robot.clickOn("Time");
        assertEquals(List.of(), table.getSortOrder(), "from newest first a click unsorts, as in every JavaFX table");
        assertEquals(List.of(40, 30, 20, 10), minutes());
        robot.clickOn("Time");

        assertEquals(List.of(10, 20, 30, 40), minutes());
        robot.interact(() -> newestFirst.setAll(new Run(60, "a"), new Run(50, "b"), new Run(40, "b")));
        assertEquals(List.of(40, 50, 60), minutes());
    }

    @Test
    void anotherColumnSortsTheRowsAndTheChosenRowStaysChosen(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("Status");

        assertEquals(List.of("a", "b", "b", "c"), statuses());
        assertEquals(new Run(30, "c"), table.getSelectionModel().getSelectedItem());
        robot.clickOn("Status");
        assertEquals(List.of("c", "b", "b", "a"), statuses());
        robot.interact(() -> newestFirst.add(new Run(5, "d")));
        assertEquals(List.of("d", "c", "b", "b", "a"), statuses());
        robot.interact(() -> table.getSortOrder().clear());
        assertEquals(List.of(40, 30, 20, 10, 5), minutes());
    }

    private List<Integer> minutes() {
        return table.getItems().stream().map(Run::minute).toList();
    }

    private List<String> statuses() {
        return table.getItems().stream().map(Run::status).toList();
    }
}
