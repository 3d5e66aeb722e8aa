package org.backupconsole.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A modal window for a dialog view. Escape and the window's close box ask the view model to cancel (it may
 * refuse while a request is on its way); the window closes when the view model says it has finished.
 */
public final class DialogWindow {

    private DialogWindow() {
    }

    public static Stage open(Window owner, Parent root, String title, ObservableBooleanValue finished,
                             Runnable cancel, Node initialFocus) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancel.run();
            }
        });
        stage.setOnCloseRequest(event -> {
            event.consume();
            cancel.run();
        });
        finished.addListener((obs, was, done) -> {
            if (done) {
                stage.close();
            }
        });
        stage.setScene(scene);
        root.needsLayoutProperty().addListener((obs, was, needsLayout) -> {
            if (!needsLayout) {
                growToFit(stage, root);
            }
        });
        stage.setOnShown(event -> initialFocus.requestFocus());
        stage.show();
        return stage;
    }

    /**
     * A window keeps the size it opened with, so text that grows as the user chooses (a longer explanation, an
     * error) would push the buttons out of sight; the window grows with it instead.
     */
    private static void growToFit(Stage stage, Parent root) {
        double missing = root.prefHeight(stage.getScene().getWidth()) - stage.getScene().getHeight();
        if (missing > 0.5 && stage.isShowing()) {
            stage.setHeight(stage.getHeight() + missing);
        }
    }
}
