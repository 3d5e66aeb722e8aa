package org.backupconsole.domain;

import java.util.List;

/**
 * The managed-backup configuration of a cluster.
 *
 * @param frequencyMinutes how often a backup is taken, which is the cluster's recovery point objective
 * @param retentionDays    how long each new backup is kept
 */
public record BackupSettings(boolean enabled, int frequencyMinutes, int retentionDays) {

    public static final List<Integer> FREQUENCY_MINUTES = List.of(5, 10, 15, 30, 60, 240, 1440);
    public static final List<Integer> RETENTION_DAYS = List.of(2, 7, 30, 90, 365);
    public static final int DEFAULT_FREQUENCY_MINUTES = 60;
    public static final int DEFAULT_RETENTION_DAYS = 30;

    /** The fixed, non-configurable schedule of BASIC clusters: a backup every 24 hours, kept 30 days. */
    public static final BackupSettings BASIC_FIXED = new BackupSettings(true, 1440, 30);

    /** What a new STANDARD or ADVANCED cluster starts with. */
    public static final BackupSettings CONFIGURABLE_DEFAULT =
            new BackupSettings(true, DEFAULT_FREQUENCY_MINUTES, DEFAULT_RETENTION_DAYS);

    public static BackupSettings initialFor(Plan plan) {
        return plan.hasConfigurableBackups() ? CONFIGURABLE_DEFAULT : BASIC_FIXED;
    }
}
