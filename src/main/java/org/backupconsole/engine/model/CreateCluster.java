package org.backupconsole.engine.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;

/** Creates a cluster: CREATING for a few minutes, then CREATED, with its backup region drawn from its regions. */
public record CreateCluster(String name, Plan plan, CloudProvider provider, List<String> regions, Catalog catalog,
                            CockroachVersion version) implements Command<Cluster> {

    /** How long a new cluster is CREATING before it is CREATED. */
    public static final Duration PROVISIONING = Duration.ofMinutes(3);
    public static final Duration ADVANCED_PROVISIONING = Duration.ofMinutes(20);

    public static final CommandKind<CreateCluster> KIND = new CommandKind<>(CreateCluster.class, "createCluster", in -> {
        in.allowing("name", "plan", "provider", "regions", "catalog", "version");
        return new CreateCluster(in.name(), in.enumValue("plan", Plan.class), in.enumValue("provider", CloudProvider.class),
                in.texts("regions"), in.catalog("catalog"), in.version());
    });

    public CreateCluster {
        regions = List.copyOf(regions);
        Objects.requireNonNull(version, "version");
    }

    /** A cluster on the current CockroachDB version. */
    public CreateCluster(String name, Plan plan, CloudProvider provider, List<String> regions, Catalog catalog) {
        this(name, plan, provider, regions, catalog, CockroachVersion.CURRENT);
    }

    @Override
    public Cluster applyTo(EngineState state) {
        Refusals.requireName(name, "A cluster");
        if (regions.isEmpty()) {
            throw BackendException.invalid("A cluster needs at least one region.");
        }
        if (state.clusters.nameTaken(name)) {
            throw BackendException.invalid("A cluster named " + name + " already exists; choose another name.");
        }
        CatalogEdits.requireWithinLimit(catalog);
        String backupRegion = regions.get(state.backupRegions.nextInt(regions.size()));
        SimCluster cluster = new SimCluster(state.clusterIds.next(), name, plan, provider, regions, backupRegion,
                state.now(), catalog, version, state.kernel.time());
        state.clusters.add(cluster);
        Duration provisioning = plan == Plan.ADVANCED ? ADVANCED_PROVISIONING : PROVISIONING;
        state.kernel.schedule(state.now().plus(provisioning), () -> {
            if (cluster.lifecycle.becomeReady() && cluster.settings.enabled()) {
                state.runs.scheduleFirst(cluster);
            }
        });
        return cluster.snapshot();
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("name", name).text("plan", plan.name()).text("provider", provider.name()).texts("regions", regions)
                .catalog("catalog", catalog).text("version", version.toString());
    }
}
