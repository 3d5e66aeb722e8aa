package org.backupconsole.engine.model;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.ClusterState;

/**
 * Changes the backup settings of a STANDARD or ADVANCED cluster under the service's rules: allowed values only,
 * retention changed once, and an immediate full backup after any change that leaves backups enabled.
 */
public record UpdateSettings(String principalId, String clusterId, BackupSettingsUpdate update)
        implements Command<BackupSettings> {

    public static final CommandKind<UpdateSettings> KIND = new CommandKind<>(UpdateSettings.class, "updateSettings",
            in -> new UpdateSettings(in.allowing("principal", "cluster", "update").text("principal"), in.text("cluster"),
                    in.settingsUpdate("update")));

    @Override
    public BackupSettings applyTo(EngineState state) {
        SimCluster cluster = state.clusters.find(clusterId);
        state.access.requireBackupRole(principalId, cluster.id, "change the backup settings of");
        if (cluster.lifecycle.is(ClusterState.DELETED)) {
            throw BackendException.invalid("Cluster " + cluster.name + " is deleted; its backup settings cannot change.");
        }
        BackupSettings changed = state.settingsRules.apply(cluster, update);
        if (!changed.equals(cluster.settings)) {
            cluster.retentionChanged |= changed.retentionDays() != cluster.settings.retentionDays();
            cluster.settings = changed;
            if (changed.enabled() && !cluster.lifecycle.is(ClusterState.CREATING)) {
                state.runs.restartSchedule(cluster, state.now(), true);
            } else {
                state.runs.stopSchedule(cluster);
            }
        }
        return changed;
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("principal", principalId).text("cluster", clusterId).settingsUpdate("update", update);
    }
}
