package org.backupconsole.domain;

/** The lifecycle state of a cluster, as the Cloud API reports it. LOCKED means a restore is running. */
public enum ClusterState {
    CREATING,
    CREATED,
    CREATION_FAILED,
    LOCKED,
    DELETED
}
