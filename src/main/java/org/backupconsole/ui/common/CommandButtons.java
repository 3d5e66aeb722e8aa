package org.backupconsole.ui.common;

import javafx.scene.control.Button;

/** Ties a button to a command: it runs the command, and is disabled while the command cannot run. */
public final class CommandButtons {

    private CommandButtons() {
    }

    public static void bind(Button button, Command command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(event -> command.execute());
    }
}
