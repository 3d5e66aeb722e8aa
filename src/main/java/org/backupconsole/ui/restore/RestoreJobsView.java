package org.backupconsole.ui.restore;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.backupconsole.domain.RestoreJobPhase;
import org.backupconsole.ui.common.WrappedText;
import org.backupconsole.ui.common.DetailsPane;
import org.backupconsole.ui.common.SortedRows;
import org.backupconsole.ui.common.TableCopy;
import org.backupconsole.ui.common.ViewLoader;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Restore Jobs list: one line per job, with status words, an icon, and progress while it runs. */
public final class RestoreJobsView {

    private final RestoreJobsViewModel viewModel;
    private final Parent root;

    @FXML private Label pollError;
    @FXML private TableView<RestoreJobRow> jobsTable;
    @FXML private TableColumn<RestoreJobRow, RestoreJobRow> routeColumn;
    @FXML private TableColumn<RestoreJobRow, RestoreJobRow> typeColumn;
    @FXML private TableColumn<RestoreJobRow, RestoreJobRow> backupColumn;
    @FXML private TableColumn<RestoreJobRow, RestoreJobRow> statusColumn;
    @FXML private TableColumn<RestoreJobRow, RestoreJobRow> startColumn;
    @FXML private TableColumn<RestoreJobRow, RestoreJobRow> endColumn;
    @FXML private TableColumn<RestoreJobRow, RestoreJobRow> jobIdColumn;

    public RestoreJobsView(RestoreJobsViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        pollError.textProperty().bind(viewModel.pollErrorProperty());
        pollError.visibleProperty().bind(viewModel.pollErrorProperty().isNotEmpty());
        pollError.managedProperty().bind(pollError.visibleProperty());
        SortedRows.show(jobsTable, viewModel.jobs());
        routeColumn.setComparator(Comparator.comparing(RestoreJobRow::route));
        typeColumn.setComparator(Comparator.comparing(RestoreJobRow::type));
        backupColumn.setComparator(Comparator.comparing(job -> job.restore().backupEndTime()));
        statusColumn.setComparator(Comparator.comparing(RestoreJobRow::phase));
        startColumn.setComparator(Comparator.comparing(job -> job.restore().createdAt()));
        endColumn.setComparator(Comparator.comparing(job -> job.restore().completedAt().orElse(Instant.MAX)));
        jobIdColumn.setComparator(Comparator.comparing(RestoreJobRow::jobId));
        TableCopy.install(jobsTable, RestoreJobRow::copyText);
        jobsTable.setRowFactory(table -> copyMenuRow());
        ((VBox) jobsTable.getParent()).getChildren().add(DetailsPane.following(jobsTable, "Failed restore", RestoreJobRow::details));
        column(routeColumn, job -> WrappedText.inColumn(job.route(), routeColumn));
        column(typeColumn, job -> WrappedText.inColumn(job.type(), typeColumn));
        column(backupColumn, job -> WrappedText.inColumn(job.backupTakenOn(), backupColumn));
        column(statusColumn, this::status);
        column(startColumn, job -> WrappedText.inColumn(job.started(), startColumn));
        column(endColumn, job -> WrappedText.inColumn(job.ended(), endColumn));
        column(jobIdColumn, job -> WrappedText.inColumn(job.jobId(), jobIdColumn));
    }

    /** A row whose context menu copies it, and its job id where the service reports one. */
    private static TableRow<RestoreJobRow> copyMenuRow() {
        TableRow<RestoreJobRow> tableRow = new TableRow<>();
        MenuItem jobId = TableCopy.item("Copy job ID", () -> tableRow.getItem().restore().crdbJobId().orElse(""));
        ContextMenu menu = new ContextMenu(TableCopy.item("Copy", () -> tableRow.getItem().copyText()), jobId);
        menu.setOnShowing(event -> jobId.setVisible(tableRow.getItem() != null
                && tableRow.getItem().restore().crdbJobId().isPresent()));
        tableRow.itemProperty().addListener((obs, old, job) -> tableRow.setContextMenu(job == null ? null : menu));
        return tableRow;
    }

    private static void column(TableColumn<RestoreJobRow, RestoreJobRow> column, Function<RestoreJobRow, Node> render) {
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RestoreJobRow job, boolean empty) {
                super.updateItem(job, empty);
                setText(null);
                setGraphic(empty || job == null ? null : render.apply(job));
            }
        });
    }

    /** Status in words with an icon, then progress or the failure's reason underneath. */
    private Node status(RestoreJobRow job) {
        RestoreJobPhase phase = job.phase();
        Label words = new Label(phase.displayName(), new FontIcon(switch (phase) {
            case PREPARING -> Feather.CLOCK;
            case RUNNING -> Feather.LOADER;
            case SUCCEEDED -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_OCTAGON;
        }));
        words.getStyleClass().addAll("job-status", "job-" + phase.name().toLowerCase(Locale.ROOT));
        VBox cell = new VBox(4, words);
        if (!phase.ended()) {
            ProgressBar bar = new ProgressBar(job.completion());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText("Restore progress " + job.progress());
            Label done = new Label(job.progress() + " · " + job.elapsed() + " elapsed");
            Label left = new Label(job.timeLeft());
            done.getStyleClass().add("job-detail");
            left.getStyleClass().add("job-detail");
            cell.getChildren().addAll(bar, done, left);
        } else if (!job.failure().isEmpty()) {
            // At most three lines, so one failure does not make a towering row; the whole reason is on hover and
            // in the announcement.
            Label reason = WrappedText.inColumn(job.failure(), statusColumn);
            reason.getStyleClass().addAll("error-text", "job-failure");
            reason.setTooltip(new Tooltip(job.failure()));
            cell.getChildren().add(reason);
        } else {
            Label took = new Label("took " + job.elapsed());
            took.getStyleClass().add("job-detail");
            cell.getChildren().add(took);
        }
        return cell;
    }
}
