package org.backupconsole.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.TimeRange;
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
        assertTrue(said.contains("An immediate full backup starts after saving"), said);
        assertTrue(said.contains("Your recovery point becomes at most 15 minutes, instead of 1 hour"), said);
        assertFalse(said.contains("retention change"), "retention is not touched");
        assertEquals(Optional.of(new BackupSettingsUpdate(Optional.empty(), Optional.of(15), Optional.empty())),
                dialog.update());
        dialog.saveCommand().execute();
        assertEquals(List.of(new BackupSettings(true, 15, 30)), saved);
        assertTrue(dialog.finishedProperty().get());
    }

    @Test
    void aRetentionChangeSaysItUsesTheOneChangeAndTheExistingBackupsKeepTheirExpiry() {
        BackupSettingsDialogViewModel dialog = dialogFor("orders");
        int existing = simulator.listBackups(cluster("orders").id(), TimeRange.ALL).size();

        dialog.retentionDaysProperty().set(90);

        assertEquals(List.of("An immediate full backup starts after saving, which may raise CPU use on orders for a while.",
                "This uses your one retention change: it cannot be changed again without a support ticket.",
                "Backups taken from now on expire after 90 days; the " + existing + " existing ones keep their expiry."),
                dialog.effects());
        assertEquals(BackupSettingsDialogViewModel.ONE_RETENTION_CHANGE, dialog.retentionWarningProperty().get(),
                "the retention field carries the warning too");
        assertFalse(dialog.retentionLocked());

        dialog.retentionDaysProperty().set(30);
        assertEquals("", dialog.retentionWarningProperty().get(), "back to the current retention, nothing to warn of");
    }

    @Test
    void whenTheOneRetentionChangeIsUsedTheDialogSaysSoBeforeAnyChoice() {
        Cluster orders = cluster("orders");
        simulator.updateBackupSettings(orders.id(), new BackupSettingsUpdate(Optional.empty(), Optional.empty(), Optional.of(7)));

        BackupSettingsDialogViewModel dialog = dialogFor("orders");

        assertTrue(dialog.retentionLocked());
        assertEquals("The retention of orders was already changed once, so it stays 7 days. To change it again, open"
                + " a support ticket.", dialog.retentionLockedReason());
        assertFalse(dialogFor("orders-staging").retentionLocked(), "another cluster's change is its own");
    }

    @Test
    void enablingSaysTheRecoveryPointItGives() {
        Cluster orders = cluster("orders");
        simulator.updateBackupSettings(orders.id(), new BackupSettingsUpdate(Optional.of(false), Optional.empty(), Optional.empty()));
        BackupSettingsDialogViewModel dialog = dialogFor("orders");

        dialog.enabledProperty().set(true);

        assertTrue(dialog.effects().contains("Your recovery point becomes at most 1 hour: a failure loses at most the"
                + " writes since the last backup."), dialog.effects().toString());
    }

    @Test
    void whereTheBackendCannotTellWhetherTheChangeWasUsedARetentionChangeSaysSo() {
        Cluster orders = cluster("orders");
        BackupSettingsDialogViewModel dialog = new BackupSettingsDialogViewModel(orders, simulator.getBackupSettings(orders.id()),
                new SettingsFacts(1, Optional.empty()), recording.service(), UiExecutors.direct(), saved::add);

        dialog.retentionDaysProperty().set(7);

        assertFalse(dialog.retentionLocked());
        assertTrue(dialog.effects().contains(BackupSettingsDialogViewModel.UNKNOWN_WHETHER_USED), dialog.effects().toString());
        assertTrue(dialog.effects().contains("Backups taken from now on expire after 7 days; the 1 existing one keeps its expiry."));
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
        // As on the Cloud API, which does not say the one change was used: the service's refusal is what tells.
        BackupSettingsDialogViewModel dialog = new BackupSettingsDialogViewModel(orders, simulator.getBackupSettings(orders.id()),
                new SettingsFacts(0, Optional.empty()), recording.service(), UiExecutors.direct(), saved::add);

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
        SettingsFacts facts = new SettingsFacts(simulator.listBackups(cluster.id(), TimeRange.ALL).size(),
                simulator.retentionChangeUsed(cluster.id()));
        return new BackupSettingsDialogViewModel(cluster, simulator.getBackupSettings(cluster.id()), facts,
                recording.service(), UiExecutors.direct(), saved::add);
    }

    private Cluster cluster(String name) {
        return simulator.listClusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
