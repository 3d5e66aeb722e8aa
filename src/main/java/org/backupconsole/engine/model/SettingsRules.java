package org.backupconsole.engine.model;

import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;

/** The managed service's rules for changing backup settings, with its own error messages. */
final class SettingsRules {

    static final String RETENTION_ALREADY_SET =
            "cluster already has a retention policy set, open a support ticket to change it";

    BackupSettings apply(SimCluster cluster, BackupSettingsUpdate update) {
        if (!cluster.plan.hasConfigurableBackups()) {
            throw BackendException.invalid("The backup schedule of " + cluster.name + " cannot be changed: "
                    + cluster.plan.displayName() + " clusters take a backup every 24 hours and keep it 30 days.");
        }
        BackupSettings current = cluster.settings;
        boolean disabling = update.enabled().equals(Optional.of(false));
        if (disabling && (update.frequencyMinutes().isPresent() || update.retentionDays().isPresent())) {
            throw BackendException.invalid("If you are disabling managed backups, you cannot set backup frequency or retention.");
        }
        int frequency = update.frequencyMinutes().orElse(current.frequencyMinutes());
        if (!BackupSettings.FREQUENCY_MINUTES.contains(frequency)) {
            throw BackendException.invalid("frequency_minutes must be one of " + BackupSettings.FREQUENCY_MINUTES + ".");
        }
        int retention = update.retentionDays().orElse(current.retentionDays());
        if (!BackupSettings.RETENTION_DAYS.contains(retention)) {
            throw BackendException.invalid("retention_days must be one of " + BackupSettings.RETENTION_DAYS + ".");
        }
        if (retention != current.retentionDays() && cluster.retentionChanged) {
            throw BackendException.invalid(RETENTION_ALREADY_SET);
        }
        return new BackupSettings(update.enabled().orElse(current.enabled()), frequency, retention);
    }
}
