package org.backupconsole.ui.drills;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.backupconsole.engine.DrillOutcome;
import org.backupconsole.ui.common.CommandButtons;
import org.backupconsole.ui.common.ViewLoader;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The drill side panel: wiring between {@code DrillPanel.fxml} and its view model, judged again every second. */
public final class DrillPanelView {

    private final DrillPanelViewModel viewModel;
    private final Parent root;

    @FXML private Label title;
    @FXML private Label elapsed;
    @FXML private Label goal;
    @FXML private VBox checks;
    @FXML private VBox steps;
    @FXML private VBox hints;
    @FXML private Button hintButton;
    @FXML private Message resultText;
    @FXML private Label error;
    @FXML private Button closeButton;

    public DrillPanelView(DrillPanelViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
        Timeline judging = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.refresh()));
        judging.setCycleCount(Animation.INDEFINITE);
        judging.play();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        goal.textProperty().bind(viewModel.goalProperty());
        elapsed.textProperty().bind(Bindings.concat("Simulated time spent: ", viewModel.elapsedProperty()));
        viewModel.steps().addListener((ListChangeListener<String>) change -> showSteps());
        viewModel.checks().addListener((ListChangeListener<DrillOutcome>) change -> showChecks());
        viewModel.shownHints().addListener((ListChangeListener<String>) change -> showHints());
        hintButton.disableProperty().bind(viewModel.showHintCommand().executableProperty().not());
        hintButton.setOnAction(event -> viewModel.showHintCommand().execute());
        CommandButtons.bind(closeButton, viewModel.hideCommand());
        resultText.descriptionProperty().bind(viewModel.resultTextProperty());
        resultText.accessibleTextProperty().bind(viewModel.resultTextProperty());
        resultText.visibleProperty().bind(viewModel.resultProperty().isEqualTo(DrillResult.PASSED)
                .or(viewModel.resultProperty().isEqualTo(DrillResult.FAILED)));
        resultText.managedProperty().bind(resultText.visibleProperty());
        viewModel.resultProperty().addListener((obs, old, result) -> showResult(result));
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(viewModel.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
    }

    /** The panel for the window's right side: shown only while a drill is open. */
    public Parent sidePanel() {
        root.visibleProperty().bind(viewModel.panelShownProperty());
        root.managedProperty().bind(root.visibleProperty());
        return root;
    }

    /** For the header: opens the hidden panel of the drill under way; shown only while there is one to open. */
    public Button reopenButton() {
        Button reopen = new Button("Drill", new FontIcon("fth-target"));
        reopen.getStyleClass().add("button-outlined");
        reopen.setMinWidth(Region.USE_PREF_SIZE);
        reopen.setAccessibleText("Show the drill's steps and checks again");
        CommandButtons.bind(reopen, viewModel.reopenCommand());
        reopen.visibleProperty().bind(viewModel.reopenCommand().executableProperty());
        reopen.managedProperty().bind(reopen.visibleProperty());
        return reopen;
    }

    private void showSteps() {
        steps.getChildren().clear();
        int number = 1;
        for (String step : viewModel.steps()) {
            steps.getChildren().add(wrapped(number++ + ".  " + step, "drill-step"));
        }
    }

    private void showChecks() {
        checks.getChildren().clear();
        for (DrillOutcome outcome : viewModel.checks()) {
            FontIcon icon = new FontIcon(switch (outcome.state()) {
                case MET -> Feather.CHECK_CIRCLE;
                case BROKEN -> Feather.X_CIRCLE;
                case PENDING -> Feather.CIRCLE;
            });
            icon.getStyleClass().add("check-" + outcome.state().name().toLowerCase(java.util.Locale.ROOT));
            Label says = wrapped(outcome.says(), "check-says");
            Label detail = wrapped(outcome.detail(), "check-detail");
            VBox text = new VBox(2, says, detail);
            HBox line = new HBox(8, icon, text);
            line.setAccessibleText(outcome.says() + ": " + outcome.state().name().toLowerCase(java.util.Locale.ROOT)
                    + ". " + outcome.detail());
            line.getStyleClass().add("drill-check");
            checks.getChildren().add(line);
        }
    }

    private void showHints() {
        hints.getChildren().clear();
        viewModel.shownHints().forEach(hint -> hints.getChildren().add(wrapped(hint, "drill-hint")));
    }

    private void showResult(DrillResult result) {
        resultText.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (result == DrillResult.PASSED) {
            resultText.getStyleClass().add(Styles.SUCCESS);
            resultText.setGraphic(new FontIcon(Feather.AWARD));
        } else if (result == DrillResult.FAILED) {
            resultText.getStyleClass().add(Styles.DANGER);
            resultText.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        }
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
