package org.backupconsole.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.FailureReason;
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
 * The in-process adapter of {@link BackupService} onto the engine. Each call first brings the engine up to
 * the virtual clock's present, then answers, all under one lock so the engine sees one caller at a time.
 */
public final class SimulatorBackupService implements BackupService {

    private final BackupEngine engine;
    private final VirtualClock clock;
    private final String organizationName;
    private final Permissions permissions;
    private final Object lock = new Object();

    public SimulatorBackupService(BackupEngine engine, VirtualClock clock, String organizationName,
                                  Permissions permissions) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.organizationName = Objects.requireNonNull(organizationName, "organizationName");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
    }

    public VirtualClock clock() {
        return clock;
    }

    @Override
    public BackendKind kind() {
        return BackendKind.SIMULATOR;
    }

    @Override
    public String organizationName() {
        return organizationName;
    }

    @Override
    public Instant now() {
        return atPresent(engine::now);
    }

    @Override
    public List<Cluster> listClusters() {
        return atPresent(engine::clusters);
    }

    @Override
    public Cluster getCluster(String clusterId) {
        return atPresent(() -> engine.cluster(clusterId));
    }

    @Override
    public List<Backup> listBackups(String clusterId, TimeRange range) {
        return atPresent(() -> engine.backups(clusterId, range));
    }

    @Override
    public Optional<Catalog> backupContents(String clusterId, String backupId) {
        return atPresent(() -> engine.backupContents(clusterId, backupId));
    }

    @Override
    public Optional<List<IncompleteBackup>> incompleteBackups(String clusterId) {
        return atPresent(() -> Optional.of(engine.incompleteBackups(clusterId)));
    }

    @Override
    public BackupSettings getBackupSettings(String clusterId) {
        return atPresent(() -> engine.settings(clusterId));
    }

    @Override
    public BackupSettings updateBackupSettings(String clusterId, BackupSettingsUpdate update) {
        return atPresent(() -> engine.updateSettings(clusterId, update));
    }

    @Override
    public Restore createRestore(RestoreRequest request) {
        return atPresent(() -> {
            String source = request.sourceClusterId().orElse(request.destinationClusterId());
            if (!permissions.mayRestore(source, request.destinationClusterId())) {
                throw new BackendException(FailureReason.PERMISSION_DENIED,
                        "Restoring needs the Cluster Admin or Cluster Operator role on both clusters.");
            }
            return engine.startRestore(request);
        });
    }

    @Override
    public Restore getRestore(String destinationClusterId, String restoreId) {
        return atPresent(() -> engine.restore(destinationClusterId, restoreId));
    }

    @Override
    public List<Restore> listRestores(String destinationClusterId) {
        return atPresent(() -> engine.restores(destinationClusterId));
    }

    @Override
    public Permissions permissions() {
        return permissions;
    }

    private <T> T atPresent(Supplier<T> query) {
        synchronized (lock) {
            engine.advanceTo(clock.now());
            return query.get();
        }
    }
}
