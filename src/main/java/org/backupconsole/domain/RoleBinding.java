package org.backupconsole.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A role granted to a user or service account, at organization scope (no cluster) or on one cluster.
 */
public record RoleBinding(Role role, Optional<String> clusterId) {

    public RoleBinding {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clusterId, "clusterId");
    }

    public static RoleBinding organization(Role role) {
        return new RoleBinding(role, Optional.empty());
    }

    public static RoleBinding cluster(Role role, String clusterId) {
        return new RoleBinding(role, Optional.of(clusterId));
    }

    public boolean appliesTo(String cluster) {
        return clusterId.map(cluster::equals).orElse(true);
    }
}
