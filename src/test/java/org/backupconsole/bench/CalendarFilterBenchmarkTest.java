package org.backupconsole.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.backupconsole.app.DesktopApp;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupStatus;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.BackupRow;
import org.backupconsole.ui.backups.CalendarFilter;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Changing the calendar day with 100,000 backups listed, in the real window: the time from setting the day until
 * the table has taken in that day's backups and laid out its visible rows (painting aside). Beside it, in the
 * same run, the way the table was fed before: JavaFX's {@code SortedList} bound to the table's comparator, under
 * a one-column table of its own view model.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class CalendarFilterBenchmarkTest {

    private static final int BACKUPS = 100_000;
    private static final Duration EVERY = Duration.ofMinutes(5);
    private static final int ROUNDS = 4;
    private static final int WARM_UP = 150;
    private static final int MEASURED = 500;
    private static final int TO_ALL_DATES = 50;
    private static final double FRAME_MILLIS = 1000.0 / 60;
    /** The thread that paints the frames, and how long it stays idle before a change is timed. */
    private static final String RENDERER = "QuantumRenderer";
    private static final long QUIET_MILLIS = 5;
    /** Waiting for a core longer than this during a change counts as the machine's doing, not the change's. */
    private static final long KEPT_WAITING_NANOS = 200_000;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void changingTheDayWith100000Backups(FxRobot robot) throws Exception {
        SimulatorBackupService simulator = Simulators.mixedPlans();
        Cluster orders = simulator.listClusters().get(0);
        List<Backup> backups = backupsEveryFiveMinutes(orders.id(), simulator.now());
        FailingBackupService service = new FailingBackupService(simulator);
        service.rewrite("listBackups", answer -> backups);

        BackupRecoveryViewModel page = WaitForAsyncUtils.asyncFx(() -> DesktopApp.show(stage, service.service())).get();
        TableView<BackupRow> table = PageRobot.waitForBackups(robot);
        PageRobot.waitFor(() -> page.rows().size() == BACKUPS);
        Pipeline window = new Pipeline(page.calendar(), table, stage.getScene().getRoot());
        Pipeline before = WaitForAsyncUtils.asyncFx(() -> sortedListTable(service)).get();

        List<LocalDate> days = backups.stream().map(b -> b.asOfTime().atZone(ZoneId.of("UTC")).toLocalDate())
                .distinct().toList();
        SplittableRandom random = new SplittableRandom(1);
        Figures now = new Figures();
        Figures then = new Figures();
        for (int round = 0; round < ROUNDS; round++) {
            measure(window, days, random, now);
            measure(before, days, random, then);
        }

        String report = "## Calendar filter: changing the day with 100,000 backups\n\n"
                + PerformanceReport.machine() + " " + PerformanceReport.loadNote() + "\n\n"
                + "The Backup Recovery window lists " + BACKUPS + " backups of one cluster (one every 5 minutes, "
                + days.size() + " days). Each figure is the time from setting the calendar's day until the table"
                + " holds that day's backups (the filter, the table's sorting and its selection), and until it has"
                + " also laid out its visible rows (what the next frame shows, painting aside). "
                + ROUNDS * MEASURED + " random days and " + ROUNDS * TO_ALL_DATES + " returns to All dates, in "
                + ROUNDS + " rounds taken in turns with the baseline, each after " + WARM_UP + " warm-up changes; each change"
                + " comes once the last one's frame is painted (the renderer idle for " + QUIET_MILLIS + " ms)."
                + " The baseline is how the table was fed before: JavaFX's `SortedList` bound to the table's"
                + " comparator, which sorts every list it is handed, under a one-column table of its own. Budget: the"
                + " rows in p99 2 ms, and nothing laid out over one frame, "
                + String.format(Locale.ROOT, "%.1f", FRAME_MILLIS) + " ms.\n\n"
                + "| change | until | median | p99 | max | with a collection | kept waiting for a core | p99 / max of the rest |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
                + line("one day to another", "the rows", now.dayToDay)
                + line("one day to another, baseline", "the rows", then.dayToDay)
                + line("one day to another", "laid out", now.dayToDayLaidOut)
                + line("one day to another, baseline", "laid out", then.dayToDayLaidOut)
                + line("a day to All dates (100,000 rows)", "the rows", now.toAllDates)
                + line("a day to All dates, baseline", "the rows", then.toAllDates)
                + line("a day to All dates (100,000 rows)", "laid out", now.toAllDatesLaidOut)
                + line("a day to All dates, baseline", "laid out", then.toAllDatesLaidOut)
                + "\nA day is a range of the index built when the backups load (`BackupDayIndex`). The calendar"
                + " swaps that range into its list whole, without copying it (`SwappedList`), and hands it over"
                + " newest first, the order the table opens on, so the table's rows (`SortedRows`) pass it through"
                + " as it is: a day and All dates cost the same, with no sorting. Only another sort column sorts. Laying"
                + " out is the cells taking in their new words: each keeps its nodes (`BackupCells`), so what is"
                + " left is JavaFX measuring the changed texts. \"With a collection\" counts the changes during which"
                + " the JVM collected garbage (seen by a weakly held object vanishing; the test's default collector, G1,"
                + " with both view models' 100,000 rows live). \"Kept waiting for a core\" counts those during which"
                + " the FX thread, ready to run, waited more than " + KEPT_WAITING_NANOS / 1000 + " µs for one of the"
                + " cores while other threads (the compiler's, the collector's, the test's) had them, as Linux counts"
                + " it (`/proc/thread-self/schedstat`). The last column is the rest: the changes' own work.\n";
        PerformanceReport.publish("calendar-filter", report);
    }

    private static void measure(Pipeline pipeline, List<LocalDate> days, SplittableRandom random, Figures figures)
            throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            pipeline.change(days.get(random.nextInt(days.size())));
        }
        for (int i = 0; i < MEASURED; i++) {
            figures.dayToDay(pipeline.change(days.get(random.nextInt(days.size()))));
        }
        for (int i = 0; i < TO_ALL_DATES; i++) {
            pipeline.change(days.get(random.nextInt(days.size())));
            figures.toAllDates(pipeline.change(null));
        }
    }

    /** The table as it was fed before, over a view model of its own so that the two never hear each other. */
    private static Pipeline sortedListTable(FailingBackupService service) {
        BackupRecoveryViewModel page = new BackupRecoveryViewModel(service.service(), UiExecutors.direct(),
                new ManualScheduler(), ZoneId.of("UTC"));
        page.start();
        assertEquals(BACKUPS, page.rows().size());
        TableView<BackupRow> table = new TableView<>();
        TableColumn<BackupRow, BackupRow> dataFrom = new TableColumn<>("Data From");
        dataFrom.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        dataFrom.setComparator(Comparator.comparing(row -> row.backup().asOfTime()));
        dataFrom.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().add(dataFrom);
        SortedList<BackupRow> sorted = new SortedList<>(page.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(dataFrom);
        Stage second = new Stage();
        second.setScene(new Scene(table, 1024, 640));
        second.show();
        return new Pipeline(page.calendar(), table, second.getScene().getRoot());
    }

    private record Pipeline(CalendarFilter calendar, TableView<BackupRow> table, Parent root) {

        /**
         * Sets the day (null: All dates) on the FX thread and says how long the table took to take in its rows,
         * and then to lay them out.
         */
        Took change(LocalDate day) throws Exception {
            Callable<Took> timed = () -> {
                WeakReference<Object> sentinel = new WeakReference<>(new Object());
                ThreadTime before = ThreadTime.now();
                long start = System.nanoTime();
                calendar.dayProperty().set(day);
                long rows = System.nanoTime();
                boolean collectedForRows = sentinel.get() == null;
                root.applyCss();
                root.layout();
                long laidOut = System.nanoTime();
                ThreadTime spent = ThreadTime.now().since(before);
                Took took = new Took(rows - start, collectedForRows, laidOut - start, sentinel.get() == null,
                        spent.waitingForCore() > KEPT_WAITING_NANOS);
                int expected = day == null ? BACKUPS : 288;
                BackupRow top = table.getItems().get(0);
                if (table.getItems().size() > expected || (day != null && !top.day().equals(day))) {
                    throw new AssertionError("the table does not show " + (day == null ? "all dates" : day));
                }
                return took;
            };
            // Each change waits until the last one's frame is painted: under Monocle the renderer paints in
            // software on a thread of its own, and would otherwise take a core from the change.
            ThreadTime.waitUntilQuiet(RENDERER, QUIET_MILLIS, 1000);
            return WaitForAsyncUtils.asyncFx(timed).get();
        }
    }

    /**
     * How long a change took until the rows and until laid out, whether a garbage collection ran meanwhile, and
     * whether the FX thread was kept waiting for a core during the change.
     */
    private record Took(long rows, boolean collectedForRows, long laidOut, boolean collectedForLayout,
                        boolean keptWaiting) {
    }

    /** The changes' times, until the table's rows hold them and until they are laid out. */
    private static final class Figures {
        final Samples dayToDay = new Samples();
        final Samples dayToDayLaidOut = new Samples();
        final Samples toAllDates = new Samples();
        final Samples toAllDatesLaidOut = new Samples();

        void dayToDay(Took took) {
            dayToDay.add(took.rows(), took.collectedForRows(), took.keptWaiting());
            dayToDayLaidOut.add(took.laidOut(), took.collectedForLayout(), took.keptWaiting());
        }

        void toAllDates(Took took) {
            toAllDates.add(took.rows(), took.collectedForRows(), took.keptWaiting());
            toAllDatesLaidOut.add(took.laidOut(), took.collectedForLayout(), took.keptWaiting());
        }
    }

    private static final class Samples {
        private final List<Long> nanos = new ArrayList<>();
        private final List<Long> undisturbed = new ArrayList<>();
        private int collected;
        private int keptWaiting;

        void add(long took, boolean collection, boolean waited) {
            nanos.add(took);
            collected += collection ? 1 : 0;
            keptWaiting += waited ? 1 : 0;
            if (!collection && !waited) {
                undisturbed.add(took);
            }
        }

        long[] sorted() {
            return sorted(nanos);
        }

        long[] sortedUndisturbed() {
            return sorted(undisturbed);
        }

        private static long[] sorted(List<Long> nanos) {
            long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(all);
            return all;
        }
    }

    private static String line(String what, String until, Samples samples) {
        long[] sorted = samples.sorted();
        long[] quiet = samples.sortedUndisturbed();
        return "| " + what + " | " + until + " | " + millis(sorted[sorted.length / 2]) + " | " + p99(sorted) + " | "
                + millis(sorted[sorted.length - 1]) + " | " + samples.collected + " | " + samples.keptWaiting + " | "
                + (quiet.length == 0 ? "–" : p99(quiet) + " / " + millis(quiet[quiet.length - 1])) + " |\n";
    }

    private static String p99(long[] sorted) {
        return millis(sorted[(int) Math.floor(sorted.length * 0.99)]);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static List<Backup> backupsEveryFiveMinutes(String clusterId, Instant newest) {
        List<Backup> newestFirst = new ArrayList<>(BACKUPS);
        for (int i = 0; i < BACKUPS; i++) {
            Instant asOf = newest.minus(EVERY.multipliedBy(i));
            newestFirst.add(new Backup("b-" + i, clusterId, asOf, Optional.of(BackupStatus.COMPLETE),
                    Optional.of(i % 24 == 0 ? BackupType.FULL : BackupType.INCREMENTAL), asOf.plus(Duration.ofDays(365)),
                    false));
        }
        return newestFirst;
    }
}
