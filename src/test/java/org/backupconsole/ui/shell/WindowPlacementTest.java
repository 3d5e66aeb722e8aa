package org.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The main window opens where and as big as it was when it was last closed, and always within its screen. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    private final Preferences store = Preferences.userRoot().node("backup-console-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        store.removeNode();
    }

    @Test
    void aClosedWindowReopensWithItsSizeAndPlace(FxRobot robot) {
        WindowPlacement placement = new WindowPlacement(store);
        robot.interact(() -> {
            Stage first = stage();
            placement.remember(first);
            first.show();
            first.setX(120);
            first.setY(90);
            first.setWidth(1010);
            first.setHeight(640);
            first.close();
        });

        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = stage();
            new WindowPlacement(store).remember(second[0]);
            second[0].show();
        });

        assertEquals(120, second[0].getX());
        assertEquals(90, second[0].getY());
        assertEquals(1010, second[0].getWidth());
        assertEquals(640, second[0].getHeight());
        robot.interact(second[0]::close);
    }

    @Test
    void aPlaceNoScreenShowsIsIgnored(FxRobot robot) {
        Stage stage = shownWithSavedPlace(robot, new Rectangle2D(90_000, 90_000, 800, 600));

        assertEquals(300, stage.getWidth(), "the scene's own size, not the saved one");
        robot.interact(stage::close);
    }

    @Test
    void aSavedSizeLargerThanTheScreenOpensMaximized(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage stage = shownWithSavedPlace(robot, new Rectangle2D(screen.getMinX() + 100, screen.getMinY() + 50,
                screen.getWidth() + 800, screen.getHeight() + 600));

        assertTrue(stage.isMaximized(), "the screen cannot hold the saved size: the window fills it");
        assertWithin(screen, stage);
        robot.interact(stage::close);
    }

    @Test
    void aSavedSizeOfTheWholeScreenOpensMaximizedSinceItsFrameWouldNotFit(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage stage = shownWithSavedPlace(robot, new Rectangle2D(screen.getMinX() + 120, screen.getMinY() + 40,
                screen.getWidth(), screen.getHeight()));

        assertTrue(stage.isMaximized());
        assertWithin(screen, stage);
        robot.interact(stage::close);
    }

    private Stage shownWithSavedPlace(FxRobot robot, Rectangle2D place) {
        store.putDouble("x", place.getMinX());
        store.putDouble("y", place.getMinY());
        store.putDouble("width", place.getWidth());
        store.putDouble("height", place.getHeight());
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = stage();
            new WindowPlacement(store).remember(stage[0]);
            stage[0].show();
        });
        return stage[0];
    }

    @Test
    void aFirstWindowLargerThanTheScreenOpensMaximized(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage[] stage = new Stage[1];

        robot.interact(() -> {
            stage[0] = new Stage();
            new WindowPlacement(store).remember(stage[0]);
            stage[0].setScene(new Scene(new Pane(), screen.getWidth() + 400, screen.getHeight() + 300));
            stage[0].show();
        });

        assertTrue(stage[0].isMaximized(), "the screen cannot hold the scene: the window fills it");
        assertWithin(screen, stage[0]);
        robot.interact(stage[0]::close);
    }

    private static void assertWithin(Rectangle2D screen, Stage stage) {
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        assertTrue(screen.contains(window), "the window " + window + " is within the screen " + screen);
    }

    private static Stage stage() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new Pane(), 300, 200));
        return stage;
    }
}
