package org.backupconsole.activity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.backupconsole.backend.BackendKind;

/** Journal entries made by hand, for the journal's tests. */
final class Entries {

    static final Instant AT = Instant.parse("2026-11-23T15:30:00Z");

    private Entries() {
    }

    static ActivityEntry restoreRequested(int n, String jobId) {
        return new ActivityEntry(AT.plusSeconds(n), "ops-automation", BackendKind.LIVE, "cockroachlabs.cloud",
                "cluster-" + n, "demo-" + n, ActivityAction.RESTORE, "Restore the whole cluster from demo-" + n
                + "'s latest backup into demo-" + n, Map.of("restore_type", "cluster", "backup_id", "b-" + n),
                ActivityOutcome.REQUESTED, Optional.empty(), Optional.of(jobId), ActivityOrigin.CLI);
    }

    static ActivityEntry restoreEnded(ActivityEntry requested, ActivityOutcome outcome, Optional<String> reason) {
        return new ActivityEntry(requested.at().plusSeconds(600), requested.actor(), requested.backend(),
                requested.where(), requested.clusterId(), requested.clusterName(), ActivityAction.RESTORE,
                "Restore " + requested.jobId().orElseThrow() + " ended", Map.of(), outcome, reason, requested.jobId(),
                ActivityOrigin.APP);
    }

    static ActivityEntry drop(int n) {
        return new ActivityEntry(AT.plusSeconds(n), "Dana Whitfield", BackendKind.SIMULATOR, ActivityEntry.SIMULATOR,
                "cluster-" + n, "demo-" + n, ActivityAction.DATABASE_DROP, "Drop database orders",
                Map.of("database", "orders"), ActivityOutcome.SUCCEEDED, Optional.empty(), Optional.empty(),
                ActivityOrigin.APP);
    }
}
