package org.backupconsole.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import atlantafx.base.controls.Breadcrumbs;
import atlantafx.base.controls.Message;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.backupconsole.ui.common.FieldProblems;
import org.backupconsole.ui.restore.Announcement;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.decoration.Decorator;

/**
 * Shows each ControlsFX and AtlantaFX control the app uses, once the window is up: the packaged-app test runs it
 * in the linked image, where a module the image lacks or a resource a module does not open fails, as they do not
 * on the test class path. The window's own controls are looked for and opened; a toast, a message, breadcrumbs
 * and a marked field are shown as the app shows them.
 */
public final class ControlsSelfCheck {

    private ControlsSelfCheck() {
    }

    /**
     * Shows the controls, then reports which were shown, or which failed, once ValidationSupport (which marks
     * fields a pulse or more later) has marked its field or two seconds have passed. Throws when a control is missing.
     */
    public static void run(Stage window, Consumer<String> report) {
        List<Node> nodes = descendants(window.getScene().getRoot()).toList();
        List<String> shown = new ArrayList<>();
        for (Class<?> type : List.of(SearchableComboBox.class, CheckComboBox.class, StatusBar.class)) {
            if (nodes.stream().noneMatch(type::isInstance)) {
                throw new IllegalStateException("The window has no " + type.getSimpleName() + ".");
            }
            shown.add(type.getSimpleName());
        }
        nodes.stream().filter(SearchableComboBox.class::isInstance).map(SearchableComboBox.class::cast).findFirst()
                .ifPresent(picker -> {
                    picker.show();
                    picker.hide();
                });
        nodes.stream().filter(CheckComboBox.class::isInstance).map(CheckComboBox.class::cast).findFirst()
                .ifPresent(checks -> {
                    checks.show();
                    checks.hide();
                });
        // The page's messages and breadcrumbs join its scene only when first needed: the self-check shows its own.
        Message message = new Message("Self-check", "The app shows messages.");
        Breadcrumbs<String> steps = new Breadcrumbs<>(Breadcrumbs.buildTreeModel("Backups", "Self-check"));
        shown.add("Message");
        shown.add("Breadcrumbs");
        Toasts.show(window, new Announcement(true, "Self-check", "The app shows toasts."));
        shown.add("Notifications");
        TextField field = new TextField();
        Stage form = new Stage();
        form.initOwner(window);
        Scene scene = new Scene(new VBox(8, message, steps, field), 360, 200);
        scene.getStylesheets().addAll(window.getScene().getStylesheets());
        form.setScene(scene);
        form.show();
        new FieldProblems().error(field, new SimpleStringProperty("The self-check marks this field."));
        // ValidationSupport marks a field once its value changes, as when someone types.
        field.setText("typed");
        shown.add("ValidationSupport");
        long giveUpAt = System.nanoTime() + 2_000_000_000L;
        Timeline waiting = new Timeline();
        waiting.getKeyFrames().add(new KeyFrame(Duration.millis(50), event -> {
            boolean marked = Decorator.getDecorations(field) != null && !Decorator.getDecorations(field).isEmpty();
            if (marked || System.nanoTime() > giveUpAt) {
                waiting.stop();
                form.close();
                report.accept(marked ? "self-check passed: " + String.join(", ", shown)
                        : "self-check failed: ValidationSupport did not mark the field.");
            }
        }));
        waiting.setCycleCount(Animation.INDEFINITE);
        waiting.play();
    }

    private static Stream<Node> descendants(Node node) {
        return node instanceof Parent parent
                ? Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(ControlsSelfCheck::descendants))
                : Stream.of(node);
    }
}
