package org.backupconsole.domain;

import java.util.List;

/**
 * What a caller may do, from its role bindings. Organization-level bindings apply to every cluster, so they
 * take precedence over anything granted or missing on a single cluster.
 */
public record Permissions(List<RoleBinding> bindings) {

    public Permissions {
        bindings = List.copyOf(bindings);
    }

    public static Permissions organizationAdmin() {
        return new Permissions(List.of(RoleBinding.organization(Role.ORG_ADMIN)));
    }

    /** A restore needs a restoring role on both the source and the destination cluster. */
    public boolean mayRestore(String sourceClusterId, String destinationClusterId) {
        return mayManageBackupsOn(sourceClusterId) && mayManageBackupsOn(destinationClusterId);
    }

    /** Listing backups, their settings and restores, changing settings, restoring: all need the same roles. */
    public boolean mayManageBackupsOn(String clusterId) {
        return bindings.stream().anyMatch(b -> b.role().managesBackups() && b.appliesTo(clusterId));
    }

    /** Listing a cluster's databases is open to every role of the model, Cluster Developer included. */
    public boolean mayListDatabasesOn(String clusterId) {
        return bindings.stream().anyMatch(b -> b.appliesTo(clusterId));
    }

    /** The Cloud API lets the same roles drop a database as manage backups: Cluster Admin and Cluster Operator. */
    public boolean mayDropDatabasesOn(String clusterId) {
        return mayManageBackupsOn(clusterId);
    }
}
