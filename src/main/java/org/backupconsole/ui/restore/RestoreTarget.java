package org.backupconsole.ui.restore;

import java.util.Optional;

import org.backupconsole.domain.Cluster;

/**
 * A cluster the restore could go into, and why it cannot when it cannot.
 *
 * @param isSource true for the cluster the backup was taken on
 */
public record RestoreTarget(Cluster cluster, boolean isSource, Optional<String> unavailableBecause) {

    public boolean selectable() {
        return unavailableBecause.isEmpty();
    }

    /** As the target list shows it. */
    public String label() {
        String name = cluster.name() + (isSource ? " (this cluster)" : "");
        return unavailableBecause.map(reason -> name + " — " + reason).orElse(name);
    }
}
