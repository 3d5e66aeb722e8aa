package org.backupconsole.ui.common;

import java.util.function.Supplier;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built, or put in, when it is first chosen. A tab pane keeps every tab's content in the
 * scene, so an unseen tab would otherwise cost the window's first style pass and its controls' skins.
 */
public final class FirstVisit {

    private FirstVisit() {
    }

    public static void fill(Tab tab, Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                if (now) {
                    selected.removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
    }

    /** The content the tab was given in its FXML, taken out until the tab is first chosen. */
    public static void defer(Tab tab) {
        Node content = tab.getContent();
        tab.setContent(null);
        fill(tab, () -> content);
    }
}
