package org.backupconsole.domain;

import java.util.Optional;

/**
 * The service's rules about the target's contents, checked before anything is sent, so that a restore certain
 * to fail is not offered: a cluster restore needs an empty cluster, a database restore a free name, a table
 * restore an existing database without a table of that name. The Restore dialog and the command line both ask it.
 */
public final class TargetPrecheck {

    private TargetPrecheck() {
    }

    /** Why the service would refuse this restore into the target as it is now; empty when it would not. */
    public static Optional<String> refusal(RestoreType type, Optional<RestoreItem> item, RestoreOptions options,
                                           TargetContents target) {
        String name = target.clusterName();
        return switch (type) {
            case CLUSTER -> target.isEmpty() ? Optional.empty() : Optional.of("The restore would fail: the service"
                    + " restores a cluster only into an empty cluster, and " + name + " holds "
                    + TargetContents.count(target.databases().size(), "database") + ". Empty " + name
                    + " first, or choose another target.");
            case DATABASE -> {
                String database = options.newDatabaseName().orElse(databaseOf(item));
                yield target.hasDatabase(database) ? Optional.of("The restore would fail: " + name
                        + " already has a database named " + database + ". Give the copy a new database name.")
                        : Optional.empty();
            }
            case TABLE -> tableRefusal(item.orElseThrow(), options, target);
        };
    }

    private static String databaseOf(Optional<RestoreItem> item) {
        return item.map(RestoreItem::database).orElse("");
    }

    private static Optional<String> tableRefusal(RestoreItem item, RestoreOptions options, TargetContents target) {
        String name = target.clusterName();
        String database = options.intoDatabase().orElse(item.database());
        if (!target.hasDatabase(database)) {
            return Optional.of("The restore would fail: " + name + " has no database " + database
                    + " to restore the table into. Name an existing database under Into database.");
        }
        boolean exists = target.hasTable(database, item.schema().orElse("public"), item.table().orElseThrow())
                .orElse(false);
        return exists ? Optional.of("The restore would fail: database " + database + " of " + name
                + " already has table " + item.schema().orElse("public") + "." + item.table().orElseThrow()
                + ". Restore it into another database, or drop that table first.") : Optional.empty();
    }

    /** What the check could not see, said plainly: the Cloud API does not list tables. */
    public static Optional<String> blindSpot(RestoreType type, TargetContents target) {
        if (type != RestoreType.TABLE || target.tables().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("The Cloud API does not list tables, so the app cannot check whether the table already"
                + " exists in " + target.clusterName() + "; if it does, the service refuses the restore.");
    }
}
