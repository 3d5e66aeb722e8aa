package org.backupconsole.cli;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityOrigin;
import org.backupconsole.activity.FileJournal;
import org.backupconsole.activity.JournaledBackupService;
import org.backupconsole.backend.BackupService;
import org.backupconsole.engine.Simulation;
import org.backupconsole.live.LiveBackupService;

/**
 * Puts a journal around a backend, for the window and the scripting commands alike: a simulation's changes go to
 * its own session's journal, as its user; the Cloud API's go to the user's journal file, as the service account.
 */
public final class ActivityRecording {

    private ActivityRecording() {
    }

    /** Changes made as the simulation's desktop user, recorded in whichever simulation is current then. */
    public static JournaledBackupService onSimulation(BackupService service, Supplier<Simulation> simulation,
                                                      ActivityOrigin origin) {
        return new JournaledBackupService(service, () -> simulation.get().activity(),
                () -> simulation.get().desktopUserName(), ActivityEntry.SIMULATOR, origin);
    }

    /** Changes made with a service account's key, recorded in the journal file. */
    public static JournaledBackupService onCloudApi(LiveBackupService service, Path journalFile, ActivityOrigin origin) {
        FileJournal journal = new FileJournal(journalFile);
        return new JournaledBackupService(service, () -> journal,
                () -> JournaledBackupService.SERVICE_ACCOUNT_NOT_REPORTED, service.apiUrl().host(), origin);
    }
}
