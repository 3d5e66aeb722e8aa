package org.backupconsole.ui.inspector;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.ui.common.CommandButtons;
import org.backupconsole.ui.common.ConfirmDialog;
import org.backupconsole.ui.common.SearchablePicker;
import org.backupconsole.ui.common.ViewLoader;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Data inspector page: wiring between {@code Inspector.fxml} and its view model. */
public final class InspectorView {

    private final InspectorViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Cluster> clusterPicker;
    @FXML private TreeView<String> clusterTree;
    @FXML private SearchableComboBox<InspectorViewModel.BackupChoice> backupPicker;
    @FXML private TreeView<String> backupTree;
    @FXML private ComboBox<String> databasePicker;
    @FXML private Button dropButton;
    @FXML private Button wipeButton;
    @FXML private ComboBox<TableRef> tablePicker;
    @FXML private Spinner<Integer> megabytes;
    @FXML private Button addDataButton;
    @FXML private Label message;
    @FXML private Label error;

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        clusterPicker.setItems(viewModel.clusters());
        clusterPicker.valueProperty().bindBidirectional(viewModel.selectedClusterProperty());
        clusterPicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Cluster cluster) {
                return cluster == null ? "" : cluster.name() + (cluster.isDeleted() ? " (deleted)" : "");
            }

            @Override
            public Cluster fromString(String text) {
                return null;
            }
        });
        SearchablePicker.bind(backupPicker, viewModel.backups(), viewModel.selectedBackupProperty(),
                InspectorViewModel.BackupChoice::label, (one, other) -> one.backup().id().equals(other.backup().id()));
        showTree(clusterTree, viewModel.catalogProperty().get(), "No databases: the cluster is empty.");
        viewModel.catalogProperty().addListener((obs, old, catalog) ->
                showTree(clusterTree, catalog, "No databases: the cluster is empty."));
        viewModel.backupCatalogProperty().addListener((obs, old, catalog) ->
                showTree(backupTree, catalog, "The backup holds no databases."));

        databasePicker.setItems(viewModel.databases());
        databasePicker.valueProperty().bindBidirectional(viewModel.databaseToDropProperty());
        tablePicker.setItems(viewModel.tables());
        tablePicker.valueProperty().bindBidirectional(viewModel.tableToGrowProperty());
        megabytes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100_000,
                viewModel.megabytesToAddProperty().get(), 50));
        megabytes.getValueFactory().valueProperty().bindBidirectional(viewModel.megabytesToAddProperty().asObject());
        megabytes.setEditable(true);
        CommandButtons.bind(dropButton, viewModel.dropDatabaseCommand());
        wipeButton.disableProperty().bind(viewModel.wipeCommand().executableProperty().not());
        wipeButton.setOnAction(event -> ConfirmDialog.ask(wipeButton.getScene().getWindow(),
                viewModel.wipeConfirmation(), () -> viewModel.wipeCommand().execute()));
        CommandButtons.bind(addDataButton, viewModel.addDataCommand());
        message.textProperty().bind(viewModel.messageProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(viewModel.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        viewModel.reload();
    }


    /** Databases, their schemas and tables with sizes; an empty catalog says so. */
    private static void showTree(TreeView<String> tree, Catalog catalog, String whenEmpty) {
        TreeItem<String> top = new TreeItem<>();
        if (catalog.isEmpty()) {
            top.getChildren().add(new TreeItem<>(whenEmpty));
        }
        for (Catalog.Database db : catalog.databases()) {
            TreeItem<String> dbItem = new TreeItem<>(db.name() + "   " + db.tableCount() + " tables · "
                    + DataSize.of(db.sizeBytes()), new FontIcon(Feather.DATABASE));
            for (Catalog.Schema schema : db.schemas()) {
                TreeItem<String> schemaItem = new TreeItem<>(schema.name(), new FontIcon(Feather.FOLDER));
                schema.tables().forEach(t -> schemaItem.getChildren().add(
                        new TreeItem<>(t.name() + "   " + DataSize.of(t.sizeBytes()), new FontIcon(Feather.GRID))));
                schemaItem.setExpanded(true);
                dbItem.getChildren().add(schemaItem);
            }
            dbItem.setExpanded(true);
            top.getChildren().add(dbItem);
        }
        tree.setShowRoot(false);
        tree.setRoot(top);
    }
}
