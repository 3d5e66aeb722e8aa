package org.backupconsole.ui.backups;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.backupconsole.domain.BackupStatus;
import org.backupconsole.ui.common.ViewLoader;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Backup Recovery page: wiring between {@link BackupRecovery.fxml} and its view model. */
public final class BackupRecoveryView {

    private final BackupRecoveryViewModel viewModel;
    private final Parent root;

    @FXML private Label clusterSummary;
    @FXML private Button refreshButton;
    @FXML private HBox errorBanner;
    @FXML private Label errorMessage;
    @FXML private TableView<BackupRow> backupsTable;
    @FXML private TableColumn<BackupRow, BackupRow> dataFromColumn;
    @FXML private TableColumn<BackupRow, BackupRow> statusColumn;
    @FXML private TableColumn<BackupRow, BackupRow> expiresColumn;
    @FXML private TableColumn<BackupRow, BackupRow> restoreColumn;

    public BackupRecoveryView(BackupRecoveryViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        clusterSummary.textProperty().bind(viewModel.clusterSummaryProperty());
        refreshButton.disableProperty().bind(viewModel.refreshCommand().executableProperty().not());
        errorMessage.textProperty().bind(viewModel.errorMessageProperty());
        errorBanner.visibleProperty().bind(viewModel.stateProperty().isEqualTo(PageState.ERROR));
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());

        SortedList<BackupRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(backupsTable.comparatorProperty());
        backupsTable.setItems(sorted);
        configureColumns();
        backupsTable.getSortOrder().add(dataFromColumn);

        viewModel.stateProperty().addListener((obs, old, state) -> showPlaceholder(state));
        viewModel.emptyMessageProperty().addListener((obs, old, text) -> showPlaceholder(viewModel.stateProperty().get()));
        showPlaceholder(viewModel.stateProperty().get());
    }

    @FXML
    private void refresh() {
        viewModel.refreshCommand().execute();
    }

    private void configureColumns() {
        for (TableColumn<BackupRow, BackupRow> column : List.of(dataFromColumn, statusColumn, expiresColumn, restoreColumn)) {
            column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        }
        dataFromColumn.setSortable(true);
        dataFromColumn.setComparator(Comparator.comparing(row -> row.backup().asOfTime()));
        dataFromColumn.setSortType(TableColumn.SortType.DESCENDING);
        dataFromColumn.setCellFactory(column -> new RowCell(row -> {
            Label label = new Label(row.dataFrom());
            label.setTooltip(tooltip(row.dataFromUtc()));
            return label;
        }));
        statusColumn.setCellFactory(column -> new RowCell(row -> {
            boolean complete = row.backup().status() == BackupStatus.COMPLETE;
            Label label = new Label(row.status(), new FontIcon(complete ? "fth-check-circle" : "fth-loader"));
            label.getStyleClass().add(complete ? "status-complete" : "status-in-progress");
            return label;
        }));
        expiresColumn.setCellFactory(column -> new RowCell(row -> new Label(row.expiresIn())));
        restoreColumn.setCellFactory(column -> new RowCell(this::restoreButton));
    }

    private Button restoreButton(BackupRow row) {
        Button button = new Button("Restore", new FontIcon("fth-rotate-ccw"));
        button.getStyleClass().add("restore-button");
        button.setAccessibleText("Restore the backup from " + row.dataFrom());
        button.setDisable(!row.restorable());
        return button;
    }

    private void showPlaceholder(PageState state) {
        backupsTable.setPlaceholder(switch (state) {
            case LOADING -> loading();
            case ERROR -> new Label("Backups could not be loaded.");
            case EMPTY, READY -> new Label(viewModel.emptyMessageProperty().get());
        });
    }

    private static VBox loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        VBox box = new VBox(8, spinner, new Label("Loading backups…"));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(300));
        return tooltip;
    }

    /** A cell that shows a node built from its row, and the row's Restore-blocked reason on hover. */
    private static final class RowCell extends TableCell<BackupRow, BackupRow> {

        private final Function<BackupRow, Node> render;

        RowCell(Function<BackupRow, Node> render) {
            this.render = render;
        }

        @Override
        protected void updateItem(BackupRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Node node = render.apply(row);
            setGraphic(node);
            setTooltip(node instanceof Button && !row.restorable()
                    ? tooltip(row.restoreBlockedBecause().orElseThrow()) : null);
        }
    }
}
