package org.backupconsole.wire;

import java.time.Duration;
import java.util.Optional;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;

/** Backups and backup settings between the domain and the wire. */
public final class BackupMapping {

    private BackupMapping() {
    }

    public static BackupSummaryJson toWire(Backup backup) {
        return new BackupSummaryJson(backup.id(), backup.asOfTime());
    }

    /**
     * The API lists only a backup's id and as-of time: status and type are not reported, and the expiry is the
     * as-of time plus the cluster's current retention, marked estimated.
     */
    public static Backup toDomain(BackupSummaryJson json, String clusterId, int retentionDays) {
        var asOf = WireFormatException.required(json.asOfTime(), "$.as_of_time");
        return new Backup(WireFormatException.required(json.id(), "$.id"), clusterId, asOf, Optional.empty(),
                Optional.empty(), asOf.plus(Duration.ofDays(retentionDays)), true);
    }

    public static BackupConfigurationJson toWire(BackupSettings settings) {
        return new BackupConfigurationJson(settings.enabled(), settings.frequencyMinutes(), settings.retentionDays());
    }

    public static BackupSettings toDomain(BackupConfigurationJson json) {
        return new BackupSettings(
                WireFormatException.required(json.enabled(), "$.enabled"),
                WireFormatException.required(json.frequencyMinutes(), "$.frequency_minutes"),
                WireFormatException.required(json.retentionDays(), "$.retention_days"));
    }

    public static UpdateBackupConfigurationJson toWire(BackupSettingsUpdate update) {
        return new UpdateBackupConfigurationJson(update.enabled().orElse(null),
                update.frequencyMinutes().orElse(null), update.retentionDays().orElse(null));
    }

    public static BackupSettingsUpdate toDomain(UpdateBackupConfigurationJson json) {
        return new BackupSettingsUpdate(Optional.ofNullable(json.enabled()),
                Optional.ofNullable(json.frequencyMinutes()),
                Optional.ofNullable(json.retentionDays()));
    }
}
