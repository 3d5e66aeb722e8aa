package org.backupconsole.wire;

/** {@code UpdateBackupConfigurationSpec}, the PATCH body: a field left null is not changed. */
public record UpdateBackupConfigurationJson(Boolean enabled, Integer frequencyMinutes, Integer retentionDays) {
}
