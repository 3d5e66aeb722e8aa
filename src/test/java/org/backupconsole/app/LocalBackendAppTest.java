package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.backupconsole.domain.Cluster;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.ui.backups.BackupRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --backend local}: the app on the live client, talking HTTP to the local Cloud API in the same process. */
@ExtendWith(ApplicationExtension.class)
class LocalBackendAppTest {

    @Start
    void start(Stage stage) {
        picocli.CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs("--backend", "local");
        BackendLauncher.open(commandLine.getCommand(), stage, backend -> DesktopApp.show(stage, backend));
    }

    @Test
    void showsTheDemoBackupsAsTheLiveApiReportsThem(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<BackupRow> table = robot.lookup(".backups-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        assertEquals("LOCAL API", robot.lookup(".backend-badge").queryAs(Label.class).getText());
        assertEquals("Acme Logistics", robot.lookup(".organization-name").queryAs(Label.class).getText());
        assertTrue(table.getItems().stream().allMatch(row -> row.backup().isComplete() && row.backup().expiryEstimated()),
                "the API reports neither status nor expiry, so every backup is Complete with an estimated expiry");
    }

    @Test
    void theRestoreDialogChecksTheTargetAndEmptiesItOverTheCloudApi(FxRobot robot) throws Exception {
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Cluster> picker = robot.lookup("#clusterPicker").queryAs(ComboBox.class);
        Cluster basic = picker.getItems().stream().filter(c -> c.name().equals("demo-basic")).findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(basic));
        PageRobot.waitFor(() -> table.getItems().stream().allMatch(r -> r.backup().clusterId().equals(basic.id())));
        PageRobot.waitFor(() -> robot.lookup(".backups-table .restore-button").queryAll().stream().anyMatch(n -> !n.isDisabled()));
        robot.clickOn(PageRobot.topmost(robot, ".backups-table .restore-button"));
        PageRobot.waitFor(() -> robot.lookup(".empty-first").tryQuery().map(Node::isVisible).orElse(false));
        String holds = robot.lookup("#targetStatus").queryAs(Label.class).getText();
        assertTrue(holds.startsWith("demo-basic holds 2 databases now: "), holds);
        robot.clickOn(".restore-dialog .confirmation-field").write("demo-basic");
        assertTrue(robot.lookup(".restore-confirm").queryButton().isDisabled(), "ListDatabases says demo-basic is not empty");

        robot.clickOn(".empty-first");
        PageRobot.waitFor(() -> robot.lookup(".empty-cluster-dialog").tryQuery().isPresent());
        robot.clickOn(".empty-cluster-dialog .confirmation-field").write("demo-basic");
        robot.clickOn(".drop-confirm");
        PageRobot.waitFor(() -> robot.lookup(".drop-dropped").queryAll().size() == 2);
        robot.clickOn("Close");

        PageRobot.waitFor(() -> robot.lookup("#targetStatus").queryAs(Label.class).getText()
                .equals("demo-basic holds no databases now."));
        robot.clickOn(".restore-dialog .confirmation-field").write("demo-basic");
        assertFalse(robot.lookup(".restore-confirm").queryButton().isDisabled(), "checked again over the API: empty");
        robot.clickOn("Cancel");
        assertTrue(table.getItems().size() > 0);
    }
}
