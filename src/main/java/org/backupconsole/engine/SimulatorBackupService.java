package org.backupconsole.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.DeleteDatabase;
import org.backupconsole.engine.model.EngineReads;
import org.backupconsole.engine.model.StartRestore;
import org.backupconsole.engine.model.UpdateSettings;

/**
 * The in-process adapter of {@link BackupService} onto a {@link Simulation}, acting as one member of the
 * organization. It reports everything the engine knows — status, type, expiry, contents, failed runs, the
 * tables a cluster holds now — which is more than the Cloud API tells. Every request the Cloud API would answer
 * first crosses the simulation's {@link NetworkConditions}; a lost read may be tried again ({@link LostReadRetries}).
 */
public final class SimulatorBackupService implements BackupService {

    private final Supplier<Simulation> simulation;
    private final Function<Simulation, String> principalId;
    private final LostReadRetries lostReads;
    private volatile ClientActivity activity = ClientActivity.NONE;

    SimulatorBackupService(Simulation simulation, String principalId, LostReadRetries lostReads) {
        this(() -> simulation, current -> principalId, lostReads);
    }

    /** A service that follows whichever simulation the supplier gives, acting as the member it names there. */
    SimulatorBackupService(Supplier<Simulation> simulation, Function<Simulation, String> principalId,
                           LostReadRetries lostReads) {
        this.simulation = simulation;
        this.principalId = principalId;
        this.lostReads = lostReads;
    }

    @Override
    public void reportActivityTo(ClientActivity listener) {
        activity = listener;
    }

    public VirtualClock clock() {
        return simulation.get().clock();
    }

    public Simulation simulation() {
        return simulation.get();
    }

    @Override
    public BackendKind kind() {
        return BackendKind.SIMULATOR;
    }

    @Override
    public String organizationName() {
        return read((engine, caller) -> engine.organizationName());
    }

    @Override
    public Instant now() {
        return known((engine, caller) -> engine.now());
    }

    @Override
    public List<Cluster> listClusters() {
        return read((engine, caller) -> engine.clusters());
    }

    @Override
    public Cluster getCluster(String clusterId) {
        return read((engine, caller) -> engine.cluster(clusterId));
    }

    @Override
    public List<Backup> listBackups(String clusterId, TimeRange range) {
        return callOnBackups(clusterId, "list the backups of", engine -> engine.backups(clusterId, range));
    }

    @Override
    public List<Backup> listBackups(String clusterId, TimeRange range, TimeOrder order, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a listing's limit must be at least 1, not " + limit);
        }
        return callOnBackups(clusterId, "list the backups of",
                engine -> engine.backups(clusterId, range, order == TimeOrder.NEWEST_FIRST, limit));
    }

    @Override
    public Optional<Map<String, Catalog>> backupContents(String clusterId) {
        return knownOnBackups(clusterId, "read the backups of", engine -> {
            Map<String, Catalog> contents = new HashMap<>();
            engine.backups(clusterId, TimeRange.ALL).forEach(b -> contents.put(b.id(), engine.backupContents(clusterId, b.id())));
            return Optional.of(contents);
        });
    }

    @Override
    public Optional<List<IncompleteBackup>> incompleteBackups(String clusterId) {
        return knownOnBackups(clusterId, "list the backup runs of",
                engine -> Optional.of(engine.incompleteBackups(clusterId)));
    }

    @Override
    public BackupSettings getBackupSettings(String clusterId) {
        return callOnBackups(clusterId, "read the backup settings of", engine -> engine.settings(clusterId));
    }

    @Override
    public Optional<Boolean> retentionChangeUsed(String clusterId) {
        return knownOnBackups(clusterId, "read the backup settings of",
                engine -> Optional.of(engine.retentionChanged(clusterId)));
    }

    @Override
    public BackupSettings updateBackupSettings(String clusterId, BackupSettingsUpdate update) {
        return change((engine, caller) -> engine.run(new UpdateSettings(caller, clusterId, update)));
    }

    @Override
    public Restore createRestore(RestoreRequest request) {
        return change((engine, caller) -> engine.run(new StartRestore(caller, request)));
    }

    @Override
    public Restore getRestore(String destinationClusterId, String restoreId) {
        return callOnBackups(destinationClusterId, "follow restores into",
                engine -> engine.restore(destinationClusterId, restoreId));
    }

    @Override
    public List<Restore> listRestores(String destinationClusterId) {
        return callOnBackups(destinationClusterId, "list the restores into", engine -> engine.restores(destinationClusterId));
    }

    @Override
    public List<DatabaseSummary> listDatabases(String clusterId) {
        return read((engine, caller) -> engine.clusterContents(caller, clusterId).databaseSummaries());
    }

    @Override
    public void deleteDatabase(String clusterId, String databaseName) {
        change((engine, caller) -> engine.run(new DeleteDatabase(caller, clusterId, databaseName)));
    }

    @Override
    public Optional<Catalog> clusterContents(String clusterId) {
        return known((engine, caller) -> Optional.of(engine.clusterContents(caller, clusterId)));
    }

    @Override
    public Permissions permissions() {
        return known((engine, caller) -> engine.principal(caller).permissions());
    }

    /** A call the Cloud API allows only to Cluster Admins and Cluster Operators of the cluster. */
    private <T> T callOnBackups(String clusterId, String action, Function<EngineReads, T> query) {
        return read(withBackupRole(clusterId, action, query));
    }

    /**
     * What the simulator knows beyond the Cloud API (a backup's contents, failed runs, the retention change, the
     * caller's roles, the time): the live client makes no request for these, so they do not cross the simulated
     * network either, and a lossy network fails a page load as often as it would fail the live app's.
     */
    private <T> T knownOnBackups(String clusterId, String action, Function<EngineReads, T> query) {
        return known(withBackupRole(clusterId, action, query));
    }

    private static <T> BiFunction<EngineReads, String, T> withBackupRole(String clusterId, String action,
                                                                       Function<EngineReads, T> query) {
        return (engine, caller) -> {
            engine.requireBackupRole(caller, clusterId, action);
            return query.apply(engine);
        };
    }

    private <T> T known(BiFunction<EngineReads, String, T> query) {
        Simulation current = simulation.get();
        String caller = principalId.apply(current);
        return current.underLock(engine -> query.apply(engine.reads(), caller));
    }

    private <T> T read(BiFunction<EngineReads, String, T> query) {
        Simulation current = simulation.get();
        lostReads.cross(current, activity);
        String caller = principalId.apply(current);
        return current.underLock(engine -> query.apply(engine.reads(), caller));
    }

    private <T> T change(BiFunction<BackupEngine, String, T> action) {
        Simulation current = simulation.get();
        current.crossNetwork();
        String caller = principalId.apply(current);
        return current.underLock(engine -> action.apply(engine, caller));
    }
}
