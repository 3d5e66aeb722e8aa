package org.backupconsole.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.RestoreEligibility;
import org.backupconsole.domain.RestoreEligibility.Refusal;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;

/**
 * Validates a restore request as the managed service does before it accepts the job. Nothing is changed
 * and no randomness is drawn here, so a refused request leaves no trace.
 */
final class RestoreRules {

    static final Duration DEFAULT_BACKUP_WINDOW = Duration.ofDays(7);

    /** What a valid request resolved to. */
    record Accepted(SimCluster source, SimCluster destination, SimBackup backup) {
    }

    private final EventKernel kernel;
    private final Clusters clusters;

    RestoreRules(EventKernel kernel, Clusters clusters) {
        this.kernel = kernel;
        this.clusters = clusters;
    }

    Accepted check(Principal caller, RestoreRequest request) {
        SimCluster destination = clusters.find(request.destinationClusterId());
        checkShape(request, destination);
        SimBackup backup = chooseBackup(request, destination);
        SimCluster source = backup.cluster;
        Optional<Refusal> refusal = RestoreEligibility.check(source.snapshot(), destination.snapshot(),
                backup.isRunning(kernel.now()), caller.permissions());
        if (refusal.isPresent()) {
            throw refused(refusal.get(), caller, source, destination, backup);
        }
        for (RestoreItem item : request.objects()) {
            checkInBackup(item, request.type(), backup);
        }
        return new Accepted(source, destination, backup);
    }

    private static void checkShape(RestoreRequest request, SimCluster destination) {
        RestoreType type = request.type();
        if (type != RestoreType.CLUSTER && !destination.plan.allowsPartialRestore()) {
            throw BackendException.invalid(destination.plan.displayName()
                    + " clusters can only be restored at the cluster level.");
        }
        if (type == RestoreType.CLUSTER && !request.objects().isEmpty()) {
            throw BackendException.invalid("objects can only be given when type is DATABASE or TABLE.");
        }
        if (type != RestoreType.CLUSTER && request.objects().isEmpty()) {
            throw BackendException.invalid("objects is required when type is " + type + ".");
        }
        for (RestoreItem item : request.objects()) {
            boolean isTable = item.schema().isPresent() && item.table().isPresent();
            boolean isDatabase = item.schema().isEmpty() && item.table().isEmpty();
            if (type == RestoreType.DATABASE && !isDatabase) {
                throw BackendException.invalid("A DATABASE restore names databases only; " + item + " names more.");
            }
            if (type == RestoreType.TABLE && !isTable) {
                throw BackendException.invalid("A TABLE restore names each table with its database, schema and table; "
                        + item + " does not.");
            }
        }
        if (request.options().newDatabaseName().isPresent()
                && (type != RestoreType.DATABASE || request.objects().size() != 1)) {
            throw BackendException.invalid("new_db_name applies to a DATABASE restore of exactly one database.");
        }
        if (request.options().intoDatabase().isPresent() && type != RestoreType.TABLE) {
            throw BackendException.invalid("into_db applies to a TABLE restore only.");
        }
    }

    private SimBackup chooseBackup(RestoreRequest request, SimCluster destination) {
        SimCluster source = request.sourceClusterId().map(clusters::find).orElse(null);
        if (request.backupId().isPresent()) {
            String backupId = request.backupId().get();
            SimBackup backup = clusters.listedBackup(backupId);
            if (backup == null) {
                throw BackendException.notFound("Backup " + backupId);
            }
            if (source != null && source != backup.cluster) {
                throw BackendException.invalid("Backup " + backupId + " does not belong to cluster " + source.name
                        + "; leave source_cluster_id out or name the cluster it was taken on.");
            }
            return backup;
        }
        SimCluster from = source != null ? source : destination;
        Instant now = kernel.now();
        Instant windowStart = now.minus(DEFAULT_BACKUP_WINDOW);
        return from.backups.newestFirst(new TimeRange(Optional.of(windowStart), Optional.empty())).stream()
                .filter(b -> !b.isRunning(now))
                .findFirst()
                .orElseThrow(() -> Refusals.precondition("Cluster " + from.name
                        + " has no complete backup from the last 7 days; pass a backup_id to restore an older one."));
    }

    private static String relation(CockroachVersion target, CockroachVersion backup) {
        return target.compareTo(backup) < 0 ? "older than" : "too far past";
    }

    /** The service's words for each reason it refuses a restore. */
    private static BackendException refused(Refusal refusal, Principal caller, SimCluster source, SimCluster destination,
                                            SimBackup backup) {
        return switch (refusal) {
            case NO_ROLE -> new BackendException(FailureReason.PERMISSION_DENIED, caller.name() + " may not restore from "
                    + source.name + " into " + destination.name
                    + ": restoring needs the Cluster Admin or Cluster Operator role on both clusters, or in the organization.");
            case SOURCE_DELETED -> Refusals.precondition("Cluster " + source.name + " is deleted; its backups can only "
                    + "be restored by Cockroach Labs support. Contact support to restore them.");
            case TARGET_DELETED -> BackendException.invalid("Cluster " + destination.name
                    + " is deleted and cannot be restored into.");
            case OTHER_PLAN -> BackendException.invalid("A backup of a " + source.plan.displayName()
                    + " cluster can only be restored into a cluster of the same plan; "
                    + destination.name + " is " + destination.plan.displayName() + ".");
            case UNSUPPORTED_VERSION -> BackendException.invalid(destination.name + " runs CockroachDB "
                    + destination.version + ", " + relation(destination.version, source.version) + " "
                    + source.version + " of " + source.name + ", where the backup was taken; "
                    + CockroachVersion.RESTORE_RULE + ". Choose a cluster on " + source.version.restorableIntoText() + ".");
            case TARGET_RESTORING -> Refusals.precondition("A restore is already running on cluster "
                    + destination.name + "; a cluster takes one restore at a time and a restore cannot be cancelled.");
            case TARGET_NOT_READY -> Refusals.precondition("Cluster " + destination.name
                    + " is not ready yet; restore into it once it is created.");
            case BACKUP_IN_PROGRESS -> Refusals.precondition("Backup " + backup.id
                    + " is still in progress; choose a complete backup.");
        };
    }

    private static void checkInBackup(RestoreItem item, RestoreType type, SimBackup backup) {
        boolean present = type == RestoreType.DATABASE
                ? CatalogEdits.database(backup.catalog, item.database()).isPresent()
                : CatalogEdits.table(backup.catalog, item).isPresent();
        if (!present) {
            String what = type == RestoreType.DATABASE ? "database " + item.database()
                    : "table " + item.database() + "." + item.schema().orElse("") + "." + item.table().orElse("");
            throw BackendException.invalid("Backup " + backup.id + " holds no " + what + "; pick an object it holds.");
        }
    }
}
