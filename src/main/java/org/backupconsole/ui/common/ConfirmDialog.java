package org.backupconsole.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks a {@link Confirmation} in a modal window; Cancel has the focus, so Enter never confirms by accident. */
public final class ConfirmDialog {

    private ConfirmDialog() {
    }

    /** Shows the question and returns at once; {@code confirmed} runs if the user confirms. */
    public static void ask(Window owner, Confirmation confirmation, Runnable confirmed) {
        ButtonType confirm = new ButtonType(confirmation.confirm(), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, confirmation.consequence(), ButtonType.CANCEL, confirm);
        alert.initOwner(owner);
        alert.setTitle(confirmation.question());
        alert.setHeaderText(confirmation.question());
        alert.getDialogPane().getStyleClass().add("confirm-dialog");
        alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setDefaultButton(false);
        confirmButton.getStyleClass().add("danger");
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancelButton.setDefaultButton(true);
        alert.setOnShown(event -> cancelButton.requestFocus());
        alert.resultProperty().addListener((obs, old, answer) -> {
            if (answer == confirm) {
                confirmed.run();
            }
        });
        alert.show();
    }
}
