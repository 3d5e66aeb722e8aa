package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.collectGarbage;
import static org.backupconsole.testing.PageRobot.isShown;
import static org.backupconsole.testing.PageRobot.topmost;
import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.model.ReplaceCatalog;
import org.backupconsole.testing.Catalogs;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In the spirit of mvvmFX's GCVerifier: a dialog's lines must follow its fields after garbage collections, as
 * they do in a long session. A view that listens to a list made fresh per call goes silent once the wrapper is
 * collected, and the dialog then describes a target or an option the user no longer has chosen.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsAfterGarbageCollectionUiTest {

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private BackupRecoveryViewModel page;

    @Start
    void start(Stage stage) {
        page = DesktopApp.show(stage, simulator);
    }

    @Test
    void theClusterRestoreDialogDescribesTheTargetChosenAfterACollection(FxRobot robot) throws Exception {
        waitForBackups(robot);
        Cluster staging = simulator.listClusters().stream().filter(c -> c.name().equals("orders-staging")).findFirst().orElseThrow();
        SimulationAccess.withEngine(simulator.simulation(), engine -> engine.run(new ReplaceCatalog(staging.id(), Catalogs.sample())));
        robot.clickOn(topmost(robot, ".backups-table .restore-button"));
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isPresent());
        collectGarbage();

        robot.clickOn(".restore-dialog .combo-box").clickOn("orders-staging");

        waitFor(() -> lines(robot, ".consequence").stream().anyMatch(l -> l.contains("Every database in orders-staging is erased")));
        assertFalse(lines(robot, ".consequence").stream().anyMatch(l -> l.contains("Every database in orders is")),
                lines(robot, ".consequence").toString());
        assertTrue(lines(robot, ".consequence").stream().anyMatch(l -> l.startsWith("orders-staging is unavailable")));
        assertTrue(robot.lookup(".restore-confirm").queryButton().getText().endsWith("orders-staging"));
        waitFor(() -> robot.lookup("#targetStatus").queryAs(Label.class).getText().startsWith("orders-staging holds 3 databases"));
    }

    @Test
    void theTableRestoreDialogFollowsItsFieldsAfterACollection(FxRobot robot) throws Exception {
        waitForBackups(robot);
        PageRobot.select(robot, page, simulator.listClusters().stream()
                .filter(c -> c.name().equals("analytics")).findFirst().orElseThrow());
        robot.clickOn(topmost(robot, ".backups-table .hyperlink"));
        waitFor(() -> isShown(robot, ".databases-table"));
        robot.clickOn(topmost(robot, ".databases-table .hyperlink"));
        waitFor(() -> isShown(robot, ".tables-table"));
        robot.clickOn(topmost(robot, ".tables-table .restore-button"));
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isPresent());
        collectGarbage();

        robot.clickOn(robot.lookup(".text-field").match(n -> "Into database".equals(n.getAccessibleText()))
                .queryTextInputControl()).write("movr_copy");
        robot.clickOn("Schema only");

        waitFor(() -> lines(robot, ".consequence-neutral").stream().anyMatch(l -> l.contains("into database movr_copy")));
        assertTrue(lines(robot, ".consequence-neutral").stream().anyMatch(l -> l.startsWith("Only the schema")));
    }

    @Test
    void theSettingsDialogSaysWhatSavingDoesAfterACollection(FxRobot robot) throws Exception {
        waitForBackups(robot);
        robot.clickOn("#settingsButton");
        waitFor(() -> robot.lookup(".settings-dialog").tryQuery().isPresent());
        collectGarbage();

        robot.clickOn(".settings-dialog .combo-box").clickOn("15 minutes");

        waitFor(() -> lines(robot, ".effect").stream().anyMatch(l -> l.contains("An immediate full backup starts")));
        assertFalse(lines(robot, ".effect").stream().anyMatch(l -> l.startsWith("Nothing to save yet")));
    }

    private static List<String> lines(FxRobot robot, String query) throws TimeoutException {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
