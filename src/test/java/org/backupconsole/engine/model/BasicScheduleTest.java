package org.backupconsole.engine.model;

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
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.Plan;
import org.junit.jupiter.api.Test;

/** DESIGN rules 1–4 for BASIC, from managed-backups-basic: a backup every 24 h, kept 30 days, region fixed. */
class BasicScheduleTest {

    private final EngineFixture fx = new EngineFixture();
    private final Cluster cluster = fx.ready("orders", Plan.BASIC, EngineFixture.catalog("orders", 10 * EngineFixture.GIB));

    @Test
    void basicTakesOneFullBackupEvery24Hours() {
        fx.advance(Duration.ofDays(20));

        List<Backup> newestFirst = fx.backups(cluster);
        assertTrue(newestFirst.size() >= 19 && newestFirst.size() <= 20, "backups after 20 days: " + newestFirst.size());
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            assertEquals(Duration.ofHours(24), Duration.between(newestFirst.get(i + 1).asOfTime(), newestFirst.get(i).asOfTime()));
        }
        assertTrue(newestFirst.stream().allMatch(b -> b.type().orElseThrow() == BackupType.FULL));
    }

    @Test
    void basicBackupsAreListedUntilAsOfPlusThirtyDays() {
        fx.advance(Duration.ofDays(3));
        List<Backup> all = fx.backups(cluster);
        Backup first = all.get(all.size() - 1);
        assertEquals(first.asOfTime().plus(Duration.ofDays(30)), first.expiresAt());

        fx.engine.advanceTo(first.expiresAt().minusSeconds(1));
        assertTrue(listed(first), "listed until its expiry");
        fx.engine.advanceTo(first.expiresAt());
        assertFalse(listed(first), "gone at its expiry");
    }

    @Test
    void fortyFiveDaysOfHistoryKeepThirtyDailyBackups() {
        fx.advance(Duration.ofDays(45));
        List<Backup> backups = fx.backups(cluster);
        assertEquals(30, backups.size());
        Instant now = fx.engine.now();
        assertTrue(backups.stream().allMatch(b -> b.expiresAt().isAfter(now)));
    }

    @Test
    void aBackupIsInProgressForATimeThatGrowsWithDataThenComplete() {
        Cluster big = fx.ready("big", Plan.BASIC, EngineFixture.catalog("big", 400 * EngineFixture.GIB));
        Duration small = BackupRuns.duration(fx.engine.state.clusters.find(cluster.id()), BackupType.FULL);
        Duration large = BackupRuns.duration(fx.engine.state.clusters.find(big.id()), BackupType.FULL);
        assertTrue(large.compareTo(small) > 0, "a larger cluster takes longer to back up");

        fx.advance(Duration.ofDays(2));
        Instant next = fx.newest(cluster).asOfTime().plus(Duration.ofHours(24));
        fx.engine.advanceTo(next.plusSeconds(1));
        assertEquals(next, fx.newest(cluster).asOfTime());
        assertEquals(BackupStatus.IN_PROGRESS, fx.newest(cluster).status().orElseThrow());
        fx.engine.advanceTo(next.plus(small).minusSeconds(1));
        assertEquals(BackupStatus.IN_PROGRESS, fx.newest(cluster).status().orElseThrow());
        fx.engine.advanceTo(next.plus(small));
        assertEquals(BackupStatus.COMPLETE, fx.newest(cluster).status().orElseThrow());
    }

    @Test
    void theBackupRegionIsOneOfTheClustersRegionsChosenAtCreationAndNeverChanges() {
        assertTrue(cluster.regions().contains(cluster.backupRegion().orElseThrow()));
        fx.advance(Duration.ofDays(40));
        assertEquals(cluster.backupRegion(), fx.engine.reads().cluster(cluster.id()).backupRegion());
    }

    @Test
    void listingHonoursStartInclusiveAndEndExclusive() {
        fx.advance(Duration.ofDays(10));
        List<Backup> all = fx.backups(cluster);
        Backup middle = all.get(4);

        assertEquals(List.of(middle), fx.engine.reads().backups(cluster.id(),
                TimeRange.between(middle.asOfTime(), middle.asOfTime().plus(Duration.ofDays(1)))));
        assertEquals(List.of(all.get(5)), fx.engine.reads().backups(cluster.id(),
                TimeRange.between(middle.asOfTime().minus(Duration.ofDays(1)), middle.asOfTime())));
    }

    @Test
    void basicSettingsCannotBeChangedAndTheRefusalSaysWhy() {
        BackendException error = assertThrows(BackendException.class, () -> fx.engine.run(new UpdateSettings(fx.admin.id(),
                cluster.id(), BackupSettingsUpdate.of(new BackupSettings(true, 60, 30)))));
        assertTrue(error.getMessage().contains("every 24 hours"), error.getMessage());
        assertEquals(BackupSettings.BASIC_FIXED, fx.engine.reads().settings(cluster.id()));
    }

    @Test
    void aNewClusterIsCreatingThenCreated() {
        Cluster fresh = fx.engine.run(new CreateCluster("fresh", Plan.BASIC, CloudProvider.AWS,
                List.of("eu-west-1"), EngineFixture.catalog("x", 1)));
        assertEquals(ClusterState.CREATING, fresh.state());
        fx.advance(CreateCluster.PROVISIONING);
        assertEquals(ClusterState.CREATED, fx.engine.reads().cluster(fresh.id()).state());
    }

    private boolean listed(Backup backup) {
        return fx.backups(cluster).stream().anyMatch(b -> b.id().equals(backup.id()));
    }
}
