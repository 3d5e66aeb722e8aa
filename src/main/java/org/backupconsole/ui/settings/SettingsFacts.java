package org.backupconsole.ui.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * What the Backup Settings dialog needs to know besides the settings, to say what saving does.
 *
 * @param existingBackups     how many backups the cluster has now, which keep their expiry
 * @param retentionChangeUsed whether the one retention change was made; empty when the backend cannot tell
 */
public record SettingsFacts(int existingBackups, Optional<Boolean> retentionChangeUsed) {

    public SettingsFacts {
        Objects.requireNonNull(retentionChangeUsed, "retentionChangeUsed");
    }

    public boolean retentionLocked() {
        return retentionChangeUsed.orElse(false);
    }
}
