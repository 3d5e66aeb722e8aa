package org.backupconsole.ui.common;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.javafx.FontIcon;

/** A pane that shows a list of sentences, each after the same icon, and follows the list as it changes. */
public final class IconLines {

    private IconLines() {
    }

    public static void show(ObservableList<String> sentences, Pane pane, String iconLiteral, String styleClass) {
        Runnable render = () -> pane.getChildren().setAll(lines(sentences, iconLiteral, styleClass));
        sentences.addListener((ListChangeListener<String>) change -> render.run());
        render.run();
    }

    private static List<Label> lines(List<String> sentences, String iconLiteral, String styleClass) {
        return sentences.stream().map(text -> {
            Label line = new Label(text, new FontIcon(iconLiteral));
            line.setWrapText(true);
            // Without this a wrapping label in a box keeps one line's height and cuts its text.
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add(styleClass);
            return line;
        }).toList();
    }
}
