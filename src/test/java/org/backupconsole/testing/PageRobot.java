package org.backupconsole.testing;

import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;

import org.backupconsole.domain.Cluster;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.BackupRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the UI tests do on the Backup Recovery page: wait for it, find the topmost row's controls, pick a cluster,
 * choose in a combo box.
 */
public final class PageRobot {

    private PageRobot() {
    }

    /**
     * Waits until the condition holds, asking it on the FX thread: the scene graph and the lists a view binds to
     * are the FX thread's, and read from the test's thread they can be met half changed.
     */
    public static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        waitFor(30, condition);
    }

    public static void waitFor(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFxThread(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Not TestFX's asyncFx: it keeps a failed condition, such as a node not there yet, to fail a later step. */
    private static boolean onFxThread(Callable<Boolean> condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return condition.call();
        }
        var answer = new CompletableFuture<Boolean>();
        Platform.runLater(() -> {
            try {
                answer.complete(condition.call());
            } catch (Throwable failure) {
                answer.completeExceptionally(failure);
            }
        });
        try {
            return answer.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    /** Waits until a node matching the query is shown, such as a dialog that opens, and returns it. */
    public static Node waitForShown(FxRobot robot, String query) throws TimeoutException {
        waitFor(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

    /** Whether a node matching the query is in the scene and visible: the page adds some only once first shown. */
    public static boolean isShown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Waits until no node matches the query, such as a dialog that closes. */
    public static void waitForGone(FxRobot robot, String query) throws TimeoutException {
        waitFor(() -> robot.lookup(query).tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    public static TableView<BackupRow> backupsTable(FxRobot robot) {
        return robot.lookup(".backups-table").queryAs(TableView.class);
    }

    public static TableView<BackupRow> waitForBackups(FxRobot robot) throws TimeoutException {
        waitFor(() -> robot.lookup(".backups-table").tryQuery().isPresent() && !backupsTable(robot).getItems().isEmpty());
        return backupsTable(robot);
    }

    /** Picks a cluster in the header and waits for its rows. */
    public static void select(FxRobot robot, BackupRecoveryViewModel page, Cluster cluster) throws TimeoutException {
        robot.interact(() -> page.selectedClusterProperty().set(cluster));
        TableView<BackupRow> table = backupsTable(robot);
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().get(0).backup().clusterId().equals(cluster.id()));
    }

    /** Picks a cluster in the header's list by clicking it, as a user does. */
    public static void pick(FxRobot robot, String clusterName) {
        choose(robot, "#clusterPicker", clusterName + "  (");
    }

    /** Opens a combo box and clicks the item whose text starts with the given words. */
    public static void choose(FxRobot robot, String comboBox, String itemStart) {
        robot.clickOn(comboBox);
        Node item = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof ListCell<?> cell && cell.getText() != null
                        && cell.getText().startsWith(itemStart))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + itemStart + "… in " + comboBox));
        robot.clickOn(item);
    }

    /** A table keeps spare cells outside its viewport: this is the enabled match in the topmost row. */
    public static Node topmost(FxRobot robot, String query) {
        // The page refreshes itself while the clock runs, and its rows are laid out again for a moment.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            Optional<Node> found = robot.lookup(query).queryAll().stream()
                    .filter(n -> !n.isDisable() && rowIndex(n) >= 0)
                    .min(Comparator.comparingInt(PageRobot::rowIndex));
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found.orElseThrow(() -> new AssertionError("no enabled " + query + " in a row"));
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The match in one row of a table, by the row's index. */
    public static Node inRow(FxRobot robot, String query, int row) {
        return robot.lookup(query).queryAll().stream().filter(n -> rowIndex(n) == row).findFirst().orElseThrow();
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
