package org.backupconsole.ui.drills;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.backupconsole.ui.common.ConfirmDialog;
import org.backupconsole.ui.common.ViewLoader;
import org.backupconsole.ui.common.WrappedText;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Scenarios and drills page: wiring between {@code ScenarioLibrary.fxml} and its view model. */
public final class ScenarioLibraryView {

    private final ScenarioLibraryViewModel viewModel;
    private final Parent root;

    @FXML private ListView<ScenarioEntry> scenarios;
    @FXML private Button startButton;
    @FXML private Button openFileButton;
    @FXML private Label message;
    @FXML private Label error;

    public ScenarioLibraryView(ScenarioLibraryViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        scenarios.setItems(viewModel.entries());
        scenarios.setCellFactory(list -> new EntryCell());
        scenarios.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) ->
                viewModel.selectedProperty().set(entry));
        viewModel.selectedProperty().addListener((obs, old, entry) -> scenarios.getSelectionModel().select(entry));
        startButton.disableProperty().bind(viewModel.startCommand().executableProperty().not());
        startButton.setOnAction(event -> ConfirmDialog.ask(root.getScene().getWindow(),
                viewModel.startConfirmation(viewModel.selectedProperty().get().title()),
                () -> viewModel.startCommand().execute()));
        openFileButton.disableProperty().bind(viewModel.openFileCommand().runningProperty());
        message.textProperty().bind(viewModel.messageProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(viewModel.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a scenario file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json)", "*.json"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.fileProperty().set(chosen.toPath());
            ConfirmDialog.ask(root.getScene().getWindow(), viewModel.startConfirmation(chosen.getName()),
                    () -> viewModel.openFileCommand().execute());
        }
    }

    /** A scenario: its title, what it is about and, for a drill, how the trainee has done. */
    private static final class EntryCell extends ListCell<ScenarioEntry> {
        @Override
        protected void updateItem(ScenarioEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(entry.title(), new FontIcon(entry.drill() ? Feather.TARGET : Feather.BRIEFCASE));
            title.getStyleClass().add("scenario-title");
            Label description = WrappedText.within(entry.description(), widthProperty().subtract(40));
            description.getStyleClass().add("page-subtitle");
            Label name = new Label("--scenario " + entry.name() + (entry.drill() ? "   ·   " + entry.progress() : ""));
            name.getStyleClass().add("scenario-meta");
            VBox box = new VBox(3, title, description, name);
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
            setAccessibleText(entry.title() + ". " + entry.description() + (entry.drill() ? " " + entry.progress() : ""));
        }
    }
}
