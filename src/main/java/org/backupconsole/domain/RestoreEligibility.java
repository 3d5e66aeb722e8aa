package org.backupconsole.domain;

import java.util.Optional;

/**
 * Whether a backup of one cluster can go into another, as the managed service decides before it accepts a restore:
 * the one rule behind the engine's refusals, the Restore dialog's disabled targets and the backups table's
 * disabled Restore buttons, each of which words the reason in its own place.
 */
public final class RestoreEligibility {

    /** Why a restore cannot work, in the order the service checks. */
    public enum Refusal {
        /** The caller lacks Cluster Admin or Cluster Operator on the source or the target. */
        NO_ROLE,
        /** A deleted cluster's backups are restored by Cockroach Labs support only. */
        SOURCE_DELETED,
        TARGET_DELETED,
        /** Backups restore only into clusters of their own plan. */
        OTHER_PLAN,
        /** The target runs a CockroachDB version the backup's version cannot be restored into. */
        UNSUPPORTED_VERSION,
        /** A cluster takes one restore at a time. */
        TARGET_RESTORING,
        /** The target is still being created, or its creation failed. */
        TARGET_NOT_READY,
        /** A backup that is still being taken cannot be restored. */
        BACKUP_IN_PROGRESS
    }

    private RestoreEligibility() {
    }

    /** The first reason the service would refuse a restore of a backup of {@code source} into {@code target}. */
    public static Optional<Refusal> check(Cluster source, Cluster target, boolean backupInProgress,
                                          Permissions permissions) {
        if (!permissions.mayRestore(source.id(), target.id())) {
            return Optional.of(Refusal.NO_ROLE);
        }
        if (source.isDeleted()) {
            return Optional.of(Refusal.SOURCE_DELETED);
        }
        if (target.isDeleted()) {
            return Optional.of(Refusal.TARGET_DELETED);
        }
        if (!source.id().equals(target.id()) && source.plan() != target.plan()) {
            return Optional.of(Refusal.OTHER_PLAN);
        }
        if (!source.versionAllowsRestoreInto(target)) {
            return Optional.of(Refusal.UNSUPPORTED_VERSION);
        }
        if (target.isRestoring()) {
            return Optional.of(Refusal.TARGET_RESTORING);
        }
        if (target.state() == ClusterState.CREATING || target.state() == ClusterState.CREATION_FAILED) {
            return Optional.of(Refusal.TARGET_NOT_READY);
        }
        return backupInProgress ? Optional.of(Refusal.BACKUP_IN_PROGRESS) : Optional.empty();
    }
}
