package org.backupconsole.ui.restore;

import java.util.Objects;

/**
 * The data a restore into the backup's own cluster loses, for the dialog's small timeline: from the backup's
 * time to now.
 *
 * @param from when the backup was taken, as the user reads it
 * @param to   now, as the user reads it
 * @param lost how much time of changes is lost, in words
 */
public record LossWindow(String from, String to, String lost) {

    public LossWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(lost, "lost");
    }
}
