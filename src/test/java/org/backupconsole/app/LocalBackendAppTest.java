package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

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
}
