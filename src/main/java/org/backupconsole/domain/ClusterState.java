package org.backupconsole.domain;

/** The lifecycle state of a cluster, as the Cloud API reports it. LOCKED means a restore is running. */
public enum ClusterState {
    CREATING("creating"),
    CREATED("ready"),
    CREATION_FAILED("creation failed"),
    LOCKED("restoring"),
    DELETED("deleted");

    private final String displayName;

    ClusterState(String displayName) {
        this.displayName = displayName;
    }

    /** How the console words the state next to a cluster's name. */
    public String displayName() {
        return displayName;
    }
}
