package org.backupconsole.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;

/**
 * The in-process adapter of {@link BackupService} onto a {@link Simulation}, acting as one member of the
 * organization. It reports everything the engine knows — status, type, expiry, contents, failed runs — which
 * is more than the Cloud API tells.
 */
public final class SimulatorBackupService implements BackupService {

    private final Simulation simulation;
    private final String principalId;

    SimulatorBackupService(Simulation simulation, String principalId) {
        this.simulation = simulation;
        this.principalId = principalId;
    }

    public VirtualClock clock() {
        return simulation.clock();
    }

    public Simulation simulation() {
        return simulation;
    }

    @Override
    public BackendKind kind() {
        return BackendKind.SIMULATOR;
    }

    @Override
    public String organizationName() {
        return simulation.organizationName();
    }

    @Override
    public Instant now() {
        return simulation.withEngine(BackupEngine::now);
    }

    @Override
    public List<Cluster> listClusters() {
        return simulation.withEngine(BackupEngine::clusters);
    }

    @Override
    public Cluster getCluster(String clusterId) {
        return simulation.withEngine(e -> e.cluster(clusterId));
    }

    @Override
    public List<Backup> listBackups(String clusterId, TimeRange range) {
        return simulation.withEngine(e -> e.backups(clusterId, range));
    }

    @Override
    public Optional<Catalog> backupContents(String clusterId, String backupId) {
        return simulation.withEngine(e -> Optional.of(e.backupContents(clusterId, backupId)));
    }

    @Override
    public Optional<List<IncompleteBackup>> incompleteBackups(String clusterId) {
        return simulation.withEngine(e -> Optional.of(e.incompleteBackups(clusterId)));
    }

    @Override
    public BackupSettings getBackupSettings(String clusterId) {
        return simulation.withEngine(e -> e.settings(clusterId));
    }

    @Override
    public BackupSettings updateBackupSettings(String clusterId, BackupSettingsUpdate update) {
        return simulation.withEngine(e -> e.updateSettings(principalId, clusterId, update));
    }

    @Override
    public Restore createRestore(RestoreRequest request) {
        return simulation.withEngine(e -> e.startRestore(principalId, request));
    }

    @Override
    public Restore getRestore(String destinationClusterId, String restoreId) {
        return simulation.withEngine(e -> e.restore(destinationClusterId, restoreId));
    }

    @Override
    public List<Restore> listRestores(String destinationClusterId) {
        return simulation.withEngine(e -> e.restores(destinationClusterId));
    }

    @Override
    public Permissions permissions() {
        return simulation.withEngine(e -> e.principal(principalId).permissions());
    }
}
