package org.backupconsole.wire;

/** {@code BackupConfiguration}, the answer of GET and PATCH {@code backups-config}. */
public record BackupConfigurationJson(Boolean enabled, Integer frequencyMinutes, Integer retentionDays) {
}
