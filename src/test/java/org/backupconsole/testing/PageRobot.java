package org.backupconsole.testing;

import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;

import org.backupconsole.domain.Cluster;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.BackupRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests do on the Backup Recovery page: wait for it, find the topmost row's controls, pick a cluster. */
public final class PageRobot {

    private PageRobot() {
    }

    public static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    public static TableView<BackupRow> backupsTable(FxRobot robot) {
        return robot.lookup(".backups-table").queryAs(TableView.class);
    }

    public static TableView<BackupRow> waitForBackups(FxRobot robot) throws TimeoutException {
        TableView<BackupRow> table = backupsTable(robot);
        waitFor(() -> !table.getItems().isEmpty());
        return table;
    }

    /** Picks a cluster in the header and waits for its rows. */
    public static void select(FxRobot robot, BackupRecoveryViewModel page, Cluster cluster) throws TimeoutException {
        robot.interact(() -> page.selectedClusterProperty().set(cluster));
        TableView<BackupRow> table = backupsTable(robot);
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().get(0).backup().clusterId().equals(cluster.id()));
    }

    /** A table keeps spare cells outside its viewport: this is the enabled match in the topmost row. */
    public static Node topmost(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(n -> !n.isDisable() && rowIndex(n) >= 0)
                .min(Comparator.comparingInt(PageRobot::rowIndex)).orElseThrow();
    }

    private static int rowIndex(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof TableCell<?, ?> cell) {
                return cell.isVisible() && !cell.isEmpty() ? cell.getIndex() : -1;
            }
        }
        return -1;
    }

    /** Collects garbage until a weakly held object has gone, so that anything held only weakly has too. */
    public static void collectGarbage() {
        java.lang.ref.WeakReference<Object> probe = new java.lang.ref.WeakReference<>(new Object());
        for (int i = 0; i < 20 && probe.get() != null; i++) {
            System.gc();
            System.runFinalization();
        }
        System.gc();
    }
}
