package org.backupconsole.ui.backups;

import static org.backupconsole.ui.common.Visibility.showOnlyIf;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import atlantafx.base.controls.Breadcrumbs;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.backupconsole.ui.backups.BackupContentsViewModel.Crumb;
import org.backupconsole.ui.backups.BackupContentsViewModel.DatabaseRow;
import org.backupconsole.ui.backups.BackupContentsViewModel.Level;
import org.backupconsole.ui.backups.BackupContentsViewModel.TableEntry;
import org.backupconsole.ui.common.CalendarMonths;
import org.backupconsole.ui.common.CheckListBinding;
import org.backupconsole.ui.common.WrappedText;
import org.backupconsole.ui.common.DetailsPane;
import org.backupconsole.ui.common.FirstShown;
import org.backupconsole.ui.common.FirstVisit;
import org.backupconsole.ui.common.SortedRows;
import org.backupconsole.ui.common.TableCopy;
import org.backupconsole.ui.common.TablePlace;
import org.backupconsole.ui.common.ViewLoader;
import org.backupconsole.ui.coverage.CoverageView;
import org.backupconsole.ui.restore.Announcement;
import org.backupconsole.ui.restore.RestoreDialogView;
import org.backupconsole.ui.restore.RestoreJobsView;
import org.backupconsole.ui.restore.RestoreScope;
import org.backupconsole.ui.settings.BackupSettingsDialogView;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Backup Recovery page: wiring between {@code BackupRecovery.fxml} and its view model. */
public final class BackupRecoveryView {

    private static final PseudoClass HAS_BACKUPS = PseudoClass.getPseudoClass("has-backups");
    private static final PseudoClass MISSED = PseudoClass.getPseudoClass("missed-backup");
    private static final PseudoClass EXPIRING = PseudoClass.getPseudoClass("expiring-soon");

    /** The table's width beside its columns': the vertical scroll bar and the borders. */
    private static final double SCROLL_BAR_AND_BORDERS = 20;

    private final BackupRecoveryViewModel viewModel;
    private final Parent root;
    private final Label placeholderMessage = new Label();
    private final Label loadingMessage = new Label();
    private final VBox loadingPlaceholder = loadingPlaceholder();

    @FXML private Label clusterSummary;
    @FXML private Button settingsButton;
    @FXML private Button refreshButton;
    @FXML private HBox announcement;
    @FXML private Message announcementMessage;
    @FXML private HBox errorBanner;
    @FXML private Message errorMessage;
    @FXML private HBox restoringBanner;
    @FXML private Message restoringNotice;
    @FXML private HBox deletedBanner;
    @FXML private Message deletedNotice;
    @FXML private TabPane tabs;
    @FXML private Tab backupsTab;
    @FXML private Tab incompleteTab;
    @FXML private Tab restoreJobsTab;
    @FXML private Tab coverageTab;
    @FXML private Label dateLabel;
    @FXML private DatePicker dayPicker;
    @FXML private Label typingError;
    @FXML private Label backupCount;
    @FXML private CheckComboBox<String> statusFilter;
    @FXML private CheckComboBox<String> typeFilter;
    @FXML private HBox breadcrumb;
    @FXML private Breadcrumbs<Crumb> drillPath;
    @FXML private TableView<BackupRow> backupsTable;
    @FXML private TableColumn<BackupRow, BackupRow> dataFromColumn;
    @FXML private TableColumn<BackupRow, BackupRow> typeColumn;
    @FXML private TableColumn<BackupRow, BackupRow> statusColumn;
    @FXML private TableColumn<BackupRow, BackupRow> expiresColumn;
    @FXML private TableColumn<BackupRow, BackupRow> databasesColumn;
    @FXML private TableColumn<BackupRow, BackupRow> restoreColumn;
    @FXML private TableView<DatabaseRow> databasesTable;
    @FXML private TableColumn<DatabaseRow, DatabaseRow> databaseNameColumn;
    @FXML private TableColumn<DatabaseRow, DatabaseRow> tableCountColumn;
    @FXML private TableColumn<DatabaseRow, DatabaseRow> databaseRestoreColumn;
    @FXML private TableView<TableEntry> tablesTable;
    @FXML private TableColumn<TableEntry, TableEntry> tableNameColumn;
    @FXML private TableColumn<TableEntry, TableEntry> tableRestoreColumn;
    @FXML private TableView<IncompleteBackupRow> incompleteTable;
    @FXML private Label incompletePlaceholder;
    @FXML private TableColumn<IncompleteBackupRow, IncompleteBackupRow> startedColumn;
    @FXML private TableColumn<IncompleteBackupRow, IncompleteBackupRow> durationColumn;
    @FXML private TableColumn<IncompleteBackupRow, IncompleteBackupRow> incompleteStatusColumn;
    @FXML private TableColumn<IncompleteBackupRow, IncompleteBackupRow> descriptionColumn;

    public BackupRecoveryView(BackupRecoveryViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
        Map<KeyCombination, Runnable> shortcuts = Map.of(
                new KeyCodeCombination(KeyCode.F5), this::refresh,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::refresh,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::goToDate,
                new KeyCodeCombination(KeyCode.D, KeyCombination.ALT_DOWN), this::goToDate);
        // The page's keys work while it is the page shown, wherever the focus is in the window.
        root.sceneProperty().addListener((obs, left, scene) -> {
            if (left != null) {
                left.getAccelerators().keySet().removeAll(shortcuts.keySet());
            }
            if (scene != null) {
                scene.getAccelerators().putAll(shortcuts);
            }
        });
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        clusterSummary.textProperty().bind(viewModel.clusterSummaryProperty());
        refreshButton.disableProperty().bind(viewModel.refreshCommand().executableProperty().not());
        settingsButton.disableProperty().bind(viewModel.clusterLoadedProperty().not());
        bindBanner(errorBanner, errorMessage, Styles.DANGER, Feather.ALERT_OCTAGON,
                Bindings.when(viewModel.stateProperty().isEqualTo(PageState.ERROR))
                        .then(viewModel.errorMessageProperty()).otherwise(""));
        bindBanner(restoringBanner, restoringNotice, Styles.WARNING, Feather.LOCK, Bindings.createStringBinding(
                () -> viewModel.restoringNoticeProperty().get(), viewModel.restoringNoticeProperty()));
        bindBanner(deletedBanner, deletedNotice, null, Feather.TRASH_2, viewModel.deletedNoticeProperty());
        bindAnnouncement();
        bindCalendar();
        bindBackupsTable();
        bindDrillDown();
        bindIncompleteBackups();
        FirstVisit.defer(incompleteTab);
        FirstVisit.fill(restoreJobsTab, () -> new RestoreJobsView(viewModel.restoreJobs()).root());
        FirstVisit.fill(coverageTab, () -> new CoverageView(viewModel.coverage()).root());
        bindColumnsThatGiveWay();
        viewModel.advancedProperty().addListener((obs, was, advanced) -> showAdvancedParts(advanced));
        showAdvancedParts(viewModel.advancedProperty().get());
        viewModel.lastStartedRestoreProperty().addListener((obs, old, started) -> showRestoreJobs());
        // Another cluster opens on its backups, as a page of its own would; a refresh keeps the tab.
        viewModel.selectedClusterProperty().addListener((obs, old, cluster) -> {
            if (old != null && cluster != null && !old.id().equals(cluster.id())) {
                tabs.getSelectionModel().select(backupsTab);
            }
        });
        dateLabel.setLabelFor(dayPicker);
        FirstShown.defer((Pane) announcement.getParent(), announcement, errorBanner, restoringBanner, deletedBanner);
        FirstShown.defer((Pane) breadcrumb.getParent(), breadcrumb);
        FirstShown.defer((Pane) backupsTable.getParent(), databasesTable, tablesTable);
    }

    /** Ctrl+F or Alt+D: the Backups tab, the focus in its date field with the date selected to type over. */
    private void goToDate() {
        tabs.getSelectionModel().select(backupsTab);
        dayPicker.requestFocus();
        dayPicker.getEditor().selectAll();
    }

    /** A banner shows while its message has words; {@code style} is an AtlantaFX {@link Styles} colour, or null. */
    private static void bindBanner(HBox banner, Message message, String style, Feather icon,
                                   javafx.beans.value.ObservableStringValue words) {
        if (style != null) {
            message.getStyleClass().add(style);
        }
        message.setGraphic(new FontIcon(icon));
        message.descriptionProperty().bind(words);
        message.accessibleTextProperty().bind(words);
        banner.visibleProperty().bind(message.descriptionProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
    }

    private void bindAnnouncement() {
        viewModel.restoreJobs().announcementProperty().addListener((obs, old, news) -> announce(news));
    }

    /** Shows how a restore ended; the text is also the banner's accessible text, read without moving focus. */
    private void announce(Announcement news) {
        showOnlyIf(announcement, news != null);
        announcementMessage.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (news == null) {
            return;
        }
        announcementMessage.getStyleClass().add(news.success() ? Styles.SUCCESS : Styles.DANGER);
        announcementMessage.setGraphic(new FontIcon(news.success() ? Feather.CHECK_CIRCLE : Feather.X_OCTAGON));
        announcementMessage.setTitle(news.title());
        announcementMessage.setDescription(news.message());
        announcement.setAccessibleText(news.title() + ". " + news.message());
    }

    @FXML
    private void dismissAnnouncement() {
        viewModel.restoreJobs().dismissAnnouncement();
    }

    private void bindCalendar() {
        CalendarFilter calendar = viewModel.calendar();
        dayPicker.valueProperty().bindBidirectional(calendar.dayProperty());
        dayPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : CalendarFilter.TYPED.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                calendar.type(text);
                return calendar.dayProperty().get();
            }
        });
        dayPicker.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                boolean hasBackups = !empty && day != null && calendar.hasBackupsOn(day);
                CalendarFilter.DayMarks marks = empty || day == null ? null : calendar.marksOf(day);
                setDisable(isDisable() || empty || day == null || !calendar.mayChoose(day));
                pseudoClassStateChanged(HAS_BACKUPS, hasBackups);
                pseudoClassStateChanged(MISSED, marks != null && marks.missed());
                pseudoClassStateChanged(EXPIRING, marks != null && marks.expiring());
                setGraphic(hasBackups ? dayCount(marks.backups()) : null);
                setContentDisplay(ContentDisplay.BOTTOM);
                setTooltip(marks == null || !hasBackups && !marks.missed() ? null : tooltip(marks.words()));
                setAccessibleHelp(marks == null ? null : marks.words());
            }
        });
        CalendarMonths.openOn(dayPicker, calendar::monthToOpen);
        typingError.textProperty().bind(calendar.typingErrorProperty());
        // Below the filters, taking no room until there is something to say.
        typingError.visibleProperty().bind(typingError.textProperty().isNotEmpty());
        typingError.managedProperty().bind(typingError.visibleProperty());
        backupCount.textProperty().bind(calendar.countProperty());
        StatusTypeFilter statusAndType = calendar.statusAndType();
        CheckListBinding.bind(statusFilter, statusAndType.statusChoices(), statusAndType.checkedStatuses());
        CheckListBinding.bind(typeFilter, statusAndType.typeChoices(), statusAndType.checkedTypes());
    }

    private static Label dayCount(int backups) {
        Label count = new Label(Integer.toString(backups));
        count.getStyleClass().add("day-count");
        return count;
    }

    @FXML
    private void showAllDates() {
        viewModel.calendar().showAllDates();
        dayPicker.getEditor().clear();
    }

    private void bindBackupsTable() {
        // The calendar hands over its rows newest first.
        TablePlace.show(backupsTable, viewModel.rows(), row -> row.backup().id(), dataFromColumn,
                TableColumn.SortType.DESCENDING);
        for (TableColumn<BackupRow, BackupRow> column : backupColumns()) {
            column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        }
        dataFromColumn.setComparator(Comparator.comparing(row -> row.backup().asOfTime()));
        dataFromColumn.setSortType(TableColumn.SortType.DESCENDING);
        backupsTable.getSortOrder().add(dataFromColumn);
        dataFromColumn.setCellFactory(DataFromCell::new);
        typeColumn.setComparator(Comparator.comparing(row -> row.type().text()));
        statusColumn.setComparator(Comparator.comparing(row -> row.status().text()));
        expiresColumn.setComparator(Comparator.comparing(row -> row.backup().expiresAt()));
        databasesColumn.setComparator(Comparator.comparing(row -> row.contents().map(c -> c.databases().size()).orElse(-1)));
        TableCopy.install(backupsTable, BackupRow::copyText);
        typeColumn.setCellFactory(BackupCells.text(BackupRow::type));
        statusColumn.setCellFactory(BackupCells.status());
        expiresColumn.setCellFactory(BackupCells.text(BackupRow::expiresIn));
        databasesColumn.setCellFactory(BackupCells.databases(row -> viewModel.contents().open(row)));
        restoreColumn.setCellFactory(BackupCells.restore(row -> openRestore(row, RestoreScope.cluster())));
        backupsTable.setRowFactory(table -> BackupCells.row(row -> openRestore(row, RestoreScope.cluster()),
                row -> viewModel.contents().open(row)));
        backupsTable.setOnKeyPressed(event -> {
            BackupRow selected = backupsTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null && selected.restorable()) {
                event.consume();
                openRestore(selected, RestoreScope.cluster());
            }
        });
        viewModel.stateProperty().addListener((obs, old, state) -> showPlaceholder());
        viewModel.emptyMessageProperty().addListener((obs, old, text) -> showPlaceholder());
        viewModel.loadingMessageProperty().addListener((obs, old, text) -> showPlaceholder());
        viewModel.calendar().dayProperty().addListener((obs, old, day) -> showPlaceholder());
        viewModel.calendar().countProperty().addListener((obs, old, count) -> showPlaceholder());
        showPlaceholder();
    }

    private void bindDrillDown() {
        BackupContentsViewModel contents = viewModel.contents();
        drillPath.setAutoNavigationEnabled(false);
        drillPath.setCrumbFactory(item -> {
            Hyperlink step = new Hyperlink(item.getValue().text());
            if (item.isLast()) {
                // Where the user is: it leads nowhere.
                step.getStyleClass().add("current-step");
                step.setFocusTraversable(false);
                step.setMouseTransparent(true);
            }
            return step;
        });
        drillPath.setOnCrumbAction(event -> contents.goUpTo(event.getSelectedCrumb().getValue().level()));
        contents.path().addListener((ListChangeListener<Crumb>) change -> drillPath.setSelectedCrumb(
                contents.path().isEmpty() ? null : Breadcrumbs.buildTreeModel(contents.path().toArray(Crumb[]::new))));
        SortedRows.show(databasesTable, contents.databases());
        SortedRows.show(tablesTable, contents.tables());
        for (TableColumn<DatabaseRow, DatabaseRow> column : List.of(databaseNameColumn, tableCountColumn, databaseRestoreColumn)) {
            column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        }
        databaseNameColumn.setCellFactory(column -> new RowCell<>(db -> new Label(db.name())));
        databaseNameColumn.setComparator(Comparator.comparing(DatabaseRow::name));
        tableCountColumn.setComparator(Comparator.comparingInt(DatabaseRow::tableCount));
        tableCountColumn.setCellFactory(column -> new RowCell<>(db -> {
            Hyperlink count = new Hyperlink(Integer.toString(db.tableCount()));
            count.setAccessibleText("Show the tables of database " + db.name());
            count.setOnAction(event -> contents.openDatabase(db.name()));
            return count;
        }));
        databaseRestoreColumn.setCellFactory(column -> new RowCell<>(db -> drillDownRestoreButton(
                "Restore database " + db.name(), RestoreScope.database(db.name())), db -> restoreBlockedInDrillDown()));
        for (TableColumn<TableEntry, TableEntry> column : List.of(tableNameColumn, tableRestoreColumn)) {
            column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        }
        tableNameColumn.setCellFactory(column -> new RowCell<>(table -> new Label(table.qualifiedName())));
        tableNameColumn.setComparator(Comparator.comparing(TableEntry::qualifiedName));
        tableRestoreColumn.setCellFactory(column -> new RowCell<>(table -> drillDownRestoreButton(
                "Restore table " + table.qualifiedName(), RestoreScope.table(table.database(), table.schema(), table.name())),
                table -> restoreBlockedInDrillDown()));
        contents.levelProperty().addListener((obs, old, level) -> showLevel(level));
        showLevel(contents.levelProperty().get());
    }

    /** A Restore button of the drill-down, disabled (with the reason on hover) when its backup cannot be restored. */
    private Button drillDownRestoreButton(String accessibleText, RestoreScope scope) {
        BackupRow backup = viewModel.contents().backup();
        Button button = restoreButton(() -> openRestore(backup, scope));
        button.setAccessibleText(accessibleText);
        button.setDisable(!backup.restorable());
        return button;
    }

    private String restoreBlockedInDrillDown() {
        BackupRow backup = viewModel.contents().backup();
        return backup == null ? null : backup.restoreBlockedBecause().orElse(null);
    }

    private void showLevel(Level level) {
        backupsTable.setVisible(level == Level.BACKUPS);
        databasesTable.setVisible(level == Level.DATABASES);
        tablesTable.setVisible(level == Level.TABLES);
        showOnlyIf(breadcrumb, level != Level.BACKUPS);
        (switch (level) {
            case BACKUPS -> backupsTable;
            case DATABASES -> databasesTable;
            case TABLES -> tablesTable;
        }).requestFocus();
    }

    @FXML
    private void back() {
        viewModel.contents().back();
    }

    private void bindIncompleteBackups() {
        IncompleteBackupsViewModel incomplete = viewModel.incompleteBackups();
        SortedRows.show(incompleteTable, incomplete.rows());
        incompletePlaceholder.textProperty().bind(incomplete.placeholderProperty());
        incompleteTab.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> incomplete.notReportedNoteProperty().get().isEmpty()
                        ? null : tooltip(incomplete.notReportedNoteProperty().get()),
                incomplete.notReportedNoteProperty()));
        wrappedColumn(startedColumn, IncompleteBackupRow::started, Comparator.comparing(row -> row.run().startedAt()));
        wrappedColumn(durationColumn, IncompleteBackupRow::duration, Comparator.comparing(row -> row.run().duration()));
        wrappedColumn(incompleteStatusColumn, IncompleteBackupRow::status, Comparator.comparing(IncompleteBackupRow::status));
        wrappedColumn(descriptionColumn, IncompleteBackupRow::description,
                Comparator.comparing(IncompleteBackupRow::description));
        TableCopy.install(incompleteTable, IncompleteBackupRow::copyText);
        ((VBox) incompleteTable.getParent()).getChildren().add(DetailsPane.following(incompleteTable,
                "Incomplete backup", row -> Optional.of(row.details())));
    }

    /** An error or a statement is read whole: its text wraps within the column. */
    private static void wrappedColumn(TableColumn<IncompleteBackupRow, IncompleteBackupRow> column,
                                      Function<IncompleteBackupRow, String> text,
                                      Comparator<IncompleteBackupRow> order) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(IncompleteBackupRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : WrappedText.inColumn(text.apply(row), column));
            }
        });
    }

    /**
     * Shows an ADVANCED cluster's Type and Databases columns while the table is wide enough for every column at its
     * minimum. Where the page is narrow (a 1024 px window with the drill panel open) Databases and then Type give
     * way, so that each row's Restore stays in sight; a backup's databases stay in its menu, its type in the filter.
     */
    private void bindColumnsThatGiveWay() {
        double needed = backupColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR_AND_BORDERS;
        for (TableColumn<BackupRow, BackupRow> column : List.of(databasesColumn, typeColumn)) {
            column.visibleProperty().bind(viewModel.advancedProperty()
                    .and(backupsTable.widthProperty().greaterThanOrEqualTo(needed)));
            needed -= column.getMinWidth();
        }
    }

    private List<TableColumn<BackupRow, BackupRow>> backupColumns() {
        return List.of(dataFromColumn, typeColumn, statusColumn, expiresColumn, databasesColumn, restoreColumn);
    }

    private void showAdvancedParts(boolean advanced) {
        showOnlyIf(typeFilter, advanced);
        if (advanced && !tabs.getTabs().contains(incompleteTab)) {
            tabs.getTabs().add(1, incompleteTab);
        } else if (!advanced) {
            tabs.getTabs().remove(incompleteTab);
        }
    }

    @FXML
    private void showRestoreJobs() {
        tabs.getSelectionModel().select(restoreJobsTab);
    }

    private void openRestore(BackupRow row, RestoreScope scope) {
        viewModel.restoreDialog(row, scope).ifPresent(dialog ->
                new RestoreDialogView(dialog).showOver(root.getScene().getWindow()));
    }

    @FXML
    private void openSettings() {
        viewModel.settingsDialog().ifPresent(dialog ->
                new BackupSettingsDialogView(dialog).showOver(root.getScene().getWindow()));
    }

    @FXML
    private void refresh() {
        viewModel.refreshCommand().execute();
    }

    /** A Restore button; the caller says what it restores in its accessible text. */
    static Button restoreButton(Runnable open) {
        Button button = new Button("Restore", new FontIcon(Feather.ROTATE_CCW));
        button.getStyleClass().add("restore-button");
        button.setOnAction(event -> open.run());
        return button;
    }

    /**
     * What the empty table says. Its nodes are kept and only reworded: a day change words it twice, and a new node
     * each time would be styled each time, though it shows only when no row does.
     */
    private void showPlaceholder() {
        switch (viewModel.stateProperty().get()) {
            case LOADING -> {
                loadingMessage.setText(viewModel.loadingMessageProperty().get());
                backupsTable.setPlaceholder(loadingPlaceholder);
            }
            case ERROR -> showPlaceholder("Backups could not be loaded.");
            case EMPTY, READY -> showPlaceholder(viewModel.calendar().filters()
                    ? viewModel.calendar().noBackupsShown() : viewModel.emptyMessageProperty().get());
        }
    }

    private void showPlaceholder(String message) {
        placeholderMessage.setText(message);
        backupsTable.setPlaceholder(placeholderMessage);
    }

    private VBox loadingPlaceholder() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        VBox box = new VBox(8, spinner, loadingMessage);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** A cell of a fact about a backup: the node for a reported value, else a muted "Not reported"; the note on hover. */
    static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(300));
        return tooltip;
    }

    /** A cell that shows a node built from its item, and optionally a hover text (a disabled node shows none). */
    private static final class RowCell<S> extends TableCell<S, S> {

        private final Function<S, Node> render;
        private final Function<S, String> hover;

        RowCell(Function<S, Node> render) {
            this(render, item -> null);
        }

        RowCell(Function<S, Node> render, Function<S, String> hover) {
            this.render = render;
            this.hover = hover;
        }

        @Override
        protected void updateItem(S item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setGraphic(render.apply(item));
            String text = hover.apply(item);
            setTooltip(text == null ? null : tooltip(text));
        }
    }
}
