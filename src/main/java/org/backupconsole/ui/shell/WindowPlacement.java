package org.backupconsole.ui.shell;

import java.util.Optional;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers where the main window was and how big, across runs. A saved place that no screen shows any more
 * (a monitor was unplugged) is ignored, so the window never opens out of sight.
 */
public final class WindowPlacement {

    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";

    private final Preferences store;

    public WindowPlacement(Preferences store) {
        this.store = store;
    }

    /** Puts the stage where it was last closed, and saves its place whenever it is closed again. */
    public void remember(Stage stage) {
        saved().filter(WindowPlacement::onSomeScreen).ifPresent(bounds -> {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        });
        stage.setMaximized(store.getBoolean(MAXIMIZED, false));
        stage.setOnHiding(event -> save(stage));
    }

    Optional<Rectangle2D> saved() {
        double width = store.getDouble(WIDTH, -1);
        double height = store.getDouble(HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(store.getDouble(X, 0), store.getDouble(Y, 0), width, height));
    }

    void save(Stage stage) {
        store.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            store.putDouble(X, stage.getX());
            store.putDouble(Y, stage.getY());
            store.putDouble(WIDTH, stage.getWidth());
            store.putDouble(HEIGHT, stage.getHeight());
        }
    }

    private static boolean onSomeScreen(Rectangle2D bounds) {
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().contains(
                bounds.getMinX() + Math.min(40, bounds.getWidth() / 2), bounds.getMinY() + 10));
    }
}
