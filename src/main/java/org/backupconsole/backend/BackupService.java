package org.backupconsole.backend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/**
 * The one port between the view models and a backend: the live Cloud API or the embedded simulator.
 *
 * <p>Every method may block on I/O or on the engine, so callers run them off the UI thread. Failures are
 * {@link BackendException}s whose {@link BackendException#reason()} a view model turns into a message.
 */
public interface BackupService {

    /** Tells the listener when a call is retried and when it ends; a backend that never retries tells nothing. */
    default void reportActivityTo(ClientActivity listener) {
    }

    /** Which kind of backend this is: the UI shows simulator-only controls and badges from it. */
    BackendKind kind();

    /** The name of the organization the caller belongs to. */
    String organizationName();

    /** The backend's present time: the virtual clock on the simulator, the wall clock on the live service. */
    Instant now();

    /** The clusters the caller can see, deleted ones included while their backups are kept. */
    List<Cluster> listClusters();

    Cluster getCluster(String clusterId);

    /** The backups of a cluster whose as-of time lies in the range, newest first. */
    List<Backup> listBackups(String clusterId, TimeRange range);

    /**
     * At most {@code limit} backups of a cluster in the range, taken from the end the order starts at and in that
     * order: the newest page of a long list, or one calendar day, without listing the rest. A backend that cannot
     * do better lists the range and cuts it.
     */
    default List<Backup> listBackups(String clusterId, TimeRange range, TimeOrder order, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a listing's limit must be at least 1, not " + limit);
        }
        List<Backup> ordered = new ArrayList<>(listBackups(clusterId, range));
        if (order == TimeOrder.OLDEST_FIRST) {
            Collections.reverse(ordered);
        }
        return List.copyOf(ordered.subList(0, Math.min(limit, ordered.size())));
    }

    /**
     * What each backup of a cluster holds at its as-of time, by backup id, for the ADVANCED drill-down and for
     * data restores; one call for the whole list, so a slow network costs one round trip. Empty when the backend
     * cannot tell: the Cloud API lists only a backup's id and as-of time.
     */
    Optional<Map<String, Catalog>> backupContents(String clusterId);

    /** Failed or pending backup runs of a cluster, newest first; empty when the backend cannot tell. */
    Optional<List<IncompleteBackup>> incompleteBackups(String clusterId);

    BackupSettings getBackupSettings(String clusterId);

    /**
     * Whether the cluster's one retention change has been made, after which the service refuses another. Empty
     * when the backend cannot tell: the Cloud API does not report it.
     */
    Optional<Boolean> retentionChangeUsed(String clusterId);

    /** Applies a partial change; the rules of the service (allowed values, retention once) are enforced here. */
    BackupSettings updateBackupSettings(String clusterId, BackupSettingsUpdate update);

    /** Starts a restore. Never retried automatically: a second call starts a second restore. */
    Restore createRestore(RestoreRequest request);

    Restore getRestore(String destinationClusterId, String restoreId);

    /** The restores into a cluster, newest first. */
    List<Restore> listRestores(String destinationClusterId);

    /**
     * The databases a cluster holds now, sorted by name, each with its table count: every page of the Cloud
     * API's ListDatabases. Open to Cluster Developers as well as Admins and Operators; a cluster that is not
     * ready (creating, locked by a restore, deleted) is {@link FailureReason#FAILED_PRECONDITION}.
     */
    List<DatabaseSummary> listDatabases(String clusterId);

    /**
     * Drops one database of a cluster with all its tables, as the Cloud API's DeleteDatabase does: Cluster Admins
     * and Operators only, on a ready cluster; an unknown database is {@link FailureReason#NOT_FOUND}. Never
     * retried automatically, like {@link #createRestore}; on the live API a lost answer means the drop may have
     * been made, and the failure says so.
     */
    void deleteDatabase(String clusterId, String databaseName);

    /**
     * The databases, schemas and tables a cluster holds now, for refusing a table restore into a database that
     * already has that table. Empty when the backend cannot tell: the Cloud API reports only table counts.
     */
    Optional<Catalog> clusterContents(String clusterId);

    /** What the caller may do, for disabling actions it would be refused. */
    Permissions permissions();
}
