package org.backupconsole.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.LogCapture;
import org.backupconsole.testing.LoopbackCloudApi;
import org.backupconsole.testing.Simulators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port with a journal: each change is recorded with how it went, whatever went wrong with the journal. */
class JournaledBackupServiceTest {

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private final Simulation simulation = simulator.simulation();
    private final JournaledBackupService service = new JournaledBackupService(simulator, simulation::activity,
            () -> simulation.desktopUser().name(), ActivityEntry.SIMULATOR, ActivityOrigin.APP);

    private Cluster cluster(String name) {
        return service.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRestoreIsRecordedAsRequestedAndItsEndWhenAReadSeesIt() {
        AtomicInteger changes = new AtomicInteger();
        service.onChanged(changes::incrementAndGet);
        Cluster target = cluster("orders");
        Backup newest = service.listBackups(target.id(), TimeRange.ALL).get(0);
        Restore started = service.createRestore(RestoreRequest.cluster(target.id(), target.id(), newest.id()));

        List<ActivityEntry> entries = simulation.activity().entries();
        assertEquals(1, entries.size());
        ActivityEntry requested = entries.get(0);
        assertEquals(ActivityAction.RESTORE, requested.action());
        assertEquals(ActivityOutcome.REQUESTED, requested.outcome());
        assertEquals(Optional.of(started.id()), requested.jobId());
        assertEquals("Dana Whitfield", requested.actor());
        assertEquals("orders", requested.clusterName());
        assertEquals(BackendKind.SIMULATOR, requested.backend());
        assertEquals(newest.id(), requested.details().get("backup_id"));
        assertEquals("Restore the whole cluster from orders's backup " + newest.id() + " into orders", requested.what());
        assertEquals(simulation.now(), requested.at(), "the simulator's time");

        service.listRestores(target.id());
        assertEquals(1, simulation.activity().entries().size(), "nothing new while it runs");
        simulation.clock().advance(Duration.ofHours(1));
        service.listRestores(target.id());
        service.getRestore(target.id(), started.id());

        assertEquals(2, simulation.activity().entries().size(), "its end recorded once");
        List<ActivityEntry> rows = simulation.activity().read().folded();
        assertEquals(1, rows.size());
        assertEquals(ActivityOutcome.SUCCEEDED, rows.get(0).outcome());
        assertEquals(2, changes.get());
    }

    @Test
    void theWindowRecordsTheEndOfARestoreThatACommandStartedAfterTheWindowReadTheJournal(@TempDir Path folder) {
        Path file = folder.resolve(FileJournal.FILE_NAME);
        FileJournal windowsJournal = new FileJournal(file);
        FileJournal commandsJournal = new FileJournal(file);
        JournaledBackupService window = new JournaledBackupService(simulator, () -> windowsJournal,
                () -> "ops-automation", "example.cloud", ActivityOrigin.APP);
        JournaledBackupService command = new JournaledBackupService(simulator, () -> commandsJournal,
                () -> "ops-automation", "example.cloud", ActivityOrigin.CLI);
        Cluster target = cluster("orders");
        Cluster staging = cluster("orders-staging");
        window.createRestore(RestoreRequest.cluster(staging.id(), target.id(),
                window.listBackups(target.id(), TimeRange.ALL).get(0).id()));

        Restore started = command.createRestore(RestoreRequest.cluster(target.id(), target.id(),
                command.listBackups(target.id(), TimeRange.ALL).get(0).id()));
        simulation.clock().advance(Duration.ofHours(1));
        window.listRestores(target.id());

        List<ActivityEntry> rows;
        try {
            rows = new FileJournal(file).read().folded();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(2, rows.size());
        assertEquals(Optional.of(started.id()), rows.get(1).jobId());
        assertEquals(ActivityOutcome.SUCCEEDED, rows.get(1).outcome());
        assertEquals(ActivityOrigin.CLI, rows.get(1).origin(), "the row says who asked for it");
    }

    @Test
    void aSettingsChangeRecordsTheSettingsBeforeAndAfter() {
        Cluster cluster = cluster("orders");
        service.getBackupSettings(cluster.id());
        service.updateBackupSettings(cluster.id(), new BackupSettingsUpdate(Optional.empty(), Optional.of(30),
                Optional.empty()));

        ActivityEntry entry = simulation.activity().entries().get(0);
        assertEquals(ActivityAction.SETTINGS_CHANGE, entry.action());
        assertEquals(ActivityOutcome.SUCCEEDED, entry.outcome());
        assertEquals("Change backup settings: frequency 60 → 30 min", entry.what());
        assertEquals("enabled, every 60 min, kept 30 days", entry.details().get("settings_before"));
        assertEquals("enabled, every 30 min, kept 30 days", entry.details().get("settings_after"));
    }

    @Test
    void aRefusalIsRecordedWithTheServicesMessageAndStillReachesTheCaller() {
        Cluster cluster = cluster("analytics");
        BackendException refused = assertThrows(BackendException.class,
                () -> service.deleteDatabase(cluster.id(), "no_such_database"));

        ActivityEntry entry = simulation.activity().entries().get(0);
        assertEquals(ActivityAction.DATABASE_DROP, entry.action());
        assertEquals(ActivityOutcome.REFUSED, entry.outcome());
        assertTrue(entry.reason().orElseThrow().contains(refused.getMessage().replaceAll("\\.$", "")),
                entry.reason().orElseThrow());
        assertEquals("no_such_database", entry.details().get("database"));
    }

    @Test
    void aJournalThatCannotBeWrittenStopsNoChangeAndIsToldAndLogged() {
        ActivityJournal broken = new ActivityJournal() {
            @Override
            public void append(ActivityEntry entry) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public JournalRead read() {
                return new JournalRead("broken", List.of(), List.of());
            }

            @Override
            public String describe() {
                return "/full/activity.jsonl";
            }
        };
        JournaledBackupService onBroken = new JournaledBackupService(simulator, () -> broken, () -> "Dana Whitfield",
                ActivityEntry.SIMULATOR, ActivityOrigin.CLI);
        List<String> told = new ArrayList<>();
        onBroken.onJournalFailure(told::add);
        Cluster cluster = cluster("analytics");
        int before = simulation.catalog(cluster.id()).databases().size();

        try (LogCapture log = LogCapture.of(JournaledBackupService.class)) {
            onBroken.deleteDatabase(cluster.id(), simulation.catalog(cluster.id()).databases().get(0).name());
            assertEquals(Level.WARNING, log.records().get(0).getLevel());
            assertTrue(log.records().get(0).getThrown() instanceof IOException, "with its stack trace");
        }
        assertEquals(List.of("The activity journal /full/activity.jsonl could not be written (No space left on "
                + "device.) so this database drop of analytics is not recorded there. Check that its folder can be "
                + "written and the disk has room; the change itself was made."), told);
        assertEquals(before - 1, simulation.catalog(cluster.id()).databases().size(), "the drop was made");
    }

    @Test
    void aJournalWrittenWithASecretKeyInPlayDoesNotHoldIt(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(FileJournal.FILE_NAME);
        try (LoopbackCloudApi api = new LoopbackCloudApi()) {
            FileJournal journal = new FileJournal(file);
            JournaledBackupService live = new JournaledBackupService(api.live(), () -> journal,
                    () -> JournaledBackupService.SERVICE_ACCOUNT_NOT_REPORTED, api.live().apiUrl().host(),
                    ActivityOrigin.CLI);
            Cluster basic = live.listClusters().stream().filter(c -> c.name().equals("demo-basic")).findFirst()
                    .orElseThrow();
            Cluster sandbox = live.listClusters().stream().filter(c -> c.name().equals("sandbox-basic")).findFirst()
                    .orElseThrow();
            String backup = live.listBackups(basic.id(), TimeRange.ALL).get(0).id();
            live.createRestore(RestoreRequest.cluster(sandbox.id(), basic.id(), backup));
            assertThrows(BackendException.class, () -> live.updateBackupSettings(basic.id(),
                    new BackupSettingsUpdate(Optional.empty(), Optional.of(7), Optional.empty())));
            assertThrows(BackendException.class, () -> live.deleteDatabase(basic.id(), "nothing_here"));

            String written = Files.readString(file);
            assertEquals(3, journal.read().entries().size(), written);
            assertFalse(written.contains(api.adminKey()), "no secret key in the journal");
            assertFalse(written.contains(api.adminKey().substring(6)), "nor any part of it");
            journal.read().entries().forEach(entry -> {
                assertEquals(JournaledBackupService.SERVICE_ACCOUNT_NOT_REPORTED, entry.actor());
                assertEquals("127.0.0.1", entry.where());
            });
        }
    }

    /**
     * A call the journal does not forward falls to the port's default, which for a listing of the newest backups
     * lists the whole cluster: every method of the port is the backend's own through the journal.
     */
    @Test
    void everyCallOfThePortGoesToTheBackendNotToTheDefault() {
        List<String> notForwarded = Arrays.stream(BackupService.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> {
                    try {
                        return JournaledBackupService.class.getDeclaredMethod(method.getName(), method.getParameterTypes()) == null;
                    } catch (NoSuchMethodException e) {
                        return true;
                    }
                })
                .map(Method::toString)
                .toList();
        assertEquals(List.of(), notForwarded);
    }
}
