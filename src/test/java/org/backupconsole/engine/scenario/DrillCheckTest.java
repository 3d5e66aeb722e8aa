package org.backupconsole.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.engine.Drill;
import org.backupconsole.engine.DrillOutcome;
import org.backupconsole.engine.DrillOutcome.State;
import org.backupconsole.engine.NetworkConditions;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.StartRestore;
import org.backupconsole.engine.model.UpdateSettings;
import org.junit.jupiter.api.Test;

/** The checks of the training drills, judged on the built-in training scenarios as a trainee would work them. */
class DrillCheckTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private Simulation simulation;
    private Drill drill;

    private void play(String name) throws Exception {
        Scenario scenario = Scenario.builtIn(name);
        simulation = Simulation.fromScenario(scenario, 1, NOW, Optional.empty(), VirtualClock.paused(NOW));
        drill = scenario.drill().orElseThrow();
    }

    private List<State> states() {
        return simulation.judge(drill, NOW).stream().map(DrillOutcome::state).toList();
    }

    private String cluster(String name) {
        return simulation.clusters().stream().filter(c -> c.name().equals(name)).map(Cluster::id).findFirst().orElseThrow();
    }

    /** The newest complete backup at or before the offset from the start of the history, and the one before it. */
    private List<Backup> backupsUpTo(String clusterId, Duration offset) {
        Instant moment = SimulationAccess.withEngine(simulation, BackupEngine::start).plus(offset);
        return simulation.backups(clusterId).stream()
                .filter(b -> b.isComplete() && !b.asOfTime().isAfter(moment)).toList();
    }

    private void restoreCluster(String destination, String source, Backup backup) {
        SimulationAccess.withEngine(simulation, e -> e.run(new StartRestore(simulation.desktopUser().id(),
                RestoreRequest.cluster(destination, source, backup.id()))));
    }

    private void setHourlyKeptFor(int retentionDays) {
        SimulationAccess.withEngine(simulation, e -> e.run(new UpdateSettings(simulation.desktopUser().id(), cluster("web"),
                new BackupSettingsUpdate(Optional.empty(), Optional.of(60), Optional.of(retentionDays)))));
    }

    private void advance(Duration duration) {
        simulation.clock().advance(duration);
    }

    @Test
    void aClusterRestoreIntoTheDamagedClusterFailsThenSucceedsOnceItIsWiped() throws Exception {
        play("target-not-empty");
        String billing = cluster("billing");
        Backup right = backupsUpTo(billing, Duration.parse("P2DT11H10M")).get(0);
        assertEquals(List.of(State.PENDING, State.MET), states());

        restoreCluster(billing, billing, right);
        advance(Duration.ofHours(1));
        assertEquals(RestoreStatus.FAILED, SimulationAccess.withEngine(simulation, e -> e.reads().restores(billing)).get(0).status());
        assertEquals(List.of(State.PENDING, State.MET), states(), "a failed restore changed nothing");

        simulation.wipe(billing);
        restoreCluster(billing, billing, right);
        advance(Duration.ofHours(1));
        assertEquals(List.of(State.MET, State.MET), states());
        assertTrue(simulation.judge(drill, NOW).get(0).detail().contains("is back as the backup of"));
    }

    @Test
    void anOlderBackupBringsBackOtherDataAndTheCheckerRejectsIt() throws Exception {
        play("target-not-empty");
        String billing = cluster("billing");
        Backup older = backupsUpTo(billing, Duration.parse("P2DT11H10M")).get(2);
        simulation.wipe(billing);
        restoreCluster(billing, billing, older);
        advance(Duration.ofHours(1));

        DrillOutcome data = simulation.judge(drill, NOW).get(0);
        assertEquals(State.BROKEN, data.state());
        assertTrue(data.detail().contains("what was written in between is missing"), data.detail());
    }

    @Test
    void aBackupTakenAfterTheIncidentBreaksTheGuard() throws Exception {
        play("target-not-empty");
        String billing = cluster("billing");
        advance(Duration.ofHours(2));
        Backup newest = simulation.backups(billing).stream().filter(Backup::isComplete).findFirst().orElseThrow();
        simulation.wipe(billing);
        restoreCluster(billing, billing, newest);

        DrillOutcome guard = simulation.judge(drill, NOW).get(1);
        assertEquals(State.BROKEN, guard.state());
        assertTrue(guard.detail().contains("taken after the incident"), guard.detail());
        assertTrue(guard.detail().matches(".*the backup of [A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s[AP]M UTC,.*"),
                "in the app's one style of times, with the year: " + guard.detail());
    }

    @Test
    void theDroppedDatabaseComesBackByADatabaseRestore() throws Exception {
        play("dropped-database");
        String shop = cluster("shop");
        Backup right = backupsUpTo(shop, Duration.parse("P3DT14H5M")).get(0);
        SimulationAccess.withEngine(simulation, e -> e.run(new StartRestore(simulation.desktopUser().id(), new RestoreRequest(shop, RestoreType.DATABASE,
                Optional.of(shop), Optional.of(right.id()), List.of(RestoreItem.database("orders")), RestoreOptions.NONE))));
        advance(Duration.ofHours(1));
        assertEquals(List.of(State.MET, State.MET), states());
    }

    @Test
    void oldBackupsMustBeRestoredBeforeTheyExpire() throws Exception {
        play("retention-running-out");
        assertEquals(List.of(State.PENDING, State.PENDING), states());
        advance(Duration.ofHours(8));
        assertEquals(List.of(State.BROKEN, State.MET), states(), "they expired unrestored");
    }

    @Test
    void anOldBackupRestoredInTimeMeetsTheRetentionDrill() throws Exception {
        play("retention-running-out");
        Backup old = backupsUpTo(cluster("metrics"), Duration.parse("P1DT12H")).get(0);
        restoreCluster(cluster("metrics-archive"), cluster("metrics"), old);
        advance(Duration.ofHours(8));
        assertEquals(List.of(State.MET, State.MET), states());
    }

    @Test
    void aRetentionOtherThanTheGoalCannotBeUndone() throws Exception {
        play("basic-upgrade");
        setHourlyKeptFor(2);
        DrillOutcome settings = simulation.judge(drill, NOW).get(0);
        assertEquals(State.BROKEN, settings.state());
        assertTrue(settings.detail().contains("only once"), settings.detail());
    }

    @Test
    void hourlyBackupsAfterTheUpgradeMeetTheUpgradeDrill() throws Exception {
        play("basic-upgrade");
        setHourlyKeptFor(7);
        advance(Duration.ofHours(3));
        assertEquals(List.of(State.MET, State.MET), states());
    }

    @Test
    void theDeletedClusterDisappearsWhenItsLastBackupExpires() throws Exception {
        play("deleted-cluster");
        assertEquals(List.of(State.PENDING), states());
        advance(Duration.ofDays(31));
        assertEquals(List.of(State.MET), states());
    }

    @Test
    void theRoleMissingOnTheTargetRefusesTheRestoreAndAnotherTargetWorks() throws Exception {
        play("missing-roles");
        String prod = cluster("analytics-prod");
        Backup newest = simulation.backups(prod).get(0);
        BackendException refused = assertThrows(BackendException.class,
                () -> restoreCluster(cluster("analytics-staging"), prod, newest));
        assertEquals(FailureReason.PERMISSION_DENIED, refused.reason());

        restoreCluster(cluster("analytics-sandbox"), prod, newest);
        advance(Duration.ofHours(1));
        assertEquals(List.of(State.MET), states());
    }

    @Test
    void anUnreliableNetworkLosesSomeCallsAndChangesNothingWhenItDoes() throws Exception {
        play("unreliable-network");
        simulation.setNetwork(new NetworkConditions(Duration.ZERO, 0.3));
        SimulatorBackupService service = simulation.serviceFor(simulation.desktopUser());
        int lost = 0;
        for (int i = 0; i < 40; i++) {
            try {
                service.listClusters();
            } catch (BackendException e) {
                assertEquals(FailureReason.NETWORK, e.reason());
                lost++;
            }
        }
        assertTrue(lost > 4 && lost < 24, "about 3 in 10 lost, was " + lost);
    }
}
