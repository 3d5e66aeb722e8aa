package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.junit.jupiter.api.Test;

/** STANDARD and ADVANCED settings and chains: cloud-api.md §5 (settings) and §7 (expiry of incrementals). */
class ConfigurableScheduleTest {

    private final EngineFixture fx = new EngineFixture();
    private final Cluster cluster = fx.ready("payments", Plan.STANDARD, EngineFixture.catalog("payments", 5 * EngineFixture.GIB));

    @Test
    void defaultsAreHourlyKeptThirtyDays() {
        assertEquals(new BackupSettings(true, 60, 30), fx.engine.reads().settings(cluster.id()));
        fx.advance(Duration.ofHours(10));
        List<Backup> backups = fx.backups(cluster);
        assertTrue(backups.size() >= 9, "hourly backups: " + backups.size());
        assertEquals(Duration.ofHours(1), Duration.between(backups.get(1).asOfTime(), backups.get(0).asOfTime()));
    }

    @Test
    void invalidValuesGetTheDocumentedMessages() {
        assertEquals("frequency_minutes must be one of [5, 10, 15, 30, 60, 240, 1440].",
                refused(new BackupSettingsUpdate(Optional.empty(), Optional.of(12345), Optional.empty())).getMessage());
        assertEquals("retention_days must be one of [2, 7, 30, 90, 365].",
                refused(new BackupSettingsUpdate(Optional.empty(), Optional.empty(), Optional.of(12345))).getMessage());
        assertEquals(BackupSettings.CONFIGURABLE_DEFAULT, fx.engine.reads().settings(cluster.id()), "nothing changed");
    }

    @Test
    void retentionCanBeChangedOnceThenTheDocumentedRefusal() {
        update(Optional.empty(), Optional.empty(), Optional.of(7));
        BackendException second = refused(new BackupSettingsUpdate(Optional.empty(), Optional.empty(), Optional.of(90)));
        assertEquals(SettingsRules.RETENTION_ALREADY_SET, second.getMessage());
        assertEquals(7, fx.engine.reads().settings(cluster.id()).retentionDays());
        update(Optional.empty(), Optional.of(240), Optional.of(7));
        assertEquals(240, fx.engine.reads().settings(cluster.id()).frequencyMinutes(), "same retention is not a change");
    }

    @Test
    void aSettingsChangeTakesAFullBackupImmediately() {
        fx.advance(Duration.ofMinutes(150));
        update(Optional.empty(), Optional.of(15), Optional.empty());
        fx.advance(Duration.ofSeconds(1));
        Backup immediate = fx.newest(cluster);
        assertEquals(fx.engine.now().minusSeconds(1), immediate.asOfTime());
        assertEquals(BackupType.FULL, immediate.type().orElseThrow());
        fx.advance(Duration.ofMinutes(15));
        assertEquals(immediate.asOfTime().plus(Duration.ofMinutes(15)), fx.newest(cluster).asOfTime());
    }

    @Test
    void disablingTakesNoBackupAndRefusesFrequencyOrRetention() {
        BackendException refusal = refused(new BackupSettingsUpdate(Optional.of(false), Optional.of(60), Optional.empty()));
        assertTrue(refusal.getMessage().contains("cannot set backup frequency or retention"), refusal.getMessage());

        fx.advance(Duration.ofHours(3));
        int before = fx.backups(cluster).size();
        update(Optional.of(false), Optional.empty(), Optional.empty());
        fx.advance(Duration.ofDays(1));
        assertEquals(before, fx.backups(cluster).size(), "no backups while disabled");
        assertEquals(new BackupSettings(false, 60, 30), fx.engine.reads().settings(cluster.id()), "values kept");

        update(Optional.of(true), Optional.empty(), Optional.empty());
        fx.advance(Duration.ofSeconds(1));
        assertEquals(BackupType.FULL, fx.newest(cluster).type().orElseThrow(), "re-enabling takes a full backup at once");
    }

    @Test
    void chainPolicyIsADailyFullWithHourlyIncrementals() {
        fx.advance(Duration.ofDays(3));
        List<Backup> oldestFirst = oldestFirst();
        assertEquals(BackupType.FULL, oldestFirst.get(0).type().orElseThrow());
        long fulls = oldestFirst.stream().filter(b -> b.type().orElseThrow() == BackupType.FULL).count();
        assertTrue(fulls >= 3 && fulls <= 4, "one full a day: " + fulls);
        assertEquals(23, oldestFirst.subList(1, 24).stream().filter(b -> b.type().orElseThrow() == BackupType.INCREMENTAL).count());
    }

    @Test
    void anIncrementalDisappearsWithItsFull() {
        fx.advance(Duration.ofHours(5));
        List<Backup> chain = oldestFirst();
        Backup full = chain.get(0);
        Backup incremental = chain.get(3);
        assertEquals(BackupType.INCREMENTAL, incremental.type().orElseThrow());
        assertEquals(full.expiresAt(), incremental.expiresAt(), "an incremental expires with its full");

        fx.engine.advanceTo(full.expiresAt().minusSeconds(1));
        assertTrue(ids().contains(incremental.id()));
        fx.engine.advanceTo(full.expiresAt());
        assertFalse(ids().contains(full.id()));
        assertFalse(ids().contains(incremental.id()));
    }

    @Test
    void newRetentionAppliesOnlyToNewBackups() {
        fx.advance(Duration.ofHours(3));
        Backup old = fx.newestComplete(cluster);
        update(Optional.empty(), Optional.empty(), Optional.of(90));
        Instant changedAt = fx.engine.now();
        fx.advance(Duration.ofHours(1));
        assertEquals(old.expiresAt(), fx.backups(cluster).stream().filter(b -> b.id().equals(old.id())).findFirst()
                .orElseThrow().expiresAt());
        Backup newFull = fx.backups(cluster).stream().filter(b -> b.asOfTime().equals(changedAt)).findFirst().orElseThrow();
        assertEquals(BackupType.FULL, newFull.type().orElseThrow());
        assertEquals(changedAt.plus(Duration.ofDays(90)), newFull.expiresAt());
    }

    @Test
    void faultRulesFailTheNextRunsWhichShowAsIncompleteBackups() {
        fx.engine.run(new AddFaultRule(FaultRule.next(FaultRule.Target.BACKUP, Optional.of(cluster.id()), 2, 14, "storage unavailable")));
        while (fx.engine.reads().incompleteBackups(cluster.id()).isEmpty()) {
            fx.advance(Duration.ofMinutes(1));
        }
        assertTrue(fx.engine.reads().incompleteBackups(cluster.id()).get(0).failure().isEmpty(), "pending while it runs");
        fx.advance(Duration.ofHours(3));

        List<IncompleteBackup> failed = fx.engine.reads().incompleteBackups(cluster.id()).stream()
                .filter(run -> run.failure().isPresent()).toList();
        assertEquals(2, failed.size());
        assertEquals(14, failed.get(0).failure().orElseThrow().code());
        assertTrue(failed.get(0).description().startsWith("BACKUP INTO"), failed.get(0).description());
        assertTrue(failed.get(0).startedAt().isAfter(failed.get(1).startedAt()), "newest first");
        assertTrue(fx.engine.reads().faultRules().isEmpty(), "a rule is used up after its failures");
        assertTrue(fx.backups(cluster).stream().noneMatch(b -> failed.stream().anyMatch(f -> f.id().equals(b.id()))),
                "a failed run is not a listed backup");
    }

    @Test
    void aRemovedFaultRuleFailsNothingAndRolesCanBeTakenAway() {
        FaultRule rule = fx.engine.run(new AddFaultRule(new FaultRule("", FaultRule.Target.BACKUP, Optional.empty(),
                Optional.empty(), 1.0, 14, "storage unavailable")));
        fx.engine.run(new RemoveFaultRule(rule.id()));
        fx.advance(Duration.ofHours(3));
        assertTrue(fx.engine.reads().incompleteBackups(cluster.id()).stream().allMatch(run -> run.failure().isEmpty()));

        fx.engine.run(new SetRoles(fx.admin.id(), List.of()));
        assertEquals(FailureReason.PERMISSION_DENIED, assertThrows(BackendException.class, () -> fx.engine.run(new UpdateSettings(
                fx.admin.id(), cluster.id(), new BackupSettingsUpdate(Optional.of(false), Optional.empty(),
                        Optional.empty())))).reason());
    }

    @Test
    void theDeveloperRoleMayNotChangeSettings() {
        Principal developer = fx.engine.run(AddPrincipal.serviceAccount("dev", Optional.of("k"), List.of(
                RoleBinding.organization(Role.CLUSTER_DEVELOPER))));
        BackendException error = assertThrows(BackendException.class, () -> fx.engine.run(new UpdateSettings(developer.id(),
                cluster.id(), new BackupSettingsUpdate(Optional.empty(), Optional.of(5), Optional.empty()))));
        assertEquals(FailureReason.PERMISSION_DENIED, error.reason());
    }

    private List<Backup> oldestFirst() {
        List<Backup> backups = new ArrayList<>(fx.backups(cluster));
        Collections.reverse(backups);
        return backups;
    }

    private List<String> ids() {
        return fx.backups(cluster).stream().map(Backup::id).toList();
    }

    private void update(Optional<Boolean> enabled, Optional<Integer> frequency, Optional<Integer> retention) {
        fx.engine.run(new UpdateSettings(fx.admin.id(), cluster.id(), new BackupSettingsUpdate(enabled, frequency, retention)));
    }

    private BackendException refused(BackupSettingsUpdate update) {
        int logged = fx.engine.log().size();
        BackendException error = assertThrows(BackendException.class,
                () -> fx.engine.run(new UpdateSettings(fx.admin.id(), cluster.id(), update)));
        assertEquals(FailureReason.INVALID_ARGUMENT, error.reason());
        assertEquals(logged, fx.engine.log().size(), "a refused command is not logged");
        return error;
    }
}
