package org.backupconsole.ui.common;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Under a table, the whole of the selected row (a failed job, an incomplete backup) in words that wrap and can be
 * selected, with Copy; hidden while the selected row has no details or none is selected.
 */
public final class DetailsPane {

    private DetailsPane() {
    }

    public static <T> VBox following(TableView<T> table, String title, Function<T, Optional<String>> details) {
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setAccessibleText(title);
        Button copy = new Button("Copy", new FontIcon("fth-copy"));
        copy.getStyleClass().add("button-outlined");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setAccessibleText("Copy the " + title.toLowerCase(Locale.ROOT));
        copy.setOnAction(event -> TableCopy.copy(text.getText()));
        Label heading = new Label(title);
        heading.getStyleClass().add("details-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, bar, text);
        pane.getStyleClass().add("details-pane");
        Runnable show = () -> {
            Optional<String> shown = Optional.ofNullable(table.getSelectionModel().getSelectedItem()).flatMap(details);
            text.setText(shown.orElse(""));
            Visibility.showOnlyIf(pane, shown.isPresent());
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> show.run());
        table.getItems().addListener((ListChangeListener<T>) change -> show.run());
        show.run();
        return pane;
    }
}
