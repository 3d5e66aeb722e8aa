package org.backupconsole.ui.coverage;

import static org.backupconsole.ui.common.Visibility.showOnlyIf;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import org.backupconsole.ui.common.ViewLoader;

/** The Coverage tab: wiring between {@code Coverage.fxml} and its view model; the heat map is built here. */
public final class CoverageView {

    private final CoverageViewModel viewModel;
    private final Parent root;

    @FXML private Label overdueFlag;
    @FXML private Label recoveryPoint;
    @FXML private Label overdueText;
    @FXML private Label gapsText;
    @FXML private Label expiringText;
    @FXML private Label failedRunsText;
    @FXML private ListView<String> failedRuns;
    @FXML private Button earlierButton;
    @FXML private Button laterButton;
    @FXML private Label monthTitle;
    @FXML private GridPane heatMap;

    public CoverageView(CoverageViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        recoveryPoint.textProperty().bind(viewModel.recoveryPointProperty());
        for (Label line : List.of(overdueText, gapsText)) {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
            line.visibleProperty().bind(line.managedProperty());
        }
        overdueText.textProperty().bind(viewModel.overdueTextProperty());
        gapsText.textProperty().bind(viewModel.gapsTextProperty());
        expiringText.textProperty().bind(viewModel.expiringTextProperty());
        failedRunsText.textProperty().bind(viewModel.failedRunsTextProperty());
        failedRuns.setItems(viewModel.failedRuns());
        failedRuns.setCellFactory(list -> new WrappingCell());
        failedRuns.visibleProperty().bind(Bindings.isNotEmpty(viewModel.failedRuns()));
        failedRuns.managedProperty().bind(failedRuns.visibleProperty());
        viewModel.overdueProperty().addListener((obs, was, overdue) -> showOnlyIf(overdueFlag, overdue));
        showOnlyIf(overdueFlag, viewModel.overdueProperty().get());
        monthTitle.textProperty().bind(viewModel.monthTitleProperty());
        earlierButton.disableProperty().bind(viewModel.earlierMonthProperty().not());
        laterButton.disableProperty().bind(viewModel.laterMonthProperty().not());
        viewModel.days().addListener((ListChangeListener<HeatDay>) change -> drawMonth());
        drawMonth();
    }

    @FXML
    private void earlier() {
        viewModel.showEarlierMonth();
    }

    @FXML
    private void later() {
        viewModel.showLaterMonth();
    }

    private void drawMonth() {
        heatMap.getChildren().clear();
        for (int i = 0; i < viewModel.weekdays().size(); i++) {
            Label weekday = new Label(viewModel.weekdays().get(i));
            weekday.getStyleClass().add("muted");
            heatMap.add(weekday, i, 0);
        }
        int cell = viewModel.leadingBlanksProperty().get();
        for (HeatDay day : viewModel.days()) {
            heatMap.add(dayCell(day), cell % 7, 1 + cell / 7);
            cell++;
        }
    }

    private static Label dayCell(HeatDay day) {
        Label label = new Label(day.date().getDayOfMonth() + "\n" + (day.future() ? "" : day.backups()));
        label.getStyleClass().addAll("heat-day", "heat-level-" + day.level());
        if (day.missed()) {
            label.getStyleClass().add("heat-missed");
        }
        if (day.expiring()) {
            label.getStyleClass().add("heat-expiring");
        }
        if (day.future()) {
            label.getStyleClass().add("heat-future");
        }
        label.setAlignment(Pos.CENTER);
        label.setAccessibleText(day.description());
        label.setTooltip(new Tooltip(day.description()));
        return label;
    }

    /** A failed run on as many lines as its message needs. */
    private static final class WrappingCell extends ListCell<String> {

        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
