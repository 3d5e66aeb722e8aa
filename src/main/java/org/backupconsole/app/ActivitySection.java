package org.backupconsole.app;

import java.time.ZoneId;

import org.backupconsole.activity.JournaledBackupService;
import org.backupconsole.ui.activity.ActivityView;
import org.backupconsole.ui.activity.ActivityViewModel;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.restore.Announcement;
import org.backupconsole.ui.shell.ShellView;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Activity page in the navigation, beside Backup and Restore: it reads the journal the window's changes go to,
 * again after each of them; a change that could not be recorded is said in a toast and on the page.
 */
final class ActivitySection {

    private ActivitySection() {
    }

    static void install(ShellView shell, JournaledBackupService journaled, UiExecutors executors) {
        ActivityViewModel activity = new ActivityViewModel(journaled::journal, executors, ZoneId.systemDefault());
        journaled.onChanged(() -> executors.ui().execute(activity::refresh));
        journaled.onJournalFailure(message -> executors.ui().execute(() -> {
            activity.journalFailed(message);
            shell.announce(new Announcement(false, "Activity not recorded", message));
        }));
        activity.refresh();
        shell.addToDataSection(new ShellView.Page("Activity", Feather.LIST, () -> new ActivityView(activity).root()));
    }
}
