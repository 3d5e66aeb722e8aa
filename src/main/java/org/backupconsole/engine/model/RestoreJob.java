package org.backupconsole.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreFailure;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;

/**
 * A restore job in the engine: it prepares, runs for a time that grows with the restored data, then ends.
 * Its completion is derived from virtual time, so polling costs nothing and never drifts.
 */
final class RestoreJob {

    private final String id;
    private final RestoreRequest request;
    private final SimCluster source;
    private final SimCluster destination;
    private final SimBackup backup;
    private final Instant createdAt;
    private final Instant runStartsAt;
    private final Duration runDuration;
    private RestoreStatus status = RestoreStatus.PENDING;
    private String crdbJobId;
    private Instant completedAt;
    private RestoreFailure failure;
    private double completionAtFailure;

    RestoreJob(String id, RestoreRequest request, SimCluster source, SimCluster destination, SimBackup backup,
               Instant createdAt, Duration preparation, Duration runDuration) {
        this.id = id;
        this.request = request;
        this.source = source;
        this.destination = destination;
        this.backup = backup;
        this.createdAt = createdAt;
        this.runStartsAt = createdAt.plus(preparation);
        this.runDuration = runDuration;
    }

    String id() {
        return id;
    }

    RestoreRequest request() {
        return request;
    }

    SimCluster destination() {
        return destination;
    }

    SimBackup backup() {
        return backup;
    }

    Instant runStartsAt() {
        return runStartsAt;
    }

    Instant runEndsAt() {
        return runStartsAt.plus(runDuration);
    }

    /** A moment part-way through the run, where an injected fault strikes. */
    Instant partWay(double fraction) {
        return runStartsAt.plusMillis(Math.round(runDuration.toMillis() * fraction));
    }

    void markRunning(String jobId) {
        crdbJobId = jobId;
    }

    void succeed() {
        status = RestoreStatus.SUCCESS;
    }

    void fail(RestoreFailure why, Instant at) {
        completionAtFailure = completion(at);
        status = RestoreStatus.FAILED;
        failure = why;
        completedAt = at;
    }

    void markCompleted(Instant at) {
        completedAt = at;
    }

    Restore snapshot(Instant now) {
        double completion = switch (status) {
            case SUCCESS -> 1.0;
            case FAILED -> completionAtFailure;
            case PENDING -> completion(now);
        };
        return new Restore(id, backup.id, destination.id, source.name, destination.name, status, request.type(),
                completion, createdAt, backup.asOf, Optional.ofNullable(completedAt),
                Optional.ofNullable(crdbJobId), Optional.ofNullable(failure), request.objects(), request.options());
    }

    private double completion(Instant now) {
        if (!now.isAfter(runStartsAt)) {
            return 0;
        }
        double elapsed = Duration.between(runStartsAt, now).toMillis();
        return Math.min(1.0, elapsed / Math.max(1, runDuration.toMillis()));
    }
}
