package org.backupconsole.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import org.controlsfx.control.SearchableComboBox;

/**
 * Wires a ControlsFX {@link SearchableComboBox} to a view model's list and choice around the control's known bugs.
 * Its value passes through null and back while the user types a search (controlsfx#1413), so only a chosen item
 * that is another one than the view model's reaches it, and the view model's choice comes back when the list
 * closes with none. Clearing the items the control filters can throw (controlsfx#1320), so each change of the
 * view model's list gives the control a new list instead. Space picks the first match (controlsfx#1568): use it
 * only where picking the wrong item is harmless and undone by picking again.
 */
public final class SearchablePicker {

    private SearchablePicker() {
    }

    /**
     * @param text how an item reads, in the list and for the search
     * @param same whether two items are the same one, such as two readings of one cluster
     */
    public static <T> void bind(SearchableComboBox<T> picker, ObservableList<T> items, ObjectProperty<T> chosen,
                                Function<T, String> text, BiPredicate<T, T> same) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        });
        picker.setCellFactory(list -> new WholeOnHover<>(text, null));
        // The skin leaves the button cell blank when the value goes back to null: the cell shows the prompt itself.
        WholeOnHover<T> shown = new WholeOnHover<>(text, picker.promptTextProperty());
        picker.setButtonCell(shown);
        picker.promptTextProperty().addListener((obs, old, prompt) -> {
            if (picker.getValue() == null) {
                shown.setText(prompt);
            }
        });
        Runnable copyItems = () -> picker.setItems(FXCollections.observableArrayList(List.copyOf(items)));
        items.addListener((ListChangeListener<T>) change -> {
            copyItems.run();
            picker.setValue(chosen.get());
        });
        copyItems.run();
        picker.setValue(chosen.get());
        chosen.addListener((obs, old, now) -> picker.setValue(now));
        picker.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null && (chosen.get() == null || !same.test(picked, chosen.get()))) {
                chosen.set(picked);
            }
        });
        picker.showingProperty().addListener((obs, was, showing) -> {
            if (!showing && !Objects.equals(picker.getValue(), chosen.get())) {
                picker.setValue(chosen.get());
            }
        });
    }

    /** A picker's width cuts a long item; the whole of it is on hover. Without an item, the prompt if given. */
    private static final class WholeOnHover<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final ObservableStringValue prompt;

        WholeOnHover(Function<T, String> text, ObservableStringValue prompt) {
            this.text = text;
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null;
            setText(none ? (prompt == null ? null : prompt.get()) : text.apply(item));
            setTooltip(none ? null : new Tooltip(getText()));
        }
    }
}
