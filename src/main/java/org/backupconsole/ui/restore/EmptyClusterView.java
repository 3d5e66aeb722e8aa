package org.backupconsole.ui.restore;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backupconsole.domain.TargetContents;
import org.backupconsole.ui.common.DialogWindow;
import org.backupconsole.ui.common.IconLines;
import org.backupconsole.ui.common.ViewLoader;
import org.backupconsole.ui.restore.EmptyClusterViewModel.DropRow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Empty a cluster first": the databases to drop, a typed confirmation, and each drop's progress. Like the
 * Restore dialog, Cancel has the focus and Enter never confirms.
 */
public final class EmptyClusterView {

    private final EmptyClusterViewModel viewModel;
    private final Parent root;

    @FXML private Label title;
    @FXML private VBox consequences;
    @FXML private TableView<DropRow> databases;
    @FXML private TableColumn<DropRow, DropRow> nameColumn;
    @FXML private TableColumn<DropRow, DropRow> tablesColumn;
    @FXML private TableColumn<DropRow, DropRow> stateColumn;
    @FXML private Label confirmPrompt;
    @FXML private TextField confirmation;
    @FXML private Label problem;
    @FXML private Label summary;
    @FXML private Button closeButton;
    @FXML private Button dropButton;

    public EmptyClusterView(EmptyClusterViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Stage showOver(Window owner) {
        return DialogWindow.open(owner, root, "Empty " + viewModel.clusterName(), viewModel.finishedProperty(),
                viewModel::close, closeButton);
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        IconLines.show(FXCollections.observableList(viewModel.consequences()), consequences, Feather.X_CIRCLE, "consequence");
        databases.setItems(viewModel.rows());
        for (TableColumn<DropRow, DropRow> column : List.of(nameColumn, tablesColumn, stateColumn)) {
            column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        }
        nameColumn.setCellFactory(column -> cell(row -> new Label(row.name())));
        tablesColumn.setCellFactory(column -> cell(row -> new Label(Integer.toString(row.tableCount()))));
        stateColumn.setCellFactory(column -> cell(EmptyClusterView::stateOf));

        confirmPrompt.setText("Type " + viewModel.clusterName() + " to confirm");
        confirmation.setAccessibleText("Type the cluster's name, " + viewModel.clusterName() + ", to confirm");
        confirmation.textProperty().bindBidirectional(viewModel.confirmationProperty());
        confirmation.disableProperty().bind(viewModel.startedProperty());
        problem.textProperty().bind(Bindings.when(viewModel.startedProperty()).then("").otherwise(viewModel.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        dropButton.setText("Drop " + TargetContents.count(viewModel.rows().size(), "database"));
        dropButton.disableProperty().bind(viewModel.dropCommand().executableProperty().not());
        closeButton.textProperty().bind(Bindings.when(viewModel.startedProperty()).then("Close").otherwise("Cancel"));
        closeButton.disableProperty().bind(viewModel.dropCommand().runningProperty());
        // Enter must never confirm a destructive action.
        for (Node control : List.of(confirmation, dropButton)) {
            control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    event.consume();
                }
            });
        }
    }

    private static Label stateOf(DropRow row) {
        Label label = switch (row.state()) {
            case WAITING -> new Label("Waiting", new FontIcon(Feather.CLOCK));
            case DROPPING -> new Label("Dropping…", new FontIcon(Feather.LOADER));
            case DROPPED -> new Label("Dropped", new FontIcon(Feather.CHECK_CIRCLE));
            case FAILED -> new Label("Failed: " + row.message(), new FontIcon(Feather.X_OCTAGON));
        };
        label.getStyleClass().add("drop-" + row.state().name().toLowerCase(Locale.ROOT));
        if (row.state() == EmptyClusterViewModel.DropState.FAILED) {
            label.setTooltip(new Tooltip(row.message()));
        }
        return label;
    }

    private static TableCell<DropRow, DropRow> cell(Function<DropRow, Node> render) {
        return new TableCell<>() {
            @Override
            protected void updateItem(DropRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : render.apply(row));
            }
        };
    }

    @FXML
    private void close() {
        viewModel.close();
    }

    @FXML
    private void drop() {
        viewModel.dropCommand().execute();
    }
}
