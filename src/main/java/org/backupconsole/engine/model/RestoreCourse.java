package org.backupconsole.engine.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RestoreFailure;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;

/**
 * What happens to an accepted restore over time: the destination is locked, the job prepares, runs and
 * then either replaces or extends the destination's catalog (SUCCESS, with completed_at a little later) or
 * fails with an error code and message, leaving the destination as it was.
 */
final class RestoreCourse {

    static final Duration PREPARATION = Duration.ofSeconds(30);
    static final Duration RUN_BASE = Duration.ofMinutes(3);
    static final long RESTORE_BYTES_PER_SECOND = 30_000_000L;
    /** The service records completed_at a little after it reports SUCCESS. */
    static final Duration COMPLETION_LAG = Duration.ofSeconds(10);
    /** Where in its run an injected fault strikes. */
    static final double FAULT_AT = 0.4;
    /** The gRPC code FAILED_PRECONDITION, which the service reports when the destination does not fit. */
    static final int FAILED_PRECONDITION = 9;

    private final EventKernel kernel;
    private final FaultRules faults;
    private final IdGenerator restoreIds;
    private final SplittableRandom jobIds;

    RestoreCourse(EventKernel kernel, FaultRules faults, RandomStreams random) {
        this.kernel = kernel;
        this.faults = faults;
        this.restoreIds = new IdGenerator(random.get(RandomStreams.Purpose.RESTORE_IDS));
        this.jobIds = random.get(RandomStreams.Purpose.JOB_IDS);
    }

    RestoreJob start(RestoreRequest request, RestoreRules.Accepted accepted) {
        SimCluster destination = accepted.destination();
        Duration run = RUN_BASE.plusSeconds(restoredBytes(request, accepted.backup()) / RESTORE_BYTES_PER_SECOND);
        RestoreJob job = new RestoreJob(restoreIds.next(), request, accepted.source(), destination,
                accepted.backup(), kernel.now(), PREPARATION, run);
        destination.lifecycle.lockForRestore();
        String crdbJobId = Long.toString(1_000_000_000_000_000L + jobIds.nextLong(8_000_000_000_000_000L));
        Optional<RestoreFailure> misfit = misfit(job, accepted.source());
        if (misfit.isPresent()) {
            kernel.schedule(job.runStartsAt(), () -> fail(job, misfit.get()));
            return job;
        }
        kernel.schedule(job.runStartsAt(), () -> job.markRunning(crdbJobId));
        Optional<RestoreFailure> fault = faults.decide(FaultRule.Target.RESTORE, destination.id);
        if (fault.isPresent()) {
            kernel.schedule(job.partWay(FAULT_AT), () -> fail(job, fault.get()));
        } else {
            kernel.schedule(job.runEndsAt(), () -> succeed(job));
        }
        return job;
    }

    private static long restoredBytes(RestoreRequest request, SimBackup backup) {
        if (request.type() == RestoreType.CLUSTER) {
            return backup.catalog.sizeBytes();
        }
        return request.objects().stream().mapToLong(item -> request.type() == RestoreType.DATABASE
                ? CatalogEdits.database(backup.catalog, item.database()).orElseThrow().sizeBytes()
                : CatalogEdits.table(backup.catalog, item).orElseThrow().sizeBytes()).sum();
    }

    /** Why the destination cannot take this restore; found while the job prepares. */
    private static Optional<RestoreFailure> misfit(RestoreJob job, SimCluster source) {
        RestoreRequest request = job.request();
        Catalog destination = job.destination().catalog();
        RestoreOptions options = request.options();
        if (request.type() == RestoreType.CLUSTER && !destination.isEmpty()) {
            return failure("a cluster restore needs an empty destination, but " + job.destination().name + " holds "
                    + destination.databases().size() + " database(s); drop them or restore into an empty cluster");
        }
        if (job.destination().plan == Plan.ADVANCED && !options.skipLocalitiesCheck()
                && !job.destination().regions.containsAll(source.regions)) {
            return failure("the backup's localities " + source.regions + " are not all regions of "
                    + job.destination().name + " " + job.destination().regions + "; set skip_localities_check to continue");
        }
        Set<String> names = new HashSet<>();
        for (RestoreItem item : request.objects()) {
            if (request.type() == RestoreType.DATABASE) {
                String name = options.newDatabaseName().orElse(item.database());
                if (CatalogEdits.database(destination, name).isPresent() || !names.add(name)) {
                    return failure("database " + name + " already exists in " + job.destination().name
                            + "; drop it or restore under another name with new_db_name");
                }
            } else {
                String target = CatalogEdits.targetDatabase(item, options);
                if (CatalogEdits.database(destination, target).isEmpty()) {
                    return failure("database " + target + " does not exist in " + job.destination().name
                            + "; create it first or choose another with into_db");
                }
                RestoreItem placed = new RestoreItem(target, item.schema(), item.table());
                if (CatalogEdits.table(destination, placed).isPresent() || !names.add(placed.toString())) {
                    return failure("table " + target + "." + item.schema().orElseThrow() + "." + item.table().orElseThrow()
                            + " already exists in " + job.destination().name + "; drop it first");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<RestoreFailure> failure(String message) {
        return Optional.of(new RestoreFailure(FAILED_PRECONDITION, message));
    }

    private void fail(RestoreJob job, RestoreFailure why) {
        job.fail(why, kernel.now());
        job.destination().lifecycle.unlockAfterRestore();
    }

    private void succeed(RestoreJob job) {
        SimCluster destination = job.destination();
        destination.setCatalog(restoredCatalog(job));
        destination.lifecycle.unlockAfterRestore();
        destination.openChain = null;
        job.succeed();
        kernel.schedule(kernel.now().plus(COMPLETION_LAG), () -> job.markCompleted(kernel.now()));
    }

    private static Catalog restoredCatalog(RestoreJob job) {
        RestoreRequest request = job.request();
        RestoreOptions options = request.options();
        Catalog backup = job.backup().catalog;
        Catalog result = job.destination().catalog();
        if (request.type() == RestoreType.CLUSTER) {
            return options.schemaOnly() ? CatalogEdits.withoutData(backup) : backup;
        }
        List<RestoreItem> items = request.objects();
        for (RestoreItem item : items) {
            if (request.type() == RestoreType.DATABASE) {
                result = CatalogEdits.plusDatabase(result, CatalogEdits.restoredDatabase(backup, item, options));
            } else {
                Catalog.Table table = CatalogEdits.table(backup, item).orElseThrow();
                Catalog.Table restored = options.schemaOnly() ? new Catalog.Table(table.name(), 0) : table;
                result = CatalogEdits.plusTable(result, CatalogEdits.targetDatabase(item, options),
                        item.schema().orElseThrow(), restored);
            }
        }
        return result;
    }
}
