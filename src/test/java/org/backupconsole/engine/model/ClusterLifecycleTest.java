package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.Plan;
import org.junit.jupiter.api.Test;

/** Plan changes, deletion and catalog edits: DESIGN rules 5 and 6, cloud-api.md §7 "Plan changes" and "Deleted cluster". */
class ClusterLifecycleTest {

    private final EngineFixture fx = new EngineFixture();

    @Test
    void upgradeKeepsBackupsAndTheDailyScheduleUntilSettingsChange() {
        Cluster cluster = fx.ready("c", Plan.BASIC, EngineFixture.catalog("orders", EngineFixture.GIB));
        fx.advance(Duration.ofDays(5));
        List<Backup> before = fx.backups(cluster);

        fx.engine.run(new ChangePlan(cluster.id(), Plan.STANDARD));
        fx.advance(Duration.ofDays(2));
        assertTrue(fx.backups(cluster).containsAll(before), "existing backups are kept");
        assertEquals(before.size() + 2, fx.backups(cluster).size(), "still one a day");
        assertEquals(BackupSettings.BASIC_FIXED, fx.engine.reads().settings(cluster.id()));

        fx.engine.run(new UpdateSettings(fx.admin.id(), cluster.id(),
                new BackupSettingsUpdate(Optional.empty(), Optional.of(60), Optional.empty())));
        fx.advance(Duration.ofHours(3));
        assertEquals(Duration.ofHours(1), Duration.between(fx.backups(cluster).get(1).asOfTime(),
                fx.newest(cluster).asOfTime()));
    }

    @Test
    void downgradeKeepsBackupsForTheirRetentionThenDailyThirtyDays() {
        Cluster cluster = fx.ready("c", Plan.STANDARD, EngineFixture.catalog("orders", EngineFixture.GIB));
        fx.engine.run(new UpdateSettings(fx.admin.id(), cluster.id(),
                new BackupSettingsUpdate(Optional.empty(), Optional.empty(), Optional.of(90))));
        fx.advance(Duration.ofHours(6));
        Backup kept = fx.newestComplete(cluster);

        fx.engine.run(new ChangePlan(cluster.id(), Plan.BASIC));
        assertEquals(BackupSettings.BASIC_FIXED, fx.engine.reads().settings(cluster.id()));
        fx.advance(Duration.ofDays(3));
        assertTrue(fx.backups(cluster).contains(kept), "kept with its 90-day expiry");
        Backup newest = fx.newest(cluster);
        assertEquals(BackupType.FULL, newest.type().orElseThrow());
        assertEquals(newest.asOfTime().plus(Duration.ofDays(30)), newest.expiresAt());
        assertEquals(Duration.ofDays(1), Duration.between(fx.backups(cluster).get(1).asOfTime(), newest.asOfTime()));
    }

    @Test
    void onlyBasicAndStandardChangePlans() {
        Cluster advanced = fx.ready("a", Plan.ADVANCED, Catalog.EMPTY);
        BackendException error = assertThrows(BackendException.class, () -> fx.engine.run(new ChangePlan(advanced.id(), Plan.STANDARD)));
        assertTrue(error.getMessage().contains("Create a new cluster"), error.getMessage());
    }

    @Test
    void aDeletedClusterKeepsItsBackupsForTheirRetentionThenIsPurged() {
        Cluster cluster = fx.ready("c", Plan.BASIC, EngineFixture.catalog("orders", EngineFixture.GIB));
        fx.advance(Duration.ofDays(10));
        List<Backup> before = fx.backups(cluster);
        Backup last = before.get(0);

        fx.engine.run(new DeleteCluster(cluster.id()));
        assertEquals(ClusterState.DELETED, fx.engine.reads().cluster(cluster.id()).state());
        fx.advance(Duration.ofDays(5));
        assertEquals(before, fx.backups(cluster), "no new backups, the old ones stay");

        fx.engine.advanceTo(last.expiresAt().minusSeconds(1));
        assertEquals(1, fx.backups(cluster).size());
        fx.engine.advanceTo(last.expiresAt());
        assertTrue(fx.engine.reads().clusters().stream().noneMatch(c -> c.id().equals(cluster.id())), "purged");
        assertThrows(BackendException.class, () -> fx.engine.reads().cluster(cluster.id()));
    }

    @Test
    void aCatalogCanBeFilledDamagedAndWipedAndBackupsKeepWhatTheyCaptured() {
        Cluster cluster = fx.ready("c", Plan.ADVANCED, EngineFixture.catalog("orders", EngineFixture.GIB));
        fx.advance(Duration.ofHours(2));
        Backup before = fx.newestComplete(cluster);

        fx.engine.run(ReplaceCatalog.droppingDatabase(fx.engine.reads(), cluster.id(), "orders"));
        assertTrue(fx.engine.reads().catalog(cluster.id()).isEmpty());
        assertEquals(EngineFixture.catalog("orders", EngineFixture.GIB), fx.engine.reads().backupContents(cluster.id(), before.id()));
        BackendException missing = assertThrows(BackendException.class, () -> fx.engine.run(ReplaceCatalog.droppingDatabase(fx.engine.reads(), cluster.id(), "nope")));
        assertTrue(missing.getMessage().contains("no database named nope"), missing.getMessage());

        fx.engine.run(new ReplaceCatalog(cluster.id(), EngineFixture.catalog("payments", 2 * EngineFixture.GIB)));
        Instant replaced = fx.engine.now();
        // One schedule interval for the next run to start, and a few minutes for it to finish.
        fx.advance(Duration.ofMinutes(BackupSettings.DEFAULT_FREQUENCY_MINUTES + 5));
        Backup after = fx.newestComplete(cluster);
        assertTrue(after.asOfTime().isAfter(replaced), "a backup was taken since the catalog was replaced");
        assertEquals(EngineFixture.catalog("payments", 2 * EngineFixture.GIB),
                fx.engine.reads().backupContents(cluster.id(), after.id()));
    }

    @Test
    void aClusterNameIsUniqueAmongLiveClusters() {
        fx.ready("c", Plan.BASIC, Catalog.EMPTY);
        int logged = fx.engine.log().size();
        BackendException error = assertThrows(BackendException.class, () -> fx.ready("c", Plan.BASIC, Catalog.EMPTY));
        assertTrue(error.getMessage().contains("already exists"));
        assertEquals(logged, fx.engine.log().size());
    }
}
