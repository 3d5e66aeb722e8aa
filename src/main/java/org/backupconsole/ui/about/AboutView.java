package org.backupconsole.ui.about;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backupconsole.ui.common.ViewLoader;

/** The About dialog: version, build, runtime, and the licenses of the bundled libraries. */
public final class AboutView {

    private final AboutViewModel viewModel;
    private final Parent root;

    @FXML private Label title;
    @FXML private Label build;
    @FXML private Label runtime;
    @FXML private Label javaFx;
    @FXML private TableView<BundledLibrary> libraries;
    @FXML private TableColumn<BundledLibrary, String> nameColumn;
    @FXML private TableColumn<BundledLibrary, String> versionColumn;
    @FXML private TableColumn<BundledLibrary, String> licenseColumn;
    @FXML private Button closeButton;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    /** Opens the dialog over the owner window; Escape or Close dismisses it. */
    public Stage showOver(Window owner) {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("About Backup Console");
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                dialog.close();
            }
        });
        dialog.setScene(scene);
        closeButton.setOnAction(event -> dialog.close());
        dialog.show();
        closeButton.requestFocus();
        return dialog;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        build.setText(viewModel.buildLine());
        runtime.setText(viewModel.runtimeLine());
        javaFx.setText(viewModel.javaFxLine());
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        versionColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().version()));
        licenseColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().license()));
        libraries.setItems(FXCollections.observableList(viewModel.libraries()));
    }
}
