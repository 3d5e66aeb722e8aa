package org.backupconsole.ui.shell;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;

import org.backupconsole.ui.restore.Announcement;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows announcements as ControlsFX toasts in the window's lower right corner, over whatever page is shown. A
 * failure stays longer: it says what to do, and the page's banner keeps it once the toast has gone.
 */
final class Toasts {

    private static final Duration SUCCESS_SHOWN = Duration.seconds(8);
    private static final Duration FAILURE_SHOWN = Duration.seconds(30);

    private Toasts() {
    }

    static void show(Window window, Announcement news) {
        FontIcon icon = new FontIcon(news.success() ? Feather.CHECK_CIRCLE : Feather.X_OCTAGON);
        icon.getStyleClass().add(news.success() ? "toast-success-icon" : "toast-danger-icon");
        Notifications.create()
                .owner(window)
                .position(Pos.BOTTOM_RIGHT)
                .title(news.title())
                .text(news.message())
                .graphic(icon)
                .styleClass("toast", news.success() ? "toast-success" : "toast-danger")
                .hideAfter(news.success() ? SUCCESS_SHOWN : FAILURE_SHOWN)
                .show();
    }
}
