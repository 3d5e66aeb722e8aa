package org.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.backupconsole.testing.LogCapture;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.ui.common.FieldProblems;
import org.backupconsole.ui.common.Theme;
import org.backupconsole.ui.restore.Announcement;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every ControlsFX control the app uses, shown and opened in each theme with the app's stylesheet: ControlsFX's
 * stylesheets look up Modena's colour names, and one the app does not map makes JavaFX log a CSS warning and draw
 * the control without that colour.
 */
@ExtendWith(ApplicationExtension.class)
class ControlsFxThemesUiTest {

    private final LogCapture css = LogCapture.named("javafx.css");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void detach() {
        css.close();
        Theme.LIGHT.apply();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theControlsDrawWithoutACssWarning(Theme theme, FxRobot robot) throws Exception {
        SearchableComboBox<String> picker = new SearchableComboBox<>(FXCollections.observableArrayList("demo-basic", "demo-advanced"));
        picker.setId("picker");
        CheckComboBox<String> types = new CheckComboBox<>(FXCollections.observableArrayList("Full", "Incremental"));
        types.setId("types");
        TextField field = new TextField("25:99");
        StatusBar status = new StatusBar();
        status.setText("Retry 2 of 4 in 3 s: rate limited.");
        robot.interact(() -> {
            theme.apply();
            new FieldProblems().error(field, new SimpleStringProperty("\"25:99\" is not a time of day."));
            Scene scene = new Scene(new VBox(12, picker, types, field, status), 640, 400);
            scene.getStylesheets().add(ShellView.class.getResource("app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });

        robot.clickOn("#picker");
        robot.write("adv");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(picker::hide);
        robot.interact(types::show);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(types::hide);
        robot.interact(() -> Toasts.show(stage, new Announcement(false, "Restore failed", "The restore failed.")));
        Region toast = (Region) PageRobot.waitForShown(robot, ".notification-bar > .pane");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> warnings = css.records().stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogRecord::getMessage).toList();
        assertEquals(List.of(), warnings, theme + " theme");
        assertNotNull(toast.getBackground(), "the toast has the theme's background");
    }
}
