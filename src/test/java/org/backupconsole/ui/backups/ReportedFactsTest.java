package org.backupconsole.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.testing.LoopbackCloudApi;
import org.backupconsole.testing.ManualScheduler;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.coverage.CoverageViewModel;
import org.backupconsole.ui.restore.RestoreDialogViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The texts of the ADVANCED cluster {@code demo-advanced} seen both ways from one engine: the simulator reports a
 * backup's status, type and databases and the failed runs; the Cloud API (the live client over loopback HTTP)
 * reports none of them, and the page says "Not reported" with what the Cloud Console shows instead.
 */
class ReportedFactsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final LoopbackCloudApi api = new LoopbackCloudApi();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void onTheCloudApiStatusTypeAndDatabasesAreNotReportedAndTheExpiryIsAnEstimate() {
        BackupRecoveryViewModel page = pageOnDemoAdvanced(api.live());
        assertFalse(page.rows().isEmpty());

        for (BackupRow row : page.rows()) {
            assertEquals(new CellText("Not reported", Optional.of("The Cloud API lists only a backup's id and time."
                    + " The Cloud Console shows whether it is a full or incremental backup."), false), row.type());
            assertEquals(new CellText("Not reported", Optional.of("The Cloud API lists only a backup's id and time."
                    + " The Cloud Console shows whether it is in progress or complete."), false), row.status());
            assertEquals(new CellText("Not reported", Optional.of("The Cloud API lists only a backup's id and time."
                    + " The Cloud Console shows the databases and tables it holds."), false), row.databases());
            assertTrue(row.contents().isEmpty(), "no drill-down without contents");
            assertTrue(row.expiresIn().text().matches("≈ \\d+ days?"), row.expiresIn().text());
            assertTrue(row.expiresIn().note().orElseThrow()
                    .startsWith("The days left are estimated from the cluster's current retention setting."));
            assertTrue(row.restorable(), "a backup the service lists is offered; the service refuses what it cannot restore");
        }
        assertEquals("≈ 29 days", page.rows().get(0).expiresIn().text(), "taken less than a day ago, kept 30 days");
    }

    @Test
    void onTheCloudApiTheRestoreDialogSaysTheExpiryIsEstimatedAndHow() {
        BackupRecoveryViewModel page = pageOnDemoAdvanced(api.live());

        RestoreDialogViewModel dialog = page.restoreDialog(page.rows().get(0)).orElseThrow();

        assertTrue(dialog.details().contains(new RestoreDialogViewModel.Detail("Expires in",
                "≈ 29 days, estimated from the cluster's current retention setting")), dialog.details().toString());
    }

    @Test
    void onTheCloudApiTheIncompleteBackupsTabSaysTheyAreNotReportedAndWhereToSeeThem() {
        IncompleteBackupsViewModel incomplete = pageOnDemoAdvanced(api.live()).incompleteBackups();

        assertTrue(incomplete.rows().isEmpty());
        String said = incomplete.placeholderProperty().get();
        assertNotEquals(IncompleteBackupsViewModel.NONE, said, "it cannot know there are none");
        assertTrue(said.startsWith("The Cloud API does not report failed or pending backup runs."), said);
        assertTrue(said.contains("in the Cloud Console"), said);
        assertEquals(said, incomplete.notReportedNoteProperty().get());
    }

    @Test
    void theSimulatorReportsEveryFactOfTheSameBackups() {
        BackupService simulator = api.simulator();
        BackupRecoveryViewModel page = pageOnDemoAdvanced(simulator);
        String clusterId = page.selectedClusterProperty().get().id();
        Map<String, Backup> truth = simulator.listBackups(clusterId, TimeRange.ALL).stream()
                .collect(Collectors.toMap(Backup::id, Function.identity()));

        for (BackupRow row : page.rows()) {
            Backup backup = truth.get(row.backup().id());
            assertEquals(CellText.of(backup.type().orElseThrow().displayName()), row.type());
            assertEquals(CellText.of(backup.status().orElseThrow().displayName()), row.status());
            int databases = simulator.backupContents(clusterId).orElseThrow().get(backup.id()).databases().size();
            assertEquals(CellText.of(Integer.toString(databases)), row.databases());
            assertTrue(row.expiresIn().reported() && row.expiresIn().note().isEmpty());
            assertFalse(row.expiresIn().text().contains("≈"), row.expiresIn().text());
        }
        assertEquals(List.of("Full", "Incremental"), page.rows().stream().map(r -> r.type().text()).distinct().sorted()
                .toList(), "demo-advanced mixes full and incremental backups");
    }

    @Test
    void theSimulatorListsTheFailedRuns() {
        IncompleteBackupsViewModel incomplete = pageOnDemoAdvanced(api.simulator()).incompleteBackups();

        assertEquals(2, incomplete.rows().stream().filter(r -> r.status().startsWith("Error ")).count(),
                "the demo's two failed runs");
        assertEquals(IncompleteBackupsViewModel.NONE, incomplete.placeholderProperty().get());
        assertEquals("", incomplete.notReportedNoteProperty().get());
    }

    @Test
    void coverageOnTheCloudApiSaysFailedRunsAreNotReportedAndOnTheSimulatorListsThem() {
        CoverageViewModel live = pageOnDemoAdvanced(api.live()).coverage();
        CoverageViewModel simulated = pageOnDemoAdvanced(api.simulator()).coverage();

        assertTrue(live.failedRunsTextProperty().get().startsWith("Failed runs: not reported."),
                live.failedRunsTextProperty().get());
        assertEquals(List.of(), live.failedRuns());
        assertEquals("2 failed runs:", simulated.failedRunsTextProperty().get());
        assertEquals(2, simulated.failedRuns().size());
        assertEquals(simulated.recoveryPointProperty().get(), live.recoveryPointProperty().get(),
                "the recovery point needs only the backups list");
    }

    private static BackupRecoveryViewModel pageOnDemoAdvanced(BackupService service) {
        BackupRecoveryViewModel page = new BackupRecoveryViewModel(service, UiExecutors.direct(), new ManualScheduler(), UTC);
        page.start();
        Cluster advanced = page.clusters().stream().filter(c -> c.name().equals("demo-advanced")).findFirst()
                .orElseThrow();
        page.selectedClusterProperty().set(advanced);
        assertTrue(page.advancedProperty().get());
        assertEquals(PageState.READY, page.stateProperty().get());
        return page;
    }
}
