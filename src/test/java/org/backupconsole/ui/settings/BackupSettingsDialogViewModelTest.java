package org.backupconsole.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.testing.FailingBackupService;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;

/** Every rule the Backup Settings dialog enforces, on the simulator's own settings rules. */
class BackupSettingsDialogViewModelTest {

    private final SimulatorBackupService simulator = Simulators.mixedPlans();
    private final FailingBackupService recording = new FailingBackupService(simulator);
    private final List<BackupSettings> saved = new ArrayList<>();

    @Test
    void basicShowsItsFixedScheduleReadOnlyWithTheReason() {
        BackupSettingsDialogViewModel dialog = dialogFor("payments");

        assertFalse(dialog.isConfigurable());
        assertTrue(dialog.readOnlyReason().contains("every 24 hours, kept 30 days"), dialog.readOnlyReason());
        assertEquals(1440, dialog.frequencyMinutesProperty().get());
        assertEquals(30, dialog.retentionDaysProperty().get());
        dialog.frequencyMinutesProperty().set(60);
        assertFalse(dialog.saveCommand().isExecutable());
        dialog.saveCommand().execute();
        assertEquals(0, recording.calls("updateBackupSettings"));
    }

    @Test
    void saveWaitsForAChange() {
        BackupSettingsDialogViewModel dialog = dialogFor("orders");

        assertFalse(dialog.saveCommand().isExecutable());
        assertTrue(dialog.effects().get(0).startsWith("Nothing to save yet"));
        dialog.frequencyMinutesProperty().set(15);
        assertTrue(dialog.saveCommand().isExecutable());
        dialog.frequencyMinutesProperty().set(60);
        assertFalse(dialog.saveCommand().isExecutable(), "back to the saved value is no change");
    }

    @Test
    void aFrequencyChangeAnnouncesTheFullBackupAndTheNewRecoveryPointThenSendsOnlyTheFrequency() {
        BackupSettingsDialogViewModel dialog = dialogFor("orders");

        dialog.frequencyMinutesProperty().set(15);

        String said = String.join("\n", dialog.effects());
        assertTrue(said.contains("A full backup starts immediately after saving"), said);
        assertTrue(said.contains("Recovery point (RPO): at most 15 minutes of writes can be lost, instead of 1 hour"), said);
        assertFalse(said.contains("only once"), "retention is not touched");
        assertEquals(Optional.of(new BackupSettingsUpdate(Optional.empty(), Optional.of(15), Optional.empty())),
                dialog.update());
        dialog.saveCommand().execute();
        assertEquals(List.of(new BackupSettings(true, 15, 30)), saved);
        assertTrue(dialog.finishedProperty().get());
    }

    @Test
    void aRetentionChangeWarnsThatItCanBeMadeOnceAndAppliesToNewBackupsOnly() {
        BackupSettingsDialogViewModel dialog = dialogFor("orders");

        dialog.retentionDaysProperty().set(90);

        String said = String.join("\n", dialog.effects());
        assertTrue(said.contains("Retention can be set only once: 90 days applies to new backups only"), said);
        assertTrue(dialog.retentionWarningProperty().get().startsWith("Retention can be set only once: 90 days"),
                "the retention field carries the warning too: " + dialog.retentionWarningProperty().get());

        dialog.retentionDaysProperty().set(30);
        assertEquals("", dialog.retentionWarningProperty().get(), "back to the current retention, nothing to warn of");
    }

    @Test
    void disablingSendsOnlyTheSwitchAndSaysNoBackupIsTaken() {
        BackupSettingsDialogViewModel dialog = dialogFor("orders");
        dialog.frequencyMinutesProperty().set(5);

        dialog.enabledProperty().set(false);

        assertEquals(60, dialog.frequencyMinutesProperty().get(), "frequency cannot change together with disabling");
        String said = String.join("\n", dialog.effects());
        assertTrue(said.contains("No more backups are taken"), said);
        assertFalse(said.contains("full backup starts"), said);
        dialog.saveCommand().execute();
        assertEquals(new BackupSettings(false, 60, 30), simulator.getBackupSettings(cluster("orders").id()));
    }

    @Test
    void aRefusedChangeSaysWhyAndChangesNothing() {
        Cluster orders = cluster("orders");
        simulator.updateBackupSettings(orders.id(), new BackupSettingsUpdate(Optional.empty(), Optional.empty(), Optional.of(7)));
        BackupSettingsDialogViewModel dialog = dialogFor("orders");

        dialog.retentionDaysProperty().set(90);
        dialog.saveCommand().execute();

        assertTrue(dialog.errorMessageProperty().get().startsWith("Nothing was changed."));
        assertTrue(dialog.errorMessageProperty().get().contains("already has a retention policy set"));
        assertFalse(dialog.finishedProperty().get());
        assertTrue(saved.isEmpty());
        assertEquals(7, simulator.getBackupSettings(orders.id()).retentionDays());
        assertTrue(dialog.saveCommand().isExecutable(), "the user may choose another value and try again");
    }

    @Test
    void cancelSavesNothing() {
        BackupSettingsDialogViewModel dialog = dialogFor("orders");
        dialog.frequencyMinutesProperty().set(5);

        dialog.cancel();

        assertTrue(dialog.finishedProperty().get());
        assertEquals(0, recording.calls("updateBackupSettings"));
    }

    private BackupSettingsDialogViewModel dialogFor(String name) {
        Cluster cluster = cluster(name);
        return new BackupSettingsDialogViewModel(cluster, simulator.getBackupSettings(cluster.id()),
                recording.service(), UiExecutors.direct(), saved::add);
    }

    private Cluster cluster(String name) {
        return simulator.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
