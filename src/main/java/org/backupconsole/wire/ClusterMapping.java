package org.backupconsole.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;
import org.backupconsole.json.JsonPlace;

/** Cluster between the domain and the wire. */
public final class ClusterMapping {

    static final String CREATOR_ID = "3f1b2a70-5c1e-4d7a-9f1e-6a3c0b9d2e41";

    private ClusterMapping() {
    }

    /** What the API does not say (the backup region) stays empty; a missing creation time reads as the epoch. */
    public static Cluster toDomain(ClusterJson json) {
        List<String> regions = json.regions() == null ? List.of() : IntStream.range(0, json.regions().size())
                .mapToObj(i -> WireFormatException.required(json.regions().get(i).name(),
                        JsonPlace.field(JsonPlace.index("$.regions", i), "name")))
                .toList();
        return new Cluster(
                WireFormatException.required(json.id(), "$.id"),
                WireFormatException.required(json.name(), "$.name"),
                WireFormatException.parseEnum(Plan.class, json.plan(), "$.plan"),
                WireFormatException.parseEnum(ClusterState.class, json.state(), "$.state"),
                WireFormatException.parseEnum(CloudProvider.class, json.cloudProvider(), "$.cloud_provider"),
                regions,
                Optional.empty(),
                json.createdAt() == null ? Instant.EPOCH : json.createdAt(),
                Optional.ofNullable(json.deletedAt()),
                version(json.cockroachVersion()));
    }

    /** The full shape the spec requires, with plausible values for what the domain does not model. */
    public static ClusterJson toWire(Cluster cluster) {
        String routingId = cluster.name() + "-" + cluster.id().substring(0, Math.min(4, cluster.id().length()));
        List<RegionJson> regions = cluster.regions().stream().map(region -> {
            String host = routingId + "." + cluster.cloudProvider().name().toLowerCase() + "-" + region + ".crdb.io";
            return new RegionJson(region, host, "", "internal-" + host, "private-" + host, 0,
                    cluster.regions().size() > 1 && region.equals(cluster.regions().get(0)));
        }).toList();
        String version = cluster.version().orElse(CockroachVersion.CURRENT).toString();
        return new ClusterJson(cluster.id(), cluster.name(), version, "FINALIZED",
                cluster.plan().name(), cluster.cloudProvider().name(), cluster.state().name(), CREATOR_ID,
                operationStatus(cluster), config(cluster, routingId), regions, "", Map.of(), false,
                cluster.createdAt(), cluster.deletedAt().orElse(cluster.createdAt()), cluster.deletedAt().orElse(null));
    }

    /** A version in a form this app does not read (a future naming, say) is left unknown rather than refused. */
    private static Optional<CockroachVersion> version(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(CockroachVersion.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String operationStatus(Cluster cluster) {
        if (!cluster.isRestoring()) {
            return "UNSPECIFIED";
        }
        return cluster.plan() == Plan.ADVANCED ? "DEDICATED_FULL_CLUSTER_RESTORE_RUNNING" : "TENANT_RESTORE_RUNNING";
    }

    private static ClusterConfigJson config(Cluster cluster, String routingId) {
        return switch (cluster.plan()) {
            case BASIC -> new ClusterConfigJson(new ClusterConfigJson.Serverless(routingId, "AUTOMATIC",
                    new ClusterConfigJson.UsageLimits(null, 50_000_000L, 10_240L)), null);
            case STANDARD -> new ClusterConfigJson(new ClusterConfigJson.Serverless(routingId, "AUTOMATIC",
                    new ClusterConfigJson.UsageLimits(4L, null, null)), null);
            case ADVANCED -> new ClusterConfigJson(null,
                    new ClusterConfigJson.Dedicated(machineType(cluster.cloudProvider()), 4, 150, 16f, 450));
        };
    }

    /** A machine of each cloud with the 4 vCPUs and 16 GiB the dedicated config reports. */
    static String machineType(CloudProvider provider) {
        return switch (provider) {
            case AWS -> "m6i.xlarge";
            case GCP -> "n2-standard-4";
            case AZURE -> "Standard_D4s_v5";
        };
    }
}
