package org.backupconsole.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Screen;
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
        if (owner instanceof Stage window) {
            stage.getIcons().setAll(window.getIcons());
        }
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
        stage.setOnShown(event -> {
            // The title bar and borders, measured while the window and its scene agree on the size.
            double decorations = Math.max(0, stage.getHeight() - scene.getHeight());
            root.needsLayoutProperty().addListener((obs, was, needsLayout) -> {
                if (!needsLayout) {
                    growToFit(stage, root, decorations);
                }
            });
            growToFit(stage, root, decorations);
            initialFocus.requestFocus();
        });
        stage.show();
        return stage;
    }

    /**
     * A window keeps the size it opened with, so text that grows as the user chooses (a longer explanation, an
     * error, what a target holds) would push the buttons out of sight; the window follows its content instead,
     * up to the screen's height, beyond which the dialog's body scrolls. The height it grows to is computed from the
     * scene as laid out now, never added to the window's, so a layout pass that comes before the window has
     * taken its new size does not grow it twice.
     */
    private static void growToFit(Stage stage, Parent root, double decorations) {
        Scene scene = stage.getScene();
        if (!stage.isShowing() || scene.getHeight() <= 0) {
            return;
        }
        double needed = root.prefHeight(scene.getWidth());
        if (root.lookup(".dialog-scroll") instanceof ScrollPane scroll && scroll.getContent() != null
                && scroll.getWidth() > 0) {
            // A scroll pane asks for its content's height at no particular width, too little for wrapped text:
            // count the content at the width it has instead.
            double contentWidth = scroll.getWidth() - scroll.snappedLeftInset() - scroll.snappedRightInset();
            needed += scroll.getContent().prefHeight(contentWidth) + scroll.snappedTopInset()
                    + scroll.snappedBottomInset() - scroll.prefHeight(-1);
        }
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double height = Math.min(Math.ceil(needed + decorations), screen.getHeight());
        if (Math.abs(height - stage.getHeight()) > 0.5) {
            // Width and height together: on GTK a height alone may reach the window as a resize to width 0.
            stage.setWidth(stage.getWidth());
            stage.setHeight(height);
            stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - height)));
        }
    }
}
