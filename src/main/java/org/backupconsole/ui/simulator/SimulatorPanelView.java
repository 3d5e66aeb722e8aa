package org.backupconsole.ui.simulator;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.Duration;

import org.backupconsole.ui.common.CalendarMonths;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.CommandButtons;
import org.backupconsole.ui.common.FieldProblems;
import org.backupconsole.ui.common.ViewLoader;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Simulator page: wiring between {@code SimulatorPanel.fxml} and its view model; the clock ticks on a timeline. */
public final class SimulatorPanelView {

    private static final Duration TICK = Duration.millis(250);

    private final SimulatorPanelViewModel viewModel;
    private final Parent root;
    private final Timeline ticking;

    @FXML private Label clockNow;
    @FXML private Label clockUtc;
    @FXML private Button pauseButton;
    @FXML private FontIcon pauseIcon;
    @FXML private ComboBox<ClockSpeed> speedPicker;
    @FXML private Button plusHourButton;
    @FXML private Button plusDayButton;
    @FXML private Button plusWeekButton;
    @FXML private DatePicker jumpDate;
    @FXML private TextField jumpTime;
    @FXML private Button jumpButton;
    @FXML private Label clockError;
    @FXML private CheckBox slowNetwork;
    @FXML private Spinner<Integer> latencyMillis;
    @FXML private CheckBox lossyNetwork;
    @FXML private Spinner<Integer> errorPercent;
    @FXML private CheckBox failingBackups;
    @FXML private CheckBox failingRestores;
    @FXML private Label faultError;
    @FXML private Button saveButton;
    @FXML private Button loadButton;
    @FXML private Label sessionMessage;
    @FXML private Label sessionError;

    public SimulatorPanelView(SimulatorPanelViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
        this.ticking = new Timeline(new KeyFrame(TICK, event -> viewModel.clock().refresh()));
        ticking.setCycleCount(Animation.INDEFINITE);
        ticking.play();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        ClockViewModel clock = viewModel.clock();
        clockNow.textProperty().bind(clock.nowProperty());
        clockUtc.textProperty().bind(clock.nowUtcProperty());
        pauseButton.textProperty().bind(Bindings.when(clock.pausedProperty()).then("Resume").otherwise("Pause"));
        pauseIcon.iconCodeProperty().bind(Bindings.<Ikon>when(clock.pausedProperty()).then(Feather.PLAY).otherwise(Feather.PAUSE));
        CommandButtons.bind(pauseButton, clock.pauseOrResumeCommand());
        speedPicker.getItems().setAll(ClockSpeed.values());
        speedPicker.valueProperty().bindBidirectional(clock.speedProperty());
        CommandButtons.bind(plusHourButton, clock.advanceHourCommand());
        CommandButtons.bind(plusDayButton, clock.advanceDayCommand());
        CommandButtons.bind(plusWeekButton, clock.advanceWeekCommand());
        jumpDate.valueProperty().bindBidirectional(clock.jumpDateProperty());
        CalendarMonths.openOn(jumpDate, () -> Optional.of(YearMonth.from(clock.today())));
        jumpDate.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(isDisable() || empty || day == null || day.isBefore(clock.today()));
            }
        });
        jumpTime.textProperty().bindBidirectional(clock.jumpTimeProperty());
        new FieldProblems().error(jumpTime, clock.jumpTimeProblemProperty());
        CommandButtons.bind(jumpButton, clock.jumpCommand());
        showWhen(clockError, clock.errorProperty().isEmpty().not());
        clockError.textProperty().bind(clock.errorProperty());

        FaultTogglesViewModel faults = viewModel.faults();
        slowNetwork.selectedProperty().bindBidirectional(faults.slowNetworkProperty());
        lossyNetwork.selectedProperty().bindBidirectional(faults.lossyNetworkProperty());
        failingBackups.selectedProperty().bindBidirectional(faults.failingBackupsProperty());
        failingRestores.selectedProperty().bindBidirectional(faults.failingRestoresProperty());
        spinner(latencyMillis, 0, 30_000, 100, faults.latencyMillisProperty().asObject());
        spinner(errorPercent, 1, 90, 5, faults.errorPercentProperty().asObject());
        latencyMillis.disableProperty().bind(slowNetwork.selectedProperty().not());
        errorPercent.disableProperty().bind(lossyNetwork.selectedProperty().not());
        faultError.textProperty().bind(faults.errorProperty());
        showWhen(faultError, faults.errorProperty().isEmpty().not());

        SessionFileViewModel sessionFile = viewModel.sessionFile();
        saveButton.disableProperty().bind(sessionFile.saveCommand().runningProperty());
        loadButton.disableProperty().bind(sessionFile.loadCommand().runningProperty());
        sessionMessage.textProperty().bind(sessionFile.messageProperty());
        showWhen(sessionMessage, sessionFile.messageProperty().isEmpty().not());
        sessionError.textProperty().bind(sessionFile.errorProperty());
        showWhen(sessionError, sessionFile.errorProperty().isEmpty().not());
    }

    @FXML
    private void save() {
        chooseFileThen(chooser -> chooser.showSaveDialog(root.getScene().getWindow()), viewModel.sessionFile().saveCommand());
    }

    @FXML
    private void load() {
        chooseFileThen(chooser -> chooser.showOpenDialog(root.getScene().getWindow()), viewModel.sessionFile().loadCommand());
    }

    private void chooseFileThen(Function<FileChooser, File> ask, Command command) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Simulator session");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Simulator session (*.json)", "*.json"));
        Path last = viewModel.sessionFile().fileProperty().get();
        if (last != null && Files.isDirectory(last.getParent())) {
            chooser.setInitialDirectory(last.getParent().toFile());
            chooser.setInitialFileName(last.getFileName().toString());
        }
        File chosen = ask.apply(chooser);
        if (chosen != null) {
            viewModel.sessionFile().fileProperty().set(chosen.toPath());
            command.execute();
        }
    }


    private static void spinner(Spinner<Integer> spinner, int min, int max, int step, ObjectProperty<Integer> value) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        spinner.setEditable(true);
    }

    private static void showWhen(Label label, ObservableBooleanValue when) {
        label.visibleProperty().bind(when);
        label.managedProperty().bind(label.visibleProperty());
    }
}
