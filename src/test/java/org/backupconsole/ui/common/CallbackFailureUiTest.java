package org.backupconsole.ui.common;

import static org.backupconsole.testing.PageRobot.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.backupconsole.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * With the app's real executors (a background thread, then the FX thread): a callback that throws is logged
 * with its stack trace, its failure is shown, and the button it disabled comes back.
 */
@ExtendWith(ApplicationExtension.class)
class CallbackFailureUiTest {

    private final LogCapture log = LogCapture.of(UiExecutors.class);

    @Start
    void start(Stage stage) {
        UiExecutors executors = new UiExecutors(Executors.newSingleThreadExecutor(), Platform::runLater);
        Label error = new Label();
        error.setId("error");
        Command load = new Command(Bindings.createBooleanBinding(() -> true), done -> executors.call(() -> "rows",
                rows -> {
                    throw new IllegalStateException("the answer names a cluster the page does not have");
                }, failure -> error.setText(failure.message()), done));
        Button button = new Button("Load");
        button.disableProperty().bind(load.executableProperty().not());
        button.setOnAction(event -> load.execute());
        stage.setScene(new Scene(new VBox(button, error), 400, 200));
        stage.show();
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void theExceptionIsLoggedAndShownAndTheButtonComesBack(FxRobot robot) throws Exception {
        robot.clickOn("Load");

        waitFor(() -> !robot.lookup("#error").queryAs(Label.class).getText().isEmpty());
        assertTrue(robot.lookup("#error").queryAs(Label.class).getText()
                .contains("the answer names a cluster the page does not have"));
        LogRecord severe = log.records().stream().filter(r -> r.getLevel() == Level.SEVERE).findFirst().orElseThrow();
        assertEquals(IllegalStateException.class, severe.getThrown().getClass());
        waitFor(() -> !robot.lookup("Load").queryButton().isDisabled());
    }
}
