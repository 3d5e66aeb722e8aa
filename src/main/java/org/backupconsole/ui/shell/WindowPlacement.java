package org.backupconsole.ui.shell;

import java.util.Optional;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Remembers where the main window was and how big, across runs. A saved place that no screen shows any more
 * (a monitor was unplugged) is ignored, so the window never opens out of sight; a saved size, or the first
 * window's size, that its screen cannot hold with a window frame (a laptop's, after a large monitor) opens
 * maximized on that screen, and a saved place is moved within it, so the window never opens with its edges or its
 * buttons off the screen, nor shrunk to its minimum by the window manager.
 */
public final class WindowPlacement {

    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    /** Room for a window's title bar and borders, more than common window managers take. */
    private static final double FRAME_ROOM = 48;

    private final Preferences store;

    public WindowPlacement(Preferences store) {
        this.store = store;
    }

    /** Puts the stage where it was last closed, and saves its place whenever it is closed again. */
    public void remember(Stage stage) {
        Optional<Rectangle2D> wanted = saved().filter(bounds -> screenShowing(bounds).isPresent());
        Rectangle2D screen = wanted.flatMap(WindowPlacement::screenShowing)
                .orElseGet(() -> Screen.getPrimary().getVisualBounds());
        wanted.ifPresent(bounds -> {
            Rectangle2D within = within(screen, bounds);
            stage.setX(within.getMinX());
            stage.setY(within.getMinY());
            stage.setWidth(within.getWidth());
            stage.setHeight(within.getHeight());
        });
        stage.setMaximized(store.getBoolean(MAXIMIZED, false));
        // The size asked for is the saved one or else the scene's, which is set only after this call.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, event -> {
            double width = wanted.map(Rectangle2D::getWidth).orElseGet(() -> stage.getScene().getWidth());
            double height = wanted.map(Rectangle2D::getHeight).orElseGet(() -> stage.getScene().getHeight());
            if (!holds(screen, width, height)) {
                stage.setMaximized(true);
            }
        });
        stage.setOnHiding(event -> save(stage));
    }

    /**
     * Whether the screen holds a window of this size with its frame: the frame's size is known only once the window
     * is shown, and a window manager given a window its screen cannot hold shrinks it to its minimum size.
     */
    private static boolean holds(Rectangle2D screen, double width, double height) {
        return width + FRAME_ROOM <= screen.getWidth() && height + FRAME_ROOM <= screen.getHeight();
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

    /** The visual bounds of the screen that shows the place's top left corner, if one does. */
    private static Optional<Rectangle2D> screenShowing(Rectangle2D bounds) {
        return Screen.getScreens().stream().map(Screen::getVisualBounds)
                .filter(screen -> screen.contains(bounds.getMinX() + Math.min(40, bounds.getWidth() / 2),
                        bounds.getMinY() + 10))
                .findFirst();
    }

    /** The place moved and cut to lie within the screen: where a maximized window goes back to. */
    private static Rectangle2D within(Rectangle2D screen, Rectangle2D bounds) {
        double width = Math.min(bounds.getWidth(), screen.getWidth());
        double height = Math.min(bounds.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(bounds.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(bounds.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }
}
