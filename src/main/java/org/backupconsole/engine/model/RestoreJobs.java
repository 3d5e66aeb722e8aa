package org.backupconsole.engine.model;

import java.util.HashMap;
import java.util.Map;

import org.backupconsole.backend.BackendException;

/** Every restore job by id; a cluster lists the ids of the restores into it, oldest first. */
final class RestoreJobs {

    private final Map<String, RestoreJob> byId = new HashMap<>();

    void add(RestoreJob job) {
        byId.put(job.id(), job);
        job.destination().restoreIds.add(job.id());
    }

    RestoreJob into(String destinationClusterId, String restoreId) {
        RestoreJob job = byId.get(restoreId);
        if (job == null || !job.destination().id.equals(destinationClusterId)) {
            throw BackendException.notFound("Restore " + restoreId + " of cluster " + destinationClusterId);
        }
        return job;
    }

    RestoreJob get(String restoreId) {
        return byId.get(restoreId);
    }

    /** Forgets the restores into a cluster that is purged. */
    void forget(SimCluster cluster) {
        cluster.restoreIds.forEach(byId::remove);
    }
}
