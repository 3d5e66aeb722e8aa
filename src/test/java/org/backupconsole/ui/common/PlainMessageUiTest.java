package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A banner shows the words it is given, brackets and all, and a title changed while it is shown. */
@ExtendWith(ApplicationExtension.class)
class PlainMessageUiTest {

    private PlainMessage message;

    @Start
    void start(Stage stage) {
        message = new PlainMessage();
        message.setTitle("Restore failed");
        stage.setScene(new Scene(new StackPane(message), 600, 200));
        stage.show();
    }

    @Test
    void wordsWithBracketsAndANewTitleAreShownAsTheyAre(FxRobot robot) {
        String said = "The Cloud API sent a response the app cannot read, at $.backups[0].id: expected a string.";
        robot.interact(() -> {
            message.setDescription(said);
            message.setTitle("Backups could not be loaded");
        });

        TextFlow description = robot.from(message).lookup(".description").queryAs(TextFlow.class);
        String shown = description.getChildren().stream().map(node -> ((Text) node).getText()).reduce("", String::concat);
        assertEquals(said, shown);
        assertEquals("Backups could not be loaded", robot.from(message).lookup(".title").queryAs(Label.class).getText());
        assertTrue(message.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("has-title")));
    }
}
