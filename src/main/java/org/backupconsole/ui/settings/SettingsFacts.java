package org.backupconsole.ui.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * What the Backup Settings dialog needs to know besides the settings, to say what saving does.
 *
 * @param existingBackups     how many backups the cluster has now, which keep their expiry
 * @param moreNotCounted      true when only the newest backups were counted, while the older ones load
 * @param retentionChangeUsed whether the one retention change was made; empty when the backend cannot tell
 */
public record SettingsFacts(int existingBackups, boolean moreNotCounted, Optional<Boolean> retentionChangeUsed) {

    public SettingsFacts {
        Objects.requireNonNull(retentionChangeUsed, "retentionChangeUsed");
    }

    /** Every existing backup counted. */
    public SettingsFacts(int existingBackups, Optional<Boolean> retentionChangeUsed) {
        this(existingBackups, false, retentionChangeUsed);
    }

    public boolean retentionLocked() {
        return retentionChangeUsed.orElse(false);
    }
}
