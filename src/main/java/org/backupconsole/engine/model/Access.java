package org.backupconsole.engine.model;

import java.util.List;
import java.util.function.BiPredicate;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;

/** Who may do what to a cluster, by the members' role bindings, as the Cloud API decides it. */
final class Access {

    /** Who may manage backups, restore and drop databases, as the Cloud API words it. */
    static final String OPERATOR_ROLES = "the Cluster Admin or Cluster Operator role";

    private final Organization organization;
    private final Clusters clusters;

    Access(Organization organization, Clusters clusters) {
        this.organization = organization;
        this.clusters = clusters;
    }

    /**
     * Refuses a caller without Cluster Admin or Cluster Operator on the cluster or in the organization, as the
     * Cloud API does for every backup and restore operation. The action reads "may not ACTION CLUSTER".
     */
    void requireBackupRole(String principalId, String clusterId, String action) {
        requireRole(principalId, clusters.find(clusterId), action, Permissions::mayManageBackupsOn, OPERATOR_ROLES);
    }

    void requireRole(String principalId, SimCluster cluster, String action, BiPredicate<Permissions, String> allowed,
                     String roles) {
        Principal caller = organization.find(principalId);
        if (!allowed.test(caller.permissions(), cluster.id)) {
            throw new BackendException(FailureReason.PERMISSION_DENIED, caller.name() + " may not " + action + " "
                    + cluster.name + ": that needs " + roles + " on the cluster or in the organization.");
        }
    }

    /** Refuses bindings the Cloud API would not grant: Org Admin on one cluster, or a cluster that does not exist. */
    void checkRoles(List<RoleBinding> roles) {
        for (RoleBinding binding : roles) {
            if (binding.role() == Role.ORG_ADMIN && binding.clusterId().isPresent()) {
                throw BackendException.invalid("Org Admin is granted on the organization, not on one cluster.");
            }
            binding.clusterId().ifPresent(clusters::find);
        }
    }
}
