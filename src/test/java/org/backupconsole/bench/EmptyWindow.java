package org.backupconsole.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The startup baseline: an empty JavaFX window of the app's size that prints when it has been shown, the
 * way the app's --exit-when-ready does. Run by jlink/measure-startup.sh.
 */
public final class EmptyWindow {

    /** {@code DesktopApp.WIDTH} and {@code HEIGHT}, written out: the measurement runs without the app's classes. */
    static final int WIDTH = 1360;
    static final int HEIGHT = 860;

    private EmptyWindow() {
    }

    private static long residentKiB() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        showAndReport(StackPane::new);
    }

    /** Starts the toolkit, shows the window with what {@code content} builds on the FX thread, and says when. */
    static void showAndReport(Supplier<Parent> content) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(content.get(), WIDTH, HEIGHT));
            stage.show();
            Platform.runLater(() -> {
                System.out.println("ready at " + System.currentTimeMillis());
                System.out.println("resident at ready " + residentKiB() + " KiB");
                // Read again once the first frames are drawn, as the app's --exit-when-ready does.
                PauseTransition settle = new PauseTransition(Duration.seconds(1));
                settle.setOnFinished(event -> {
                    System.out.println("resident a second after ready " + residentKiB() + " KiB");
                    Platform.exit();
                });
                settle.play();
            });
        });
    }
}
