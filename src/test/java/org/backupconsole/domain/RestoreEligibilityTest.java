package org.backupconsole.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.RestoreEligibility.Refusal;
import org.junit.jupiter.api.Test;

/** The one rule behind the engine's refusals, the dialog's disabled targets and the table's disabled buttons. */
class RestoreEligibilityTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
    private final Permissions admin = Permissions.organizationAdmin();

    @Test
    void aCompleteBackupGoesIntoAReadyClusterOfItsPlanAndVersion() {
        assertEquals(Optional.empty(), RestoreEligibility.check(cluster("a", Plan.STANDARD, ClusterState.CREATED, "v25.2"),
                cluster("b", Plan.STANDARD, ClusterState.CREATED, "v25.2"), false, admin));
    }

    @Test
    void eachReasonIsFoundAndTheServicesOrderDecidesBetweenThem() {
        Cluster source = cluster("a", Plan.STANDARD, ClusterState.CREATED, "v25.2");
        assertEquals(Optional.of(Refusal.SOURCE_DELETED), RestoreEligibility.check(
                cluster("a", Plan.STANDARD, ClusterState.DELETED, "v25.2"), source, false, admin));
        assertEquals(Optional.of(Refusal.TARGET_DELETED), RestoreEligibility.check(
                source, cluster("b", Plan.BASIC, ClusterState.DELETED, "v25.2"), false, admin), "deleted before plan");
        assertEquals(Optional.of(Refusal.OTHER_PLAN), RestoreEligibility.check(
                source, cluster("b", Plan.BASIC, ClusterState.LOCKED, "v24.3"), false, admin), "plan before version");
        assertEquals(Optional.of(Refusal.UNSUPPORTED_VERSION), RestoreEligibility.check(
                source, cluster("b", Plan.STANDARD, ClusterState.LOCKED, "v24.3"), false, admin), "version before lock");
        assertEquals(Optional.of(Refusal.TARGET_RESTORING), RestoreEligibility.check(
                source, cluster("b", Plan.STANDARD, ClusterState.LOCKED, "v25.2"), true, admin));
        assertEquals(Optional.of(Refusal.TARGET_NOT_READY), RestoreEligibility.check(
                source, cluster("b", Plan.STANDARD, ClusterState.CREATING, "v25.2"), false, admin));
        assertEquals(Optional.of(Refusal.BACKUP_IN_PROGRESS), RestoreEligibility.check(source, source, true, admin));
    }

    @Test
    void withoutARoleOnBothClustersNothingElseIsSaid() {
        Cluster source = cluster("a", Plan.STANDARD, ClusterState.DELETED, "v25.2");
        Cluster target = cluster("b", Plan.STANDARD, ClusterState.CREATED, "v25.2");
        Permissions onSourceOnly = new Permissions(List.of(RoleBinding.cluster(Role.CLUSTER_OPERATOR_WRITER, "a")));

        assertEquals(Optional.of(Refusal.NO_ROLE), RestoreEligibility.check(source, target, false, onSourceOnly));
    }

    private static Cluster cluster(String id, Plan plan, ClusterState state, String version) {
        return new Cluster(id, id, plan, state, CloudProvider.GCP, List.of("us-east1"), Optional.of("us-east1"), CREATED,
                state == ClusterState.DELETED ? Optional.of(CREATED.plusSeconds(60)) : Optional.empty(),
                Optional.of(CockroachVersion.parse(version)));
    }
}
