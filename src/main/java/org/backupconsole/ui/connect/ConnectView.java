package org.backupconsole.ui.connect;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

import org.backupconsole.domain.Cluster;
import org.backupconsole.ui.common.FieldProblems;
import org.backupconsole.ui.common.ViewLoader;

/** The Connect dialog: wiring between {@code Connect.fxml} and its view model. */
public final class ConnectView {

    private final ConnectViewModel viewModel;
    private final Parent root;

    @FXML private TextField apiUrl;
    @FXML private PasswordField secretKey;
    @FXML private Button connectButton;
    @FXML private ProgressIndicator connecting;
    @FXML private Label status;
    @FXML private Label errorMessage;
    @FXML private ListView<Cluster> clusters;
    @FXML private Button openButton;

    public ConnectView(ConnectViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        apiUrl.textProperty().bindBidirectional(viewModel.apiUrlProperty());
        secretKey.textProperty().bindBidirectional(viewModel.secretKeyProperty());
        new FieldProblems().error(apiUrl, viewModel.apiUrlProblemProperty())
                .error(secretKey, viewModel.secretKeyProblemProperty());
        connectButton.disableProperty().bind(viewModel.connectCommand().executableProperty().not());
        connecting.visibleProperty().bind(viewModel.connectCommand().runningProperty());
        connecting.managedProperty().bind(connecting.visibleProperty());
        status.textProperty().bind(viewModel.statusProperty());
        errorMessage.textProperty().bind(viewModel.errorMessageProperty());
        errorMessage.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        errorMessage.managedProperty().bind(errorMessage.visibleProperty());
        clusters.setItems(viewModel.clusters());
        clusters.setCellFactory(list -> new ClusterCell());
        viewModel.selectedClusterProperty().addListener((obs, old, chosen) -> clusters.getSelectionModel().select(chosen));
        clusters.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                viewModel.selectedClusterProperty().set(chosen);
            }
        });
        openButton.disableProperty().bind(viewModel.openCommand().executableProperty().not());
    }

    @FXML
    private void connect() {
        viewModel.connectCommand().execute();
    }

    /** Escape too: closing this first window ends a live session before it began. */
    @FXML
    private void quit() {
        root.getScene().getWindow().hide();
    }

    @FXML
    private void open() {
        viewModel.openCommand().execute();
    }

    private static final class ClusterCell extends ListCell<Cluster> {
        @Override
        protected void updateItem(Cluster cluster, boolean empty) {
            super.updateItem(cluster, empty);
            setText(empty || cluster == null ? null : cluster.name() + "  ·  " + cluster.plan().displayName()
                    + "  ·  " + cluster.cloudProvider() + "  ·  " + cluster.state().displayName());
        }
    }
}
