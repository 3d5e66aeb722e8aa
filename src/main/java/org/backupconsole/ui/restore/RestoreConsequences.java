package org.backupconsole.ui.restore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.ui.common.DurationText;

/** What a restore will do to its target, in plain words, for the confirmation dialog. */
final class RestoreConsequences {

    private RestoreConsequences() {
    }

    /**
     * @param dataFrom      the backup's as-of time as the user reads it
     * @param sinceBackup   how long ago the backup was taken
     */
    static List<String> of(RestoreScope scope, RestoreTarget target, String sourceName, String dataFrom,
                           Duration sinceBackup, RestoreOptions options) {
        String name = target.cluster().name();
        String changes = DurationText.of(sinceBackup) + " of changes";
        List<String> lines = new ArrayList<>();
        if (scope.type() == RestoreType.CLUSTER) {
            lines.add("Every database in " + name + " is erased and replaced by the data of the backup.");
            // The console's wording and the API's rule differ (the API wants an empty destination): say both.
            lines.add("The service restores only into an empty cluster: if " + name + " still holds databases,"
                    + " the job fails before changing anything, so drop them first.");
            lines.add(target.isSource()
                    ? "Everything written to " + name + " after " + dataFrom + " is lost: " + changes + "."
                    : name + " gets " + sourceName + "'s data as of " + dataFrom + ": the " + changes
                            + " made on " + sourceName + " since then are not in it.");
        } else if (scope.type() == RestoreType.DATABASE) {
            String database = options.newDatabaseName().orElse(scope.databaseName());
            lines.add("Database " + database + " is created in " + name + " from the backup of " + dataFrom
                    + "; the restore fails if " + name + " already has a database of that name.");
            lines.add("Other databases in " + name + " are not touched; the " + changes
                    + " made to this database since the backup are not in the copy.");
        } else {
            String database = options.intoDatabase().orElse(scope.databaseName());
            lines.add("The " + scope.describe() + " is restored into database " + database + " of " + name
                    + "; the restore fails if a table of that name exists there.");
            lines.add("Other tables are not touched; the " + changes
                    + " made to this table since the backup are not in the copy.");
        }
        if (options.schemaOnly()) {
            lines.add("Only the schema is restored: the tables come back empty.");
        }
        lines.add(name + " is unavailable until the restore ends, and a restore cannot be cancelled.");
        return lines;
    }
}
