package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;

/**
 * The place is read while the table's rows already show the new list, so the row that was at the top is found
 * in the change itself, whatever the change was.
 */
class TablePlaceTest {

    @Test
    void theRowThatStoodAtAnIndexBeforeAnyChangeIsFound() {
        assertEquals(List.of("f"), seenAt5(list -> list.setAll("x", "y", "z")));
        assertEquals(List.of("f"), seenAt5(list -> list.add(0, "new")));
        assertEquals(List.of("f"), seenAt5(list -> list.remove(2)));
        assertEquals(List.of("f"), seenAt5(list -> list.removeAll("b", "d", "h")));
        assertEquals(List.of("f"), seenAt5(list -> list.sort(Comparator.reverseOrder())));
        assertEquals(List.of("f"), seenAt5(list -> list.remove(8)));
        assertEquals(List.of("f"), seenAt5(list -> list.set(5, "changed")));
        SwappedList<String> swapped = new SwappedList<>();
        swapped.show(List.of("a", "b", "c", "d", "e", "f", "g"));
        List<String> seen = new ArrayList<>();
        swapped.addListener((ListChangeListener<String>) change -> seen.add(TablePlace.itemBefore(change, 5)));
        swapped.show(List.of("q"));
        assertEquals(List.of("f"), seen);
    }

    private static List<String> seenAt5(Consumer<ObservableList<String>> change) {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        List<String> seen = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> seen.add(TablePlace.itemBefore(c, 5)));
        change.accept(list);
        return seen;
    }
}
