package org.backupconsole.domain;

import java.util.Optional;

/** A partial change of backup settings: fields left empty stay as they are (PATCH semantics). */
public record BackupSettingsUpdate(
        Optional<Boolean> enabled,
        Optional<Integer> frequencyMinutes,
        Optional<Integer> retentionDays) {

    public static BackupSettingsUpdate of(BackupSettings settings) {
        return new BackupSettingsUpdate(
                Optional.of(settings.enabled()),
                Optional.of(settings.frequencyMinutes()),
                Optional.of(settings.retentionDays()));
    }

    public boolean isEmpty() {
        return enabled.isEmpty() && frequencyMinutes.isEmpty() && retentionDays.isEmpty();
    }
}
