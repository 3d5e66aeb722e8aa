package org.backupconsole.ui.common;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.IndexedCheckModel;

/**
 * Keeps a ControlsFX {@link CheckComboBox} and a view model's choices and checked values in step. The check model
 * keeps checks by index, and changing or clearing items under checks can throw (controlsfx#1531), so the checks
 * are cleared while the old items are still there, the items replaced, then the checks put back by value.
 */
public final class CheckListBinding {

    private final CheckComboBox<String> list;
    private final ObservableList<String> choices;
    private final ObservableList<String> checked;
    private boolean copying;

    private CheckListBinding(CheckComboBox<String> list, ObservableList<String> choices, ObservableList<String> checked) {
        this.list = list;
        this.choices = choices;
        this.checked = checked;
    }

    public static void bind(CheckComboBox<String> list, ObservableList<String> choices, ObservableList<String> checked) {
        CheckListBinding binding = new CheckListBinding(list, choices, checked);
        binding.copyFromViewModel();
        choices.addListener((ListChangeListener<String>) change -> binding.copyFromViewModel());
        checked.addListener((ListChangeListener<String>) change -> binding.copyFromViewModel());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> binding.copyToViewModel());
    }

    private void copyFromViewModel() {
        IndexedCheckModel<String> model = list.getCheckModel();
        if (copying || (list.getItems().equals(choices) && model.getCheckedItems().equals(checked))) {
            return;
        }
        copying = true;
        try {
            model.clearChecks();
            list.getItems().setAll(choices);
            checked.forEach(model::check);
        } finally {
            copying = false;
        }
    }

    private void copyToViewModel() {
        if (!copying) {
            copying = true;
            try {
                checked.setAll(List.copyOf(list.getCheckModel().getCheckedItems()));
            } finally {
                copying = false;
            }
        }
    }
}
