package org.backupconsole.domain;

/** Roles of the CockroachDB Cloud organization model that matter to backups and restores. */
public enum Role {
    ORG_ADMIN("Org Admin"),
    CLUSTER_ADMIN("Cluster Admin"),
    CLUSTER_OPERATOR_WRITER("Cluster Operator"),
    CLUSTER_DEVELOPER("Cluster Developer");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Every backup and restore operation of the Cloud API — listing backups, reading or changing their settings,
     * starting or following a restore — needs Cluster Admin or Cluster Operator; Org Admin holds every right in
     * its organization.
     */
    public boolean managesBackups() {
        return this != CLUSTER_DEVELOPER;
    }
}
