package org.backupconsole.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;

/**
 * A cluster with a year of backups every 5 minutes: the page shows the newest backups as soon as they come,
 * says that older ones are loading, lists an older day on its own meanwhile, and keeps the whole list up to
 * date on a refresh. Background calls wait in a queue, run one by one by the test.
 */
class LargeClusterPageTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private final Simulation simulation = Simulators.scenario("large-cluster");
    private final SimulatorBackupService service = simulation.serviceFor(simulation.desktopUser());
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final BackupRecoveryViewModel page = new BackupRecoveryViewModel(service,
            new UiExecutors(background::add, Runnable::run), new ManualScheduler(), UTC);
    private final Cluster large = service.listClusters().stream()
            .filter(c -> c.name().equals("telemetry-events")).findFirst().orElseThrow();

    /** Runs the background calls waiting, and those they start, in turn. */
    private void drain() {
        while (!background.isEmpty()) {
            background.removeFirst().run();
        }
    }

    private List<String> idsOf(List<BackupRow> rows) {
        return rows.stream().map(r -> r.backup().id()).toList();
    }

    private List<String> allIds() {
        return simulation.backups(large.id()).stream().map(Backup::id).toList();
    }

    @Test
    void theNewestBackupsShowBeforeTheRestAndSayThatOlderOnesAreLoading() {
        page.start(large.id());
        background.removeFirst().run();

        assertEquals(PageState.READY, page.stateProperty().get());
        assertEquals(allIds().subList(0, BackupListing.FIRST_PAGE), idsOf(page.rows()));
        assertEquals("The newest 500 backups; loading older backups…", page.calendar().countProperty().get());
        assertTrue(page.coverage().gapsTextProperty().get().startsWith("Gaps are judged once the older backups"),
                page.coverage().gapsTextProperty().get());
        var settings = page.settingsDialog().orElseThrow();
        settings.retentionDaysProperty().set(30);
        assertTrue(settings.effects().stream().anyMatch(line -> line.contains("the 500 or more existing ones keep "
                + "their expiry")), settings.effects().toString());
        assertFalse(background.isEmpty(), "the rest loads in the background");

        drain();

        assertEquals(allIds(), idsOf(page.rows()));
        assertTrue(allIds().size() > 100_000);
        assertEquals(String.format("%,d backups", allIds().size()), page.calendar().countProperty().get());
        assertFalse(page.coverage().gapsTextProperty().get().startsWith("Gaps are judged once"));
    }

    @Test
    void anOlderDayChosenWhileTheRestLoadsIsListedOnItsOwn() {
        page.start(large.id());
        background.removeFirst().run();
        LocalDate older = simulation.clock().now().atZone(UTC).toLocalDate().minusDays(200);
        assertTrue(page.calendar().mayChoose(older), "a day not listed yet may be chosen");
        assertTrue(page.calendar().marksOf(older).words().startsWith("Older backups are loading"));

        page.calendar().dayProperty().set(older);

        assertEquals("Loading the backups of this day…", page.calendar().countProperty().get());
        assertTrue(page.calendar().noBackupsShown().startsWith("Loading the backups on "));
        background.removeLast().run();
        List<String> day = simulation.backups(large.id()).stream()
                .filter(b -> b.asOfTime().atZone(UTC).toLocalDate().equals(older)).map(Backup::id).toList();
        assertEquals(288, day.size());
        assertEquals(day, idsOf(page.rows()));
        assertEquals("288 backups on this day", page.calendar().countProperty().get());

        drain();
        assertEquals(day, idsOf(page.rows()), "the whole list shows the same day");
        assertFalse(page.calendar().mayChoose(older.minusDays(400)), "with every backup listed, empty days are not");
    }

    @Test
    void aRefreshKeepsTheWholeListUpToDateFromItsEnds() {
        page.start(large.id());
        drain();
        String oldest = allIds().get(allIds().size() - 1);

        simulation.clock().advance(Duration.ofDays(3));
        page.refreshCommand().execute();
        background.removeFirst().run();

        assertEquals(String.format("%,d backups", allIds().size()), page.calendar().countProperty().get(),
                "a page that held every backup holds them all again after one background call");
        assertEquals(allIds(), idsOf(page.rows()), "new backups came and expired ones left");
        assertFalse(allIds().contains(oldest), "three days on, the oldest backups have expired");
    }
}
