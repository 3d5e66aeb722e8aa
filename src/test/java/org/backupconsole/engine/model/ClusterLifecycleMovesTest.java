package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.domain.ClusterState;
import org.junit.jupiter.api.Test;

/** The moves of a cluster's state, and that a move the engine should never make fails loudly, saying what and why. */
class ClusterLifecycleMovesTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    private final ClusterLifecycle lifecycle = new ClusterLifecycle("orders");

    @Test
    void aClusterIsCreatedLockedForARestoreUnlockedAndDeleted() {
        assertEquals(ClusterState.CREATING, lifecycle.state());
        assertTrue(lifecycle.becomeReady());
        assertEquals(ClusterState.CREATED, lifecycle.state());
        lifecycle.lockForRestore();
        assertEquals(ClusterState.LOCKED, lifecycle.state());
        lifecycle.unlockAfterRestore();
        assertEquals(ClusterState.CREATED, lifecycle.state());
        lifecycle.delete(AT);
        assertEquals(ClusterState.DELETED, lifecycle.state());
        assertEquals(Optional.of(AT), lifecycle.deletedAt());
    }

    @Test
    void aClusterDeletedWhileItWasCreatedStaysDeletedWhenProvisioningEnds() {
        lifecycle.delete(AT);
        assertFalse(lifecycle.becomeReady());
        assertEquals(ClusterState.DELETED, lifecycle.state());
    }

    @Test
    void aSecondLockIsABugAndSaysWhichClusterWhatAndWhy() {
        lifecycle.becomeReady();
        lifecycle.lockForRestore();
        IllegalStateException bug = assertThrows(IllegalStateException.class, lifecycle::lockForRestore);
        assertEquals("Cluster orders cannot be locked for a restore while it is LOCKED: only a CREATED cluster can. "
                + "The command that asked for it should have refused first, so this is a bug in the engine.",
                bug.getMessage());
        assertEquals(ClusterState.LOCKED, lifecycle.state(), "the refused move changed nothing");
    }

    @Test
    void unlockingWithoutARestoreIsABug() {
        lifecycle.becomeReady();
        IllegalStateException bug = assertThrows(IllegalStateException.class, lifecycle::unlockAfterRestore);
        assertTrue(bug.getMessage().startsWith("Cluster orders cannot be unlocked after a restore while it is CREATED"),
                bug.getMessage());
    }

    @Test
    void lockingAClusterThatIsStillBeingCreatedIsABug() {
        assertThrows(IllegalStateException.class, lifecycle::lockForRestore);
        assertEquals(ClusterState.CREATING, lifecycle.state());
    }

    @Test
    void becomingReadyTwiceIsABug() {
        lifecycle.becomeReady();
        assertThrows(IllegalStateException.class, lifecycle::becomeReady);
    }

    @Test
    void deletingALockedOrDeletedClusterIsABugWhileCallersGetTheServicesRefusal() {
        lifecycle.becomeReady();
        lifecycle.lockForRestore();
        BackendException refused = assertThrows(BackendException.class, () -> lifecycle.requireAvailable("deleted"));
        assertEquals(FailureReason.FAILED_PRECONDITION, refused.reason());
        IllegalStateException bug = assertThrows(IllegalStateException.class, () -> lifecycle.delete(AT));
        assertTrue(bug.getMessage().contains("cannot be deleted while it is LOCKED"), bug.getMessage());
        lifecycle.unlockAfterRestore();
        lifecycle.delete(AT);
        assertThrows(IllegalStateException.class, () -> lifecycle.delete(AT.plusSeconds(1)));
        assertEquals(Optional.of(AT), lifecycle.deletedAt());
    }
}
