package org.backupconsole.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

import javafx.collections.transformation.SortedList;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupStatus;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.backups.BackupRow;
import org.backupconsole.ui.backups.CalendarFilter;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Changing the calendar day with 100,000 backups listed: the time from setting the day until the table's
 * sorted rows hold that day's backups, on the page's own view model and the same sorted list the view uses.
 */
@Tag("benchmark")
class CalendarFilterBenchmarkTest {

    private static final int BACKUPS = 100_000;
    private static final Duration EVERY = Duration.ofMinutes(5);
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;
    private static final double FRAME_MILLIS = 1000.0 / 60;

    @Test
    void changingTheDayWith100000Backups() {
        SimulatorBackupService simulator = Simulators.mixedPlans();
        Cluster orders = simulator.listClusters().get(0);
        FailingBackupService service = new FailingBackupService(simulator);
        List<Backup> backups = backupsEveryFiveMinutes(orders.id(), simulator.now());
        service.rewrite("listBackups", answer -> backups);
        BackupRecoveryViewModel page = new BackupRecoveryViewModel(service.service(), UiExecutors.direct(),
                new ManualScheduler(), ZoneId.of("UTC"));
        page.start();
        assertEquals(BACKUPS, page.rows().size());
        SortedList<BackupRow> shown = new SortedList<>(page.rows(),
                Comparator.comparing((BackupRow r) -> r.backup().asOfTime()).reversed());
        CalendarFilter calendar = page.calendar();
        List<LocalDate> days = new ArrayList<>(backups.stream().map(b -> b.asOfTime().atZone(ZoneId.of("UTC")).toLocalDate())
                .distinct().toList());
        SplittableRandom random = new SplittableRandom(1);

        long[] dayToDay = new long[MEASURED];
        long[] toAllDates = new long[MEASURED / 10];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            LocalDate day = days.get(random.nextInt(days.size()));
            long start = System.nanoTime();
            calendar.dayProperty().set(day);
            int size = shown.size();
            long took = System.nanoTime() - start;
            if (size == 0 || !shown.get(0).day().equals(day)) {
                throw new AssertionError("the rows do not show " + day);
            }
            if (i >= WARM_UP) {
                dayToDay[i - WARM_UP] = took;
            }
        }
        for (int i = 0; i < toAllDates.length; i++) {
            calendar.dayProperty().set(days.get(random.nextInt(days.size())));
            long start = System.nanoTime();
            calendar.showAllDates();
            int size = shown.size();
            toAllDates[i] = System.nanoTime() - start;
            assertEquals(BACKUPS, size);
        }

        String report = "## Calendar filter: changing the day with 100,000 backups\n\n"
                + PerformanceReport.machine() + "\n\n"
                + "The page's view model holds " + BACKUPS + " backups (one every 5 minutes, " + days.size()
                + " days) behind the same sorted list the table uses. Each figure is the time from setting the"
                + " calendar's day until the sorted rows hold that day's backups; " + MEASURED
                + " random days after " + WARM_UP + " warm-up changes. Budget: one frame, "
                + String.format(Locale.ROOT, "%.1f", FRAME_MILLIS) + " ms.\n\n"
                + "| change | median | p99 | max |\n| --- | --- | --- | --- |\n"
                + line("one day to another", dayToDay)
                + line("a day to All dates (100,000 rows)", toAllDates)
                + "\nA day is a range of the index built when the backups load (`BackupDayIndex`), so choosing one"
                + " costs a hash lookup and copying that day's rows, whatever the total. Rendering is not included:"
                + " the table draws only its visible rows either way.\n";
        PerformanceReport.publish("calendar-filter", report);
    }

    private static String line(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "| " + what + " | " + millis(sorted[sorted.length / 2]) + " | "
                + millis(sorted[(int) Math.floor(sorted.length * 0.99)]) + " | " + millis(sorted[sorted.length - 1]) + " |\n";
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
