package org.backupconsole.engine.model;

import java.time.Duration;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.Plan;

/** Upgrades BASIC to STANDARD or downgrades STANDARD to BASIC. */
public record ChangePlan(String clusterId, Plan plan) implements Command<Cluster> {

    public static final CommandKind<ChangePlan> KIND = new CommandKind<>(ChangePlan.class, "changePlan",
            in -> new ChangePlan(in.allowing("cluster", "plan").text("cluster"), in.enumValue("plan", Plan.class)));

    @Override
    public Cluster applyTo(EngineState state) {
        SimCluster cluster = state.clusters.find(clusterId);
        Plan from = cluster.plan;
        boolean upgrade = from == Plan.BASIC && plan == Plan.STANDARD;
        boolean downgrade = from == Plan.STANDARD && plan == Plan.BASIC;
        if (!upgrade && !downgrade) {
            throw BackendException.invalid("Cluster " + cluster.name + " is " + from.displayName() + " and cannot become "
                    + plan.displayName() + ": only Basic → Standard upgrades and Standard → Basic downgrades exist. "
                    + "Create a new cluster for another plan.");
        }
        cluster.lifecycle.requireAvailable("moved to another plan");
        cluster.plan = plan;
        if (downgrade) {
            // Existing backups keep the retention they were taken with; new ones follow the Basic schedule.
            cluster.settings = BackupSettings.BASIC_FIXED;
            if (cluster.lifecycle.is(ClusterState.CREATED)) {
                state.runs.restartSchedule(cluster, state.now().plus(Duration.ofDays(1)), true);
            }
        }
        return cluster.snapshot();
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("cluster", clusterId).text("plan", plan.name());
    }
}
