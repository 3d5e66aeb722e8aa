package org.backupconsole.ui.simulator;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.kordamp.ikonli.javafx.FontIcon;

/** The simulator's present time in the window's header, so that every page says when "now" is. */
public final class HeaderClock {

    private HeaderClock() {
    }

    public static Label of(ClockViewModel clock) {
        Label now = new Label("", new FontIcon("fth-clock"));
        now.getStyleClass().add("header-clock");
        now.setMinWidth(Region.USE_PREF_SIZE);
        now.textProperty().bind(clock.nowProperty());
        now.setTooltip(new Tooltip("The simulator's present time. Pause it, speed it up or move it under Clock and"
                + " faults."));
        now.setAccessibleHelp(now.getTooltip().getText());
        Timeline ticking = new Timeline(new KeyFrame(Duration.seconds(1), event -> clock.refresh()));
        ticking.setCycleCount(Animation.INDEFINITE);
        ticking.play();
        clock.refresh();
        return now;
    }
}
