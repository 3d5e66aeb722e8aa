package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The searchable picker around ControlsFX's known bugs: typing a search never hands the view model a null or the
 * same item again (controlsfx#1413), and the view model's list can be cleared and refilled under a filtered,
 * chosen item without an exception (controlsfx#1320).
 */
@ExtendWith(ApplicationExtension.class)
class SearchablePickerUiTest {

    private final ObservableList<String> clusters = FXCollections.observableArrayList("demo-basic", "demo-advanced", "advanced-dr");
    private final SimpleObjectProperty<String> chosen = new SimpleObjectProperty<>("demo-basic");
    private final List<String> choices = new ArrayList<>();
    private final List<Throwable> thrown = new ArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        SearchableComboBox<String> picker = new SearchableComboBox<>();
        picker.setId("picker");
        SearchablePicker.bind(picker, clusters, chosen, name -> name, String::equals);
        chosen.addListener((obs, old, now) -> choices.add(now));
        stage.setScene(new Scene(new StackPane(picker), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
    }

    @Test
    void typingASearchAndChoosingHandsOverOneChoice(FxRobot robot) {
        robot.clickOn("#picker").write("dr");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("advanced-dr"), choices, "no null, no demo-basic again, while the search was typed");
    }

    @Test
    void theListCanBeClearedAndRefilledUnderAFilteredChoice(FxRobot robot) {
        robot.clickOn("#picker").write("demo");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            clusters.clear();
            clusters.setAll("demo-basic", "sandbox-basic");
        });
        robot.interact(() -> robot.lookup("#picker").queryAs(SearchableComboBox.class).hide());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), thrown);
        assertEquals("demo-basic", chosen.get());
        assertEquals(List.of(), choices, "refilling the list chose nothing");
    }
}
