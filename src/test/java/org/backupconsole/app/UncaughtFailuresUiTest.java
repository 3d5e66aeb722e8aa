package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backupconsole.testing.PageRobot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.backupconsole.testing.Screenshots;
import org.backupconsole.ui.common.Theme;

/** An exception thrown in an event handler is logged with its stack trace and shown, naming the log file. */
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresUiTest {

    private static final String NL = System.lineSeparator();

    @RegisterExtension
    final TemporaryLogging logging = new TemporaryLogging();
    private Thread.UncaughtExceptionHandler defaultHandler;
    private Thread.UncaughtExceptionHandler fxThreadHandler;
    private Path logFile;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Button button = new Button("Break");
        button.setOnAction(event -> {
            throw new IllegalStateException("the Break button's handler failed");
        });
        Theme.LIGHT.apply();
        Scene scene = new Scene(new StackPane(button), 640, 420);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void installTheHandlers() throws Exception {
        logFile = logging.start(LogLevel.INFO, "backup-console");
        defaultHandler = Thread.getDefaultUncaughtExceptionHandler();
        WaitForAsyncUtils.asyncFx(() -> {
            fxThreadHandler = Thread.currentThread().getUncaughtExceptionHandler();
            UncaughtFailures.install(Optional.of(logFile));
        }).get();
    }

    @AfterEach
    void restoreTheHandlers() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
            Thread.currentThread().setUncaughtExceptionHandler(fxThreadHandler);
            Theme.LIGHT.apply();
        }).get();
        Thread.setDefaultUncaughtExceptionHandler(defaultHandler);
    }

    @Test
    void anExceptionInAHandlerIsLoggedWithItsStackTraceAndShownWithTheLogFile(FxRobot robot) throws Exception {
        robot.clickOn("Break");
        DialogPane dialog = waitForTheDialog(robot);

        assertEquals("Something went wrong", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("IllegalStateException: the Break button's handler failed"),
                dialog.getContentText());
        assertTrue(dialog.getContentText().contains("You may go on working."), dialog.getContentText());
        assertTrue(dialog.getContentText().endsWith("The details are in the log file:\n" + logFile),
                dialog.getContentText());
        assertTrue(background(dialog).getBrightness() > 0.9, "the light theme, was " + background(dialog));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(dialog, "failure-dialog")).get();

        String log = logging.read(logFile);
        assertTrue(log.contains("SEVERE org.backupconsole.app.UncaughtFailures: Uncaught exception on thread "
                + "\"JavaFX Application Thread\"" + NL + "java.lang.IllegalStateException: the Break button's handler failed"
                + NL + "\tat org.backupconsole.app.UncaughtFailuresUiTest.lambda$start$"), log);
    }

    @Test
    void manyFailuresAtOnceOpenOneDialogAndAreAllLogged(FxRobot robot) throws Exception {
        for (int i = 1; i <= 3; i++) {
            String message = "failure " + i + " of 3";
            Platform.runLater(() -> {
                throw new IllegalArgumentException(message);
            });
        }
        waitForTheDialog(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, robot.lookup(".exception-dialog").queryAll().size());
        String log = logging.read(logFile);
        for (int i = 1; i <= 3; i++) {
            assertTrue(log.contains("java.lang.IllegalArgumentException: failure " + i + " of 3"), log);
        }
    }

    @Test
    void theDialogTakesTheDarkThemeAndShowsTheStackTraceOnRequest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(Theme.DARK::apply).get();
        // The new theme is laid out on the next pulses; the robot reads the button's text layout off the FX thread.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Break");
        DialogPane dialog = waitForTheDialog(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(background(dialog).getBrightness() < 0.2, "the dark theme, was " + background(dialog));
        robot.clickOn("Show Details");
        WaitForAsyncUtils.waitForFxEvents();
        String trace = robot.lookup(".exception-dialog .text-area").queryAs(TextArea.class).getText();
        assertTrue(trace.startsWith("java.lang.IllegalStateException: the Break button's handler failed"), trace);
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(dialog, "failure-dialog-dark")).get();
    }

    private static Color background(DialogPane dialog) {
        return (Color) dialog.getBackground().getFills().get(0).getFill();
    }

    private static DialogPane waitForTheDialog(FxRobot robot) throws Exception {
        PageRobot.waitFor(() -> robot.lookup(".exception-dialog").tryQuery().isPresent());
        return robot.lookup(".exception-dialog").queryAs(DialogPane.class);
    }
}
