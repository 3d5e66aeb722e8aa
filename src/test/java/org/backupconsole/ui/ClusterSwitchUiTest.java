package org.backupconsole.ui;

import static org.backupconsole.testing.PageRobot.pick;
import static org.backupconsole.testing.PageRobot.topmost;
import static org.backupconsole.testing.PageRobot.waitFor;
import static org.backupconsole.testing.PageRobot.waitForBackups;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.NetworkConditions;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.BackupRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A cluster switch on a slow network (the simulator's latency): from the moment of the switch no row of the
 * cluster the user left can be clicked, the page says what it is loading, and Restore opens only on the new
 * cluster's rows.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterSwitchUiTest {

    private final SimulatorBackupService simulator = Simulators.demo();
    private BackupRecoveryViewModel page;

    @Start
    void start(Stage stage) {
        page = DesktopApp.show(stage, simulator);
    }

    @Test
    void noRowOfTheLeftClusterIsEverClickableAndTheDialogNamesTheNewCluster(FxRobot robot) throws Exception {
        TableView<BackupRow> table = waitForBackups(robot);
        Cluster basic = cluster("demo-basic");
        Cluster advanced = cluster("demo-advanced");
        assertEquals(basic, page.selectedClusterProperty().get());
        simulator.simulation().setNetwork(new NetworkConditions(Duration.ofMillis(400), 0));
        Set<String> seen = new LinkedHashSet<>();
        AnimationTimer everyFrame = new AnimationTimer() {
            @Override
            public void handle(long now) {
                table.getItems().stream().filter(r -> !r.backup().clusterId().equals(advanced.id()))
                        .forEach(r -> seen.add(r.dataFrom() + " of " + r.backup().clusterId()));
            }
        };

        robot.interact(() -> {
            page.selectedClusterProperty().set(advanced);
            everyFrame.start();
        });
        Label placeholder = (Label) ((VBox) table.getPlaceholder()).getChildren().get(1);
        assertEquals("Loading the backups of demo-advanced…", placeholder.getText());
        assertTrue(robot.lookup("#settingsButton").queryButton().isDisabled(), "Settings waits for demo-advanced");
        waitFor(() -> !table.getItems().isEmpty());
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        robot.interact(everyFrame::stop);

        assertEquals(Set.of(), seen, "no frame after the switch showed a row of demo-basic");
        assertTrue(table.getItems().stream().allMatch(r -> r.backup().clusterId().equals(advanced.id())));
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(topmost(robot, ".backups-table .restore-button"));
        waitFor(() -> robot.lookup(".restore-dialog").tryQuery().isPresent());
        String title = robot.lookup(".dialog-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("Restore demo-advanced to "), title);
    }

    private Cluster cluster(String name) {
        return simulator.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anotherClusterOpensOnItsBackupsWhileARefreshKeepsTheTab(FxRobot robot) throws Exception {
        waitForBackups(robot);
        TabPane tabs = robot.lookup(".page-tabs").queryAs(TabPane.class);
        robot.clickOn("Restore Jobs");
        robot.interact(page::refreshSoon);
        waitFor(() -> !page.refreshCommand().runningProperty().get());
        assertEquals("Restore Jobs", tabs.getSelectionModel().getSelectedItem().getText(), "a refresh keeps the tab");

        pick(robot, "demo-standard");
        waitFor(() -> page.selectedClusterProperty().get().name().equals("demo-standard"));
        assertEquals("Backups", tabs.getSelectionModel().getSelectedItem().getText());
    }
}
