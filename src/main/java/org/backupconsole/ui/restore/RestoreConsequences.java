package org.backupconsole.ui.restore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.TargetContents;
import org.backupconsole.domain.TargetPrecheck;
import org.backupconsole.ui.common.DurationText;

/**
 * What a restore will do to its target, in plain words, for the confirmation dialog. Every line speaks of the
 * target chosen now: what it loses, and for how long it is unavailable.
 */
final class RestoreConsequences {

    private RestoreConsequences() {
    }

    /**
     * @param dataFrom    the backup's as-of time as the user reads it
     * @param sinceBackup how long ago the backup was taken
     */
    static List<Consequence> of(RestoreScope scope, RestoreTarget target, String sourceName, String dataFrom,
                                Duration sinceBackup, RestoreOptions options, Optional<TargetContents> now) {
        String name = target.cluster().name();
        String changes = DurationText.of(sinceBackup) + " of changes";
        List<Consequence> lines = new ArrayList<>();
        boolean knownEmpty = now.filter(TargetContents::isEmpty).isPresent();
        if (scope.type() == RestoreType.CLUSTER && knownEmpty) {
            lines.add(Consequence.neutral("The backup's databases, as of " + dataFrom + ", are created in " + name
                    + "; it holds nothing now that could be erased."));
            if (!target.isSource()) {
                lines.add(Consequence.neutral(sourceName + " itself is not changed; the " + changes + " made on "
                        + sourceName + " since " + dataFrom + " are not in the copy."));
            }
        } else if (scope.type() == RestoreType.CLUSTER) {
            if (target.isSource()) {
                lines.add(Consequence.loss("Every database in " + name + " is erased and replaced by the data of"
                        + " the backup of " + dataFrom + "."));
                lines.add(Consequence.loss("Everything written to " + name + " after " + dataFrom + " is lost: "
                        + changes + "."));
            } else {
                lines.add(Consequence.loss("Every database in " + name + " is erased and replaced by "
                        + sourceName + "'s data as of " + dataFrom + "."));
                lines.add(Consequence.loss("Everything written to " + name + " up to now is lost: none of it is"
                        + " in " + sourceName + "'s backup."));
                lines.add(Consequence.neutral(sourceName + " itself is not changed; the " + changes + " made on "
                        + sourceName + " since " + dataFrom + " are not in the copy."));
            }
        } else if (scope.type() == RestoreType.DATABASE) {
            String database = options.newDatabaseName().orElse(scope.databaseName());
            lines.add(Consequence.neutral("Database " + database + " is created in " + name + " from the backup of "
                    + dataFrom + "; the restore fails if " + name + " already has a database of that name."));
            lines.add(Consequence.neutral("Other databases in " + name + " are not touched; the " + changes
                    + " made to " + scope.databaseName() + " on " + sourceName + " since the backup are not in the copy."));
        } else {
            String database = options.intoDatabase().orElse(scope.databaseName());
            lines.add(Consequence.neutral("The " + scope.describe() + " is restored into database " + database
                    + " of " + name + "; the restore fails if a table of that name exists there."));
            lines.add(Consequence.neutral("Other tables in " + name + " are not touched; the " + changes
                    + " made to this table on " + sourceName + " since the backup are not in the copy."));
        }
        now.flatMap(contents -> TargetPrecheck.blindSpot(scope.type(), contents)).map(Consequence::neutral)
                .ifPresent(lines::add);
        if (options.schemaOnly()) {
            lines.add(Consequence.neutral("Only the schema is restored: the tables come back empty."));
        }
        lines.add(Consequence.loss(name + " is unavailable until the restore ends, and a restore cannot be cancelled."));
        return lines;
    }
}
