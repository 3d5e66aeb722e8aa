package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.BackupStatus;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Plan;
import org.junit.jupiter.api.Test;

/** Rules of the BASIC plan, from the managed-backups-basic page: a backup every 24 h, kept 30 days. */
class BackupEngineTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final long GIB = 1L << 30;

    private final BackupEngine engine = new BackupEngine(7, START);
    private final Cluster cluster = engine.createCluster("orders", Plan.BASIC, CloudProvider.GCP,
            List.of("us-east1", "us-west2"), 10 * GIB);

    @Test
    void basicClusterTakesOneBackupEvery24Hours() {
        engine.advanceTo(START.plus(Duration.ofDays(20)));

        List<Backup> newestFirst = engine.backups(cluster.id(), TimeRange.ALL);
        assertTrue(newestFirst.size() >= 19 && newestFirst.size() <= 20, "backups after 20 days: " + newestFirst.size());
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            assertEquals(Duration.ofHours(24), Duration.between(newestFirst.get(i + 1).asOfTime(), newestFirst.get(i).asOfTime()));
        }
    }

    @Test
    void basicBackupsAreKeptThirtyDaysThenNoLongerListed() {
        engine.advanceTo(START.plus(Duration.ofDays(3)));
        Backup first = engine.backups(cluster.id(), TimeRange.ALL).get(engine.backups(cluster.id(), TimeRange.ALL).size() - 1);
        assertEquals(first.asOfTime().plus(Duration.ofDays(30)), first.expiresAt());

        engine.advanceTo(first.expiresAt().minusSeconds(1));
        assertTrue(listedIds().contains(first.id()), "listed until its expiry");

        engine.advanceTo(first.expiresAt());
        assertFalse(listedIds().contains(first.id()), "gone at its expiry");
    }

    @Test
    void aMonthAndAHalfOfHistoryKeepsThirtyDaysOfDailyBackups() {
        engine.advanceTo(START.plus(Duration.ofDays(45)));

        List<Backup> backups = engine.backups(cluster.id(), TimeRange.ALL);
        assertEquals(30, backups.size());
        Instant now = engine.now();
        assertTrue(backups.stream().allMatch(b -> b.expiresAt().isAfter(now)));
    }

    @Test
    void aBackupIsInProgressForATimeThatGrowsWithDataThenComplete() {
        Cluster big = engine.createCluster("big", Plan.BASIC, CloudProvider.AWS, List.of("eu-west-1"), 400 * GIB);
        Duration small = BackupEngine.backupDuration(engine.find(cluster.id()));
        Duration large = BackupEngine.backupDuration(engine.find(big.id()));
        assertTrue(large.compareTo(small) > 0, "a larger cluster takes longer to back up");

        engine.advanceTo(START.plus(Duration.ofDays(2)));
        Instant next = newest().asOfTime().plus(Duration.ofHours(24));
        engine.advanceTo(next.plusSeconds(1));
        assertEquals(next, newest().asOfTime());
        assertEquals(BackupStatus.IN_PROGRESS, newest().status());

        engine.advanceTo(next.plus(small).minusSeconds(1));
        assertEquals(BackupStatus.IN_PROGRESS, newest().status());
        engine.advanceTo(next.plus(small));
        assertEquals(BackupStatus.COMPLETE, newest().status());
    }

    @Test
    void theBackupRegionIsOneOfTheClustersRegionsAndNeverChanges() {
        assertTrue(cluster.regions().contains(cluster.backupRegion().orElseThrow()));
        engine.advanceTo(START.plus(Duration.ofDays(40)));
        assertEquals(cluster.backupRegion(), engine.cluster(cluster.id()).backupRegion());
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertEquals(history(11), history(11));
        assertFalse(history(11).equals(history(12)), "another seed gives another history");
    }

    @Test
    void listingHonoursStartInclusiveAndEndExclusive() {
        engine.advanceTo(START.plus(Duration.ofDays(10)));
        List<Backup> all = engine.backups(cluster.id(), TimeRange.ALL);
        Backup middle = all.get(4);

        List<Backup> fromMiddle = engine.backups(cluster.id(),
                TimeRange.between(middle.asOfTime(), middle.asOfTime().plus(Duration.ofDays(1))));
        assertEquals(List.of(middle), fromMiddle);
        List<Backup> untilMiddle = engine.backups(cluster.id(),
                TimeRange.between(middle.asOfTime().minus(Duration.ofDays(1)), middle.asOfTime()));
        assertEquals(List.of(all.get(5)), untilMiddle);
    }

    @Test
    void basicSettingsCannotBeChanged() {
        BackendException error = assertThrows(BackendException.class,
                () -> engine.updateSettings(cluster.id(), BackupSettingsUpdate.of(
                        new BackupSettings(true, 60, 30))));
        assertTrue(error.getMessage().contains("every 24 hours"), error.getMessage());
        assertEquals(BackupSettings.BASIC_FIXED, engine.settings(cluster.id()));
    }

    private Backup newest() {
        return engine.backups(cluster.id(), TimeRange.ALL).get(0);
    }

    private List<String> listedIds() {
        return engine.backups(cluster.id(), TimeRange.ALL).stream().map(Backup::id).toList();
    }

    private static List<Backup> history(long seed) {
        BackupEngine other = DemoOrganization.create(seed, START);
        return other.clusters().stream().flatMap(c -> other.backups(c.id(), TimeRange.ALL).stream()).toList();
    }
}
