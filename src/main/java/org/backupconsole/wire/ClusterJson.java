package org.backupconsole.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code Cluster}: the fields this app reads, plus those the spec requires a server to send. */
public record ClusterJson(
        String id,
        String name,
        String cockroachVersion,
        String upgradeStatus,
        String plan,
        String cloudProvider,
        String state,
        String creatorId,
        String operationStatus,
        ClusterConfigJson config,
        List<RegionJson> regions,
        String cidrRange,
        Map<String, String> labels,
        @JsonProperty("is_customer_cloud_account") Boolean isCustomerCloudAccount,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {
}
