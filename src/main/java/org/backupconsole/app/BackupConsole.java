package org.backupconsole.app;

import java.util.concurrent.CompletableFuture;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application the toolkit is launched with, for its name: JavaFX names its windows' class (X11's
 * WM_CLASS) after the launched application's class, and the desktop entry's StartupWMClass names this one, so
 * that the window docks under the app's own icon. Platform.startup would leave the class "java". Its start only
 * says the toolkit is up; {@link DesktopApp} opens the window.
 */
public final class BackupConsole extends Application {

    static final CompletableFuture<Void> STARTED = new CompletableFuture<>();
    /** Completed once the toolkit has ended, or could not start. */
    static final CompletableFuture<Void> STOPPED = new CompletableFuture<>();

    @Override
    public void start(Stage unused) {
        STARTED.complete(null);
    }
}
