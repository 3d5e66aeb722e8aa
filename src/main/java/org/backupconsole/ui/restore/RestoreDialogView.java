package org.backupconsole.ui.restore;

import static org.backupconsole.ui.common.Visibility.showOnlyIf;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backupconsole.ui.common.DialogWindow;
import org.backupconsole.ui.common.FieldProblems;
import org.backupconsole.ui.common.IconLines;
import org.backupconsole.ui.common.ViewLoader;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Restore dialog, a destructive action: Cancel has the focus, Enter never confirms, Escape cancels, and
 * Restore stays disabled until the target cluster's name is typed.
 */
public final class RestoreDialogView {

    private final RestoreDialogViewModel viewModel;
    private final Parent root;

    @FXML private Label title;
    @FXML private GridPane details;
    @FXML private ComboBox<RestoreTarget> targetPicker;
    @FXML private VBox targetNow;
    @FXML private Label targetStatus;
    @FXML private HBox targetActions;
    @FXML private Button checkAgainButton;
    @FXML private Button emptyFirstButton;
    @FXML private VBox options;
    @FXML private HBox newDatabaseRow;
    @FXML private TextField newDatabaseName;
    @FXML private HBox intoDatabaseRow;
    @FXML private TextField intoDatabase;
    @FXML private FlowPane dependencyRow;
    @FXML private CheckBox skipMissingForeignKeys;
    @FXML private CheckBox skipMissingSequences;
    @FXML private CheckBox skipMissingViews;
    @FXML private CheckBox skipLocalitiesCheck;
    @FXML private CheckBox schemaOnly;
    @FXML private VBox consequences;
    @FXML private VBox contentsBox;
    @FXML private HBox lossTimeline;
    @FXML private Label lossFrom;
    @FXML private Label lossSpan;
    @FXML private Label lossTo;
    @FXML private VBox contentsChanges;
    @FXML private Label confirmPrompt;
    @FXML private TextField confirmation;
    @FXML private Label problem;
    @FXML private Label errorMessage;
    @FXML private Button cancelButton;
    @FXML private Button restoreButton;

    public RestoreDialogView(RestoreDialogViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Stage showOver(Window owner) {
        return DialogWindow.open(owner, root, "Restore", viewModel.finishedProperty(), viewModel::cancel, cancelButton);
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        int line = 0;
        for (RestoreDialogViewModel.Detail detail : viewModel.details()) {
            Label label = new Label(detail.label());
            label.getStyleClass().add("detail-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(label, VPos.TOP);
            Label value = new Label(detail.value());
            value.getStyleClass().add("detail-value");
            value.setWrapText(true);
            details.addRow(line++, label, value);
        }

        targetPicker.setItems(viewModel.targets());
        targetPicker.setCellFactory(list -> new TargetCell());
        targetPicker.setButtonCell(new TargetCell());
        targetPicker.valueProperty().bindBidirectional(viewModel.targetProperty());

        bindTargetCheck();

        showOnlyIf(options, viewModel.offersOptions());
        showOnlyIf(newDatabaseRow, viewModel.offersNewDatabaseName());
        showOnlyIf(intoDatabaseRow, viewModel.offersIntoDatabase());
        showOnlyIf(dependencyRow, viewModel.offersDependencyOptions());
        showOnlyIf(schemaOnly, viewModel.offersDependencyOptions());
        showOnlyIf(skipLocalitiesCheck, viewModel.offersLocalitiesCheck());
        newDatabaseName.textProperty().bindBidirectional(viewModel.newDatabaseNameProperty());
        intoDatabase.textProperty().bindBidirectional(viewModel.intoDatabaseProperty());
        new FieldProblems().error(newDatabaseName, viewModel.newDatabaseNameProblemProperty())
                .error(intoDatabase, viewModel.intoDatabaseProblemProperty());
        skipMissingForeignKeys.selectedProperty().bindBidirectional(viewModel.skipMissingForeignKeysProperty());
        skipMissingSequences.selectedProperty().bindBidirectional(viewModel.skipMissingSequencesProperty());
        skipMissingViews.selectedProperty().bindBidirectional(viewModel.skipMissingViewsProperty());
        skipLocalitiesCheck.selectedProperty().bindBidirectional(viewModel.skipLocalitiesCheckProperty());
        schemaOnly.selectedProperty().bindBidirectional(viewModel.schemaOnlyProperty());

        IconLines.show(viewModel.consequences(), consequences, said -> said.kind() == Consequence.Kind.LOSS
                ? new IconLines.Look(said.text(), Feather.X_CIRCLE, "consequence")
                : new IconLines.Look(said.text(), Feather.INFO, "consequence-neutral"));

        IconLines.show(viewModel.contentsChanges(), contentsChanges, change -> switch (change.kind()) {
            case COMES_BACK -> new IconLines.Look(change.text(), Feather.PLUS_CIRCLE, "comes-back");
            case REPLACED -> new IconLines.Look(change.text(), Feather.REFRESH_CW, "replaced");
            case DISAPPEARS -> new IconLines.Look(change.text(), Feather.MINUS_CIRCLE, "disappears");
            case NOTE -> new IconLines.Look(change.text(), Feather.INFO, "consequence-neutral");
        });
        viewModel.lossWindowProperty().addListener((obs, old, window) -> showLossWindow(window));
        showLossWindow(viewModel.lossWindowProperty().get());
        contentsBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.contentsChanges()));
        contentsBox.managedProperty().bind(contentsBox.visibleProperty());

        confirmation.textProperty().bindBidirectional(viewModel.confirmationProperty());
        viewModel.targetProperty().addListener((obs, old, target) -> showConfirmPrompt());
        showConfirmPrompt();
        problem.textProperty().bind(viewModel.problemProperty());
        errorMessage.textProperty().bind(viewModel.errorMessageProperty());
        errorMessage.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        errorMessage.managedProperty().bind(errorMessage.visibleProperty());

        restoreButton.textProperty().bind(viewModel.restoreLabelProperty());
        restoreButton.disableProperty().bind(viewModel.restoreCommand().executableProperty().not());
        cancelButton.disableProperty().bind(viewModel.restoreCommand().runningProperty());
        // Enter must never confirm a destructive action, whichever control has the focus.
        for (Node control : List.of(confirmation, restoreButton, cancelButton)) {
            control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    event.consume();
                }
            });
        }
    }


    private void bindTargetCheck() {
        TargetCheck check = viewModel.targetCheck();
        targetStatus.textProperty().bind(check.statusProperty());
        targetNow.visibleProperty().bind(check.statusProperty().isNotEmpty());
        targetNow.managedProperty().bind(targetNow.visibleProperty());
        checkAgainButton.visibleProperty().bind(check.errorProperty().isNotEmpty());
        checkAgainButton.managedProperty().bind(checkAgainButton.visibleProperty());
        emptyFirstButton.visibleProperty().bind(viewModel.emptyFirstOfferedProperty());
        emptyFirstButton.managedProperty().bind(emptyFirstButton.visibleProperty());
        emptyFirstButton.textProperty().bind(Bindings.createStringBinding(
                () -> "Empty " + viewModel.targetProperty().get().cluster().name() + " first…", viewModel.targetProperty()));
        targetActions.visibleProperty().bind(checkAgainButton.visibleProperty().or(emptyFirstButton.visibleProperty()));
        targetActions.managedProperty().bind(targetActions.visibleProperty());
    }

    @FXML
    private void checkAgain() {
        viewModel.targetCheck().checkAgain();
    }

    @FXML
    private void emptyFirst() {
        viewModel.emptyFirstDialog().ifPresent(dialog -> new EmptyClusterView(dialog).showOver(root.getScene().getWindow()));
    }

    private void showConfirmPrompt() {
        String name = viewModel.targetProperty().get().cluster().name();
        confirmPrompt.setText("Type " + name + " to confirm");
        confirmation.setAccessibleText("Type the target cluster's name, " + name + ", to confirm");
    }

    private void showLossWindow(LossWindow window) {
        showOnlyIf(lossTimeline, window != null);
        lossFrom.setText(window == null ? "" : window.from());
        lossSpan.setText(window == null ? "" : window.lost());
        lossTo.setText(window == null ? "" : window.to());
        lossTimeline.setAccessibleText(window == null ? null
                : "From " + window.from() + " to " + window.to() + ": " + window.lost() + ".");
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void restore() {
        viewModel.restoreCommand().execute();
    }

    /** A target in the list: disabled, with its reason, when it cannot take the restore. */
    private static final class TargetCell extends ListCell<RestoreTarget> {
        @Override
        protected void updateItem(RestoreTarget target, boolean empty) {
            super.updateItem(target, empty);
            setText(empty || target == null ? null : target.label());
            setDisable(!empty && target != null && !target.selectable());
        }
    }
}
