package org.backupconsole.ui.activity;

import java.io.File;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;
import org.backupconsole.ui.common.CheckListBinding;
import org.backupconsole.ui.common.DetailsPane;
import org.backupconsole.ui.common.PlainMessage;
import org.backupconsole.ui.common.RowText;
import org.backupconsole.ui.common.TableCopy;
import org.backupconsole.ui.common.TablePlace;
import org.backupconsole.ui.common.ViewLoader;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Activity page: wiring between {@code Activity.fxml} and its view model. */
public final class ActivityView {

    /**
     * Asks where to export to: a save dialog. It is kept in the page's {@link Parent#getProperties() properties}
     * under this type, where a test, which cannot answer a native dialog, puts its own.
     */
    @FunctionalInterface
    public interface SaveTarget {
        Optional<File> choose(Window owner, FileChooser chooser);
    }

    private final ActivityViewModel viewModel;
    private final Parent root;

    @FXML private Label subtitle;
    @FXML private Button exportButton;
    @FXML private PlainMessage damagedMessage;
    @FXML private PlainMessage problemMessage;
    @FXML private PlainMessage exportMessage;
    @FXML private TextField searchField;
    @FXML private CheckComboBox<String> actionFilter;
    @FXML private CheckComboBox<String> outcomeFilter;
    @FXML private ComboBox<String> clusterFilter;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label countLabel;
    @FXML private TableView<ActivityRow> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<ActivityRow, Instant> timeColumn;
    @FXML private TableColumn<ActivityRow, String> actorColumn;
    @FXML private TableColumn<ActivityRow, String> clusterColumn;
    @FXML private TableColumn<ActivityRow, String> actionColumn;
    @FXML private TableColumn<ActivityRow, String> whatColumn;
    @FXML private TableColumn<ActivityRow, String> outcomeColumn;
    @FXML private TableColumn<ActivityRow, String> jobColumn;
    @FXML private TableColumn<ActivityRow, String> originColumn;
    @FXML private VBox detailsHolder;

    public ActivityView(ActivityViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
        // Shown again: the command line may have written to the journal meanwhile.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.refresh();
            }
        });
        root.getProperties().put(SaveTarget.class,
                (SaveTarget) (owner, chooser) -> Optional.ofNullable(chooser.showSaveDialog(owner)));
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> "Every restore, backup settings change and "
                + "database drop made from this app or its command line, newest first. Kept in "
                + viewModel.journalNameProperty().get() + "; never a secret key.", viewModel.journalNameProperty()));
        banner(damagedMessage, Styles.WARNING, Feather.ALERT_TRIANGLE, viewModel.damagedProperty());
        banner(problemMessage, Styles.DANGER, Feather.ALERT_OCTAGON, viewModel.problemProperty());
        banner(exportMessage, null, Feather.DOWNLOAD, viewModel.exportedProperty());
        viewModel.exportFailedProperty().addListener((obs, was, failed) -> {
            exportMessage.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            exportMessage.getStyleClass().add(failed ? Styles.DANGER : Styles.SUCCESS);
        });
        exportMessage.getStyleClass().add(Styles.SUCCESS);
        exportButton.disableProperty().bind(viewModel.exportingProperty());

        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        CheckListBinding.bind(actionFilter, viewModel.actionChoices(), viewModel.checkedActions());
        CheckListBinding.bind(outcomeFilter, viewModel.outcomeChoices(), viewModel.checkedOutcomes());
        clusterFilter.setItems(viewModel.clusterChoices());
        clusterFilter.valueProperty().bindBidirectional(viewModel.clusterProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        countLabel.textProperty().bind(viewModel.countProperty());
        placeholder.textProperty().bind(viewModel.placeholderProperty());

        timeColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().entry().at()));
        timeColumn.setCellFactory(column -> new TextCell<>(ActivityRow::time));
        timeColumn.setSortType(TableColumn.SortType.DESCENDING);
        text(actorColumn, ActivityRow::actor);
        text(clusterColumn, ActivityRow::cluster);
        text(actionColumn, ActivityRow::action);
        text(whatColumn, ActivityRow::what);
        text(outcomeColumn, ActivityRow::outcome);
        text(jobColumn, ActivityRow::jobId);
        text(originColumn, ActivityRow::origin);
        TablePlace.show(table, viewModel.rows(), ActivityRow::key, timeColumn, TableColumn.SortType.DESCENDING);
        TableCopy.install(table, row -> RowText.fields(row.time(), row.actor(), row.cluster(), row.action(),
                row.what(), row.outcome(), row.jobId(), row.origin()));
        detailsHolder.getChildren().setAll(DetailsPane.following(table, "Entry", row -> Optional.of(row.details())));
    }

    private static void banner(PlainMessage message, String style, Feather icon, ObservableStringValue words) {
        if (style != null) {
            message.getStyleClass().add(style);
        }
        message.setGraphic(new FontIcon(icon));
        message.descriptionProperty().bind(words);
        message.accessibleTextProperty().bind(words);
        message.visibleProperty().bind(Bindings.isNotEmpty(words));
        message.managedProperty().bind(message.visibleProperty());
    }

    private static void text(TableColumn<ActivityRow, String> column, Function<ActivityRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setCellFactory(any -> new TextCell<>(text));
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the entries shown");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("JSON (*.json)", "*.json");
        chooser.getExtensionFilters().addAll(csv, json);
        chooser.setInitialFileName("activity.csv");
        SaveTarget target = (SaveTarget) root.getProperties().get(SaveTarget.class);
        target.choose(root.getScene().getWindow(), chooser).ifPresent(chosen -> {
            boolean asJson = chosen.getName().endsWith(".json")
                    || (chooser.getSelectedExtensionFilter() == json && !chosen.getName().endsWith(".csv"));
            viewModel.export(chosen.toPath(), asJson ? ActivityViewModel.ExportFormat.JSON
                    : ActivityViewModel.ExportFormat.CSV);
        });
    }

    /** A cell whose text wraps onto a second line; the whole text is on hover, as a cut one may need. */
    private static final class TextCell<V> extends TableCell<ActivityRow, V> {
        private final Function<ActivityRow, String> text;

        TextCell(Function<ActivityRow, String> text) {
            this.text = text;
            setWrapText(true);
            setMaxHeight(3 * 18);
        }

        @Override
        protected void updateItem(V value, boolean empty) {
            super.updateItem(value, empty);
            ActivityRow row = empty ? null : getTableRow().getItem();
            String shown = row == null ? null : text.apply(row);
            setText(shown);
            setTooltip(shown == null || shown.isEmpty() ? null : new Tooltip(shown));
        }
    }
}
