package org.backupconsole.ui.common;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import org.controlsfx.dialog.ExceptionDialog;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Tells the user that an action failed in a way nobody foresaw: a ControlsFX exception dialog in the app's theme
 * that says so in plain words, that the app may go on, and where the log file with the details is. One is open
 * at a time; failures while it is open are not shown again.
 */
public final class FailureDialog {

    /** Wide enough for a log file's usual full path on one line. */
    private static final double PREFERRED_WIDTH = 560;

    private final Optional<Path> logFile;
    private boolean open;

    /** @param logFile the log file that holds the details, or empty when the log goes to the console only */
    public FailureDialog(Optional<Path> logFile) {
        this.logFile = logFile;
    }

    /** Must run on the FX thread. */
    public void show(Throwable failure) {
        if (open) {
            return;
        }
        ExceptionDialog dialog = new ExceptionDialog(failure);
        DialogPane pane = dialog.getDialogPane();
        dialog.setTitle("Backup Console — unexpected error");
        pane.setHeaderText("Something went wrong");
        pane.setContentText(explanation(failure, logFile));
        pane.setPrefWidth(PREFERRED_WIDTH);
        // ControlsFX's own stylesheet only sets a bitmap icon that clashes with the theme; a themed one replaces it.
        pane.getStylesheets().setAll(FailureDialog.class.getResource("failure-dialog.css").toExternalForm());
        pane.getStyleClass().add("error");
        FontIcon icon = new FontIcon(Feather.X_OCTAGON);
        icon.getStyleClass().add("failure-icon");
        pane.setGraphic(icon);
        owner().ifPresent(owner -> {
            dialog.initOwner(owner);
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        });
        dialog.setOnHidden(event -> open = false);
        open = true;
        dialog.show();
    }

    static String explanation(Throwable failure, Optional<Path> logFile) {
        String what = failure.getLocalizedMessage() == null
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getLocalizedMessage();
        return "The last action did not finish: an error happened that the app did not expect (" + what + ").\n\n"
                + "You may go on working. If something looks wrong, restart Backup Console.\n\n"
                + logFile.map(file -> "The details are in the log file:\n" + file)
                        .orElse("The details were written to the console: the app could not keep a log file.");
    }

    private static Optional<Window> owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst());
    }
}
