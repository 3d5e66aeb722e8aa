package org.backupconsole.ui.common;

import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A pane that shows a list of sentences, each after an icon, and follows the list as it changes. */
public final class IconLines {

    /** How one line looks: its text, its icon and its style class. */
    public record Look(String text, Ikon icon, String styleClass) {
    }

    private IconLines() {
    }

    /** Every sentence after the same icon. */
    public static void show(ObservableList<String> sentences, Pane pane, Ikon icon, String styleClass) {
        show(sentences, pane, text -> new Look(text, icon, styleClass));
    }

    /** Each item after the icon its look gives. */
    public static <T> void show(ObservableList<T> items, Pane pane, Function<T, Look> look) {
        Runnable render = () -> pane.getChildren().setAll(items.stream().map(item -> line(look.apply(item))).toList());
        items.addListener((ListChangeListener<T>) change -> render.run());
        render.run();
    }

    private static Label line(Look look) {
        Label line = new Label(look.text(), new FontIcon(look.icon()));
        line.setWrapText(true);
        // Without this a wrapping label in a box keeps one line's height and cuts its text.
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add(look.styleClass());
        return line;
    }
}
