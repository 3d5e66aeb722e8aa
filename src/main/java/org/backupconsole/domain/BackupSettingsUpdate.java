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

    /**
     * The change that takes {@code current} to the chosen values, as the Settings dialog and the command line send
     * it: only the fields that differ, and nothing but the switch when disabling (the service refuses a frequency
     * or a retention in the change that disables backups); empty when nothing would change. A {@code null} choice
     * keeps the current value.
     */
    public static Optional<BackupSettingsUpdate> between(BackupSettings current, boolean enabled, Integer frequencyMinutes,
                                                         Integer retentionDays) {
        if (!enabled) {
            return current.enabled()
                    ? Optional.of(new BackupSettingsUpdate(Optional.of(false), Optional.empty(), Optional.empty()))
                    : Optional.empty();
        }
        BackupSettingsUpdate update = new BackupSettingsUpdate(
                current.enabled() ? Optional.empty() : Optional.of(true),
                changed(frequencyMinutes, current.frequencyMinutes()),
                changed(retentionDays, current.retentionDays()));
        return update.isEmpty() ? Optional.empty() : Optional.of(update);
    }

    private static Optional<Integer> changed(Integer chosen, int was) {
        return chosen == null || chosen == was ? Optional.empty() : Optional.of(chosen);
    }

    public boolean isEmpty() {
        return enabled.isEmpty() && frequencyMinutes.isEmpty() && retentionDays.isEmpty();
    }
}
