package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;

/** A swap tells each listener once what went and what came, and the list cannot be changed from outside. */
class SwappedListTest {

    private final SwappedList<String> list = new SwappedList<>();
    private final List<String> heard = new ArrayList<>();

    SwappedListTest() {
        list.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                heard.add("removed " + change.getRemoved() + " added " + change.getAddedSubList());
            }
        });
    }

    @Test
    void eachSwapIsOneReplacementOfEverything() {
        list.show(List.of("a", "b"));
        list.show(List.of("c"));

        assertEquals(List.of("c"), List.copyOf(list));
        assertEquals(List.of("removed [] added [a, b]", "removed [a, b] added [c]"), heard);
    }

    @Test
    void swappingNothingForNothingSaysNothing() {
        list.show(List.of());

        assertEquals(List.of(), heard);
    }

    @Test
    void onlyASwapChangesIt() {
        list.show(List.of("a"));

        assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> list.setAll("b"));
        assertEquals(List.of("a"), List.copyOf(list));
    }
}
