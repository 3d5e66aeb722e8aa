package org.backupconsole.ui.restore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RestoreEligibility;

/**
 * The clusters a backup may be restored into: its own cluster first, then the organization's other clusters
 * of the same plan; the rest are listed with the reason they cannot take it.
 */
final class RestoreTargets {

    private RestoreTargets() {
    }

    static List<RestoreTarget> of(Cluster source, List<Cluster> organization, Permissions permissions) {
        List<RestoreTarget> targets = new ArrayList<>();
        targets.add(target(source, source, permissions));
        organization.stream()
                .filter(c -> !c.id().equals(source.id()))
                .sorted(Comparator.comparing(Cluster::name))
                .map(c -> target(source, c, permissions))
                .forEach(targets::add);
        return targets;
    }

    private static RestoreTarget target(Cluster source, Cluster candidate, Permissions permissions) {
        return new RestoreTarget(candidate, candidate.id().equals(source.id()), whyNot(source, candidate, permissions));
    }

    private static String withArticle(Plan plan) {
        return (plan == Plan.ADVANCED ? "an " : "a ") + plan.displayName();
    }

    /** A disabled target's reason, as it follows the target's name in the list. */
    private static Optional<String> whyNot(Cluster source, Cluster candidate, Permissions permissions) {
        return RestoreEligibility.check(source, candidate, false, permissions).map(refusal -> switch (refusal) {
            case NO_ROLE -> "you need Cluster Admin or Cluster Operator on it";
            case SOURCE_DELETED -> "the backup's cluster is deleted; Cockroach Labs support restores its backups";
            case TARGET_DELETED -> "deleted";
            case OTHER_PLAN -> withArticle(candidate.plan()) + " cluster; " + withArticle(source.plan())
                    + " backup restores only into " + source.plan().displayName() + " clusters";
            case UNSUPPORTED_VERSION -> unsupportedVersion(source.version().orElseThrow(), candidate.version().orElseThrow());
            case TARGET_RESTORING -> "a restore is already running on it";
            case TARGET_NOT_READY -> "it is not ready yet";
            case BACKUP_IN_PROGRESS -> "the backup is still in progress";
        });
    }

    private static String unsupportedVersion(CockroachVersion backup, CockroachVersion target) {
        return "runs " + target + ", " + (target.compareTo(backup) < 0 ? "older than" : "too far past") + " the backup's "
                + backup + "; " + CockroachVersion.RESTORE_RULE + " (" + backup.restorableIntoText() + ")";
    }
}
