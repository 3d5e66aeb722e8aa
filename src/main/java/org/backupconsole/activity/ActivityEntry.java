package org.backupconsole.activity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.backupconsole.backend.BackendKind;

/**
 * One line of the activity journal: a change made from this app or its command line, or how a restore it started
 * ended. Never holds a secret: the actor is a name, the place a host.
 *
 * @param actor     who made it: the service account, or the simulator's user
 * @param where     the API's host, or {@link #SIMULATOR}
 * @param what      the change in words
 * @param details   the change's facts by name (backup id, restore type, objects, settings before and after,
 *                  database), sorted by name
 * @param reason    why it failed or was refused, in the service's words
 * @param jobId     the restore job's id, where there is one
 */
public record ActivityEntry(
        Instant at,
        String actor,
        BackendKind backend,
        String where,
        String clusterId,
        String clusterName,
        ActivityAction action,
        String what,
        Map<String, String> details,
        ActivityOutcome outcome,
        Optional<String> reason,
        Optional<String> jobId,
        ActivityOrigin origin) {

    public static final String SIMULATOR = "simulator";

    public ActivityEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(what, "what");
        details = Map.copyOf(new TreeMap<>(details));
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(origin, "origin");
    }

    /** The details in name order, as they are written. */
    public Map<String, String> sortedDetails() {
        return new TreeMap<>(details);
    }

    /** This entry with a later outcome, as the journal's reader folds a restore's end into its request. */
    ActivityEntry endedAs(ActivityEntry end) {
        Map<String, String> withEnd = new TreeMap<>(details);
        withEnd.put("ended_at", end.at().toString());
        return new ActivityEntry(at, actor, backend, where, clusterId, clusterName, action, what, withEnd,
                end.outcome(), end.reason(), jobId, origin);
    }
}
