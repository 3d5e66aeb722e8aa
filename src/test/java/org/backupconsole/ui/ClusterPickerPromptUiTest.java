package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.backend.BackupService;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.Simulators;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The header names the organization or says why it cannot, and the cluster picker why there is nothing to pick. */
@ExtendWith(ApplicationExtension.class)
class ClusterPickerPromptUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void anOrganizationWithoutClustersSaysSoInThePicker(FxRobot robot) throws Exception {
        open(robot, Simulators.empty());

        waitFor(() -> pickerSays(robot).equals("No clusters"));
        assertEquals(Simulators.empty().organizationName(), organization(robot));
    }

    @Test
    void whenTheClustersCannotBeListedTheHeaderSaysNothingWasLoaded(FxRobot robot) throws Exception {
        FailingBackupService failing = new FailingBackupService(Simulators.demo());
        failing.fail("listClusters");
        open(robot, failing.service());

        waitFor(() -> pickerSays(robot).equals("Clusters not loaded"));
        assertEquals("Organization not loaded", organization(robot));
    }

    private void open(FxRobot robot, BackupService service) {
        robot.interact(() -> {
            DesktopApp.show(stage, service);
            stage.setWidth(1360);
            stage.setHeight(860);
        });
    }

    private static String pickerSays(FxRobot robot) {
        SearchableComboBox<?> picker = robot.lookup("#clusterPicker").query();
        ListCell<?> shown = picker.getButtonCell();
        return shown.getText() == null ? "" : shown.getText();
    }

    private static String organization(FxRobot robot) {
        return robot.lookup(".organization-name").queryAs(Label.class).getText();
    }
}
