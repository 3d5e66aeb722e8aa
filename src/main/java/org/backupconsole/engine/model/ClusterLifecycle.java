package org.backupconsole.engine.model;

import java.time.Instant;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.ClusterState;

/**
 * A cluster's state and the only moves between states: CREATING becomes CREATED when it is ready, CREATED is
 * LOCKED while a restore runs into it and CREATED again when the restore ends, and any state but LOCKED may be
 * DELETED. The refusals a caller gets for a cluster's state are here too ({@link #requireAvailable},
 * {@link #requireServing}); the commands ask them before they change anything, so a move this class refuses is a
 * bug in the engine, and it fails loudly instead of leaving the cluster in a state nothing expects.
 */
final class ClusterLifecycle {

    private final String clusterName;
    private ClusterState state = ClusterState.CREATING;
    private Instant deletedAt;

    ClusterLifecycle(String clusterName) {
        this.clusterName = clusterName;
    }

    ClusterState state() {
        return state;
    }

    boolean is(ClusterState expected) {
        return state == expected;
    }

    Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    /** Provisioning is over; a cluster deleted while it was being created stays deleted, and this says false. */
    boolean becomeReady() {
        if (state == ClusterState.DELETED) {
            return false;
        }
        move(ClusterState.CREATING, ClusterState.CREATED, "become ready");
        return true;
    }

    void lockForRestore() {
        move(ClusterState.CREATED, ClusterState.LOCKED, "be locked for a restore");
    }

    void unlockAfterRestore() {
        move(ClusterState.LOCKED, ClusterState.CREATED, "be unlocked after a restore");
    }

    void delete(Instant at) {
        if (state == ClusterState.LOCKED || state == ClusterState.DELETED) {
            throw illegal("be deleted", "a locked or deleted cluster cannot be");
        }
        state = ClusterState.DELETED;
        deletedAt = at;
    }

    /** Refuses, as the service does, a change to a cluster that is deleted or locked by a running restore. */
    void requireAvailable(String whatHappens) {
        if (state == ClusterState.DELETED) {
            throw BackendException.invalid("Cluster " + clusterName + " is deleted and cannot be " + whatHappens + ".");
        }
        if (state == ClusterState.LOCKED) {
            throw Refusals.precondition("Cluster " + clusterName + " is locked by a running restore and cannot be "
                    + whatHappens + " until the restore ends.");
        }
    }

    /** A cluster's databases can be read or dropped only while it is CREATED, when its SQL layer serves. */
    void requireServing(String action) {
        String cannot = "Cannot " + action + " " + clusterName + ": ";
        switch (state) {
            case CREATED -> {
            }
            case CREATING -> throw Refusals.precondition(cannot + "it is still being created; try again once it is ready.");
            case CREATION_FAILED -> throw Refusals.precondition(cannot + "its creation failed, so it holds no databases.");
            case LOCKED -> throw Refusals.precondition(cannot + "a running restore locks it; try again when the restore ends.");
            case DELETED -> throw Refusals.precondition(cannot + "it is deleted.");
        }
    }

    private void move(ClusterState from, ClusterState to, String what) {
        if (state != from) {
            throw illegal(what, "only a " + from + " cluster can");
        }
        state = to;
    }

    private IllegalStateException illegal(String what, String rule) {
        return new IllegalStateException("Cluster " + clusterName + " cannot " + what + " while it is " + state + ": "
                + rule + ". The command that asked for it should have refused first, so this is a bug in the engine.");
    }
}
