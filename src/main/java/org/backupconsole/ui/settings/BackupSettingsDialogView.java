package org.backupconsole.ui.settings;

import static org.backupconsole.ui.common.Visibility.showOnlyIf;

import java.util.List;
import java.util.function.IntFunction;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.ToggleSwitch;
import org.backupconsole.ui.common.DialogWindow;
import org.backupconsole.ui.common.FieldProblems;
import org.backupconsole.ui.common.IconLines;
import org.backupconsole.ui.common.ViewLoader;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Backup Settings dialog; read-only with its reason on BASIC clusters. */
public final class BackupSettingsDialogView {

    private final BackupSettingsDialogViewModel viewModel;
    private final Parent root;

    @FXML private Label title;
    @FXML private Message readOnlyNotice;
    @FXML private ToggleSwitch enabledSwitch;
    @FXML private ComboBox<Integer> frequencyPicker;
    @FXML private ComboBox<Integer> retentionPicker;
    @FXML private VBox effectsBox;
    @FXML private VBox effects;
    @FXML private Label errorMessage;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;

    public BackupSettingsDialogView(BackupSettingsDialogViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Stage showOver(Window owner) {
        Node focus = viewModel.isConfigurable() ? enabledSwitch : cancelButton;
        return DialogWindow.open(owner, root, "Backup settings", viewModel.finishedProperty(), viewModel::cancel, focus);
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        boolean configurable = viewModel.isConfigurable();
        readOnlyNotice.setDescription(viewModel.readOnlyReason());
        readOnlyNotice.setGraphic(new FontIcon(Feather.LOCK));
        showOnlyIf(readOnlyNotice, !configurable);
        showOnlyIf(saveButton, configurable);
        showOnlyIf(effectsBox, configurable);
        cancelButton.setText(configurable ? "Cancel" : "Close");

        enabledSwitch.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        choices(frequencyPicker, viewModel.frequencyChoices(), ScheduleText::frequencyOption);
        frequencyPicker.valueProperty().bindBidirectional(viewModel.frequencyMinutesProperty());
        choices(retentionPicker, viewModel.retentionChoices(), ScheduleText::retention);
        retentionPicker.valueProperty().bindBidirectional(viewModel.retentionDaysProperty());
        new FieldProblems().warning(retentionPicker, viewModel.retentionWarningProperty());
        enabledSwitch.setDisable(!configurable);
        frequencyPicker.disableProperty().bind(enabledSwitch.selectedProperty().not().or(enabledSwitch.disableProperty()));
        retentionPicker.disableProperty().bind(frequencyPicker.disableProperty());

        IconLines.show(viewModel.effects(), effects, Feather.INFO, "effect");
        errorMessage.textProperty().bind(viewModel.errorMessageProperty());
        errorMessage.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        errorMessage.managedProperty().bind(errorMessage.visibleProperty());
        saveButton.disableProperty().bind(viewModel.saveCommand().executableProperty().not());
        cancelButton.disableProperty().bind(viewModel.saveCommand().runningProperty());
    }

    private static void choices(ComboBox<Integer> picker, List<Integer> values, IntFunction<String> words) {
        picker.setItems(FXCollections.observableArrayList(values));
        picker.setCellFactory(list -> new WordsCell(words));
        picker.setButtonCell(new WordsCell(words));
    }


    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void save() {
        viewModel.saveCommand().execute();
    }

    /** A number shown in words: "1 hour", "30 days". */
    private static final class WordsCell extends ListCell<Integer> {
        private final IntFunction<String> words;

        WordsCell(IntFunction<String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(Integer value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : words.apply(value));
        }
    }
}
