package org.backupconsole.ui.restore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Plan;

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

    private static Optional<String> whyNot(Cluster source, Cluster candidate, Permissions permissions) {
        if (candidate.isDeleted()) {
            return Optional.of("deleted");
        }
        if (candidate.plan() != source.plan()) {
            return Optional.of(withArticle(candidate.plan()) + " cluster; " + withArticle(source.plan())
                    + " backup restores only into " + source.plan().displayName() + " clusters");
        }
        if (!source.versionAllowsRestoreInto(candidate)) {
            CockroachVersion backup = source.version().orElseThrow();
            CockroachVersion target = candidate.version().orElseThrow();
            return Optional.of("runs " + target + ", " + (target.compareTo(backup) < 0 ? "older than" : "too far past")
                    + " the backup's " + backup + "; " + CockroachVersion.RESTORE_RULE + " ("
                    + backup.restorableIntoText() + ")");
        }
        if (candidate.isRestoring()) {
            return Optional.of("a restore is already running on it");
        }
        if (!permissions.mayRestore(source.id(), candidate.id())) {
            return Optional.of("you need Cluster Admin or Cluster Operator on it");
        }
        return Optional.empty();
    }
}
