package org.backupconsole.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.PageState;
import org.backupconsole.ui.shell.ControlsSelfCheck;

/**
 * Prints the wall-clock time (epoch milliseconds) at which the Backup Recovery page first shows what it loaded,
 * its backups or that there are none (an organization without clusters, a cluster without backups), then closes
 * the window. The caller that launched the process subtracts its own start time: the JVM cannot know when it was
 * launched to the millisecond. Used by the startup measurements and the packaged-app smoke test.
 */
final class StartupProbe {

    private static final Logger LOG = Logger.getLogger(StartupProbe.class.getName());
    private static final Duration SETTLE = Duration.seconds(1);

    private StartupProbe() {
    }

    /** The process's resident memory (Linux: VmRSS of /proc/self/status); empty elsewhere. */
    static Optional<Long> residentKiB() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            LOG.log(Level.FINE, "No resident memory figure on this system", e);
            return Optional.empty();
        }
    }

    /** With {@code selfCheck}, the controls are shown once the page is, and what was shown is printed too. */
    static void closeWhenInteractive(BackupRecoveryViewModel page, Stage stage, boolean selfCheck) {
        closeWhenInteractive(page, stage, selfCheck, System.out::println);
    }

    static void closeWhenInteractive(BackupRecoveryViewModel page, Stage stage, boolean selfCheck, Consumer<String> say) {
        page.stateProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends PageState> obs, PageState old,
                                PageState state) {
                if (state == PageState.READY || state == PageState.EMPTY) {
                    obs.removeListener(this);
                    // After what is already queued, so that the rows are in the scene: the frame that shows them
                    // is drawn next, on the renderer's thread, and its memory is read a second later.
                    Platform.runLater(() -> report(stage, selfCheck, say));
                }
            }
        });
    }

    /**
     * The first frames are drawn on the renderer's thread after the page is ready, and what they hold (the window's
     * back buffer, the theme's cached backgrounds) is resident only then: a second later, the memory is read again,
     * as the startup baselines do, before the window closes.
     */
    private static void closeSettled(Stage stage, boolean measured, Consumer<String> say) {
        if (!measured) {
            stage.close();
            return;
        }
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(event -> {
            residentKiB().ifPresent(kib -> say.accept("resident a second after ready " + kib + " KiB"));
            stage.close();
        });
        settle.play();
    }

    private static void report(Stage stage, boolean selfCheck, Consumer<String> say) {
        say.accept("ready at " + System.currentTimeMillis());
        Optional<Long> atReady = residentKiB();
        atReady.ifPresent(kib -> say.accept("resident at ready " + kib + " KiB"));
        if (!selfCheck) {
            closeSettled(stage, atReady.isPresent(), say);
            return;
        }
        try {
            ControlsSelfCheck.run(stage, said -> {
                say.accept(said);
                stage.close();
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The self-check failed.", e);
            say.accept("self-check failed: " + e.getMessage());
            stage.close();
        }
    }
}
