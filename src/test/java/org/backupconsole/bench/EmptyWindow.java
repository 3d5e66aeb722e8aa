package org.backupconsole.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The startup baseline: an empty JavaFX window of the app's size that prints when it has been shown, the
 * way the app's --exit-when-ready does. Run by jlink/measure-startup.sh.
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.show();
            Platform.runLater(() -> {
                System.out.println("ready at " + System.currentTimeMillis());
                Platform.exit();
            });
        });
    }
}
