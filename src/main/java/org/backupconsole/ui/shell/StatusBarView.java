package org.backupconsole.ui.shell;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.util.Duration;

import org.controlsfx.control.StatusBar;

/** The ControlsFX status bar at the bottom of the window, bound to its view model. */
final class StatusBarView {

    private StatusBarView() {
    }

    static StatusBar of(StatusViewModel viewModel) {
        StatusBar bar = new StatusBar();
        bar.setAccessibleText("Status");
        bar.textProperty().bind(viewModel.activityProperty());
        bar.getLeftItems().add(item(viewModel.backendProperty(), "status-backend"));
        bar.getRightItems().addAll(item(viewModel.refreshedProperty(), "status-refreshed"),
                item(viewModel.simulatedTimeProperty(), "status-simulated-time"));
        Timeline ticks = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
        return bar;
    }

    /** A label that takes no room while it has nothing to say. */
    private static Label item(ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add(styleClass);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
