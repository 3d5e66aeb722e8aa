package org.backupconsole.ui.restore;

import static org.backupconsole.domain.TargetContents.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.TargetContents;
import org.backupconsole.domain.TargetPrecheck;
import org.backupconsole.ui.restore.ContentsChange.Kind;

/**
 * The backup's contents against the target now: the databases and tables that come back, those that are replaced
 * and those that disappear; nothing, for a database or table restore the service would refuse. Where the backend does not list what a backup holds (the Cloud API), it says so and
 * lists what the target holds now, which a cluster restore erases.
 */
final class RestoreContentsDiff {

    /** While the service would refuse a database or table restore: the dialog's problem line says why. */
    static final ContentsChange NOTHING_COMES_BACK = new ContentsChange(Kind.NOTE,
            "Nothing comes back as the restore is set now: the service would refuse it.");

    private RestoreContentsDiff() {
    }

    /** The lines for the dialog; none until the target has been checked. */
    static List<ContentsChange> of(RestoreScope scope, RestoreOptions options, BackupHolds backup,
                                   Optional<TargetContents> target) {
        if (target.isEmpty() || backup == BackupHolds.LOADING) {
            return List.of();
        }
        TargetContents now = target.get();
        // A refused cluster restore keeps its lines: they are what Empty first and restore does to the target.
        if (scope.type() != RestoreType.CLUSTER
                && TargetPrecheck.refusal(scope.type(), scope.item(), options, now).isPresent()) {
            return List.of(NOTHING_COMES_BACK);
        }
        if (backup.catalog().isEmpty()) {
            return unknownBackup(scope, backup.unknownBecause(), now);
        }
        Catalog holds = backup.catalog().get();
        return switch (scope.type()) {
            case CLUSTER -> cluster(holds, now);
            case DATABASE -> database(holds, scope, options, now);
            case TABLE -> List.of(new ContentsChange(Kind.COMES_BACK, "The " + scope.describe()
                    + " comes back into database " + options.intoDatabase().orElse(scope.databaseName()) + " of "
                    + now.clusterName() + "; nothing else there changes."));
        };
    }

    private static List<ContentsChange> unknownBackup(RestoreScope scope, String because, TargetContents now) {
        List<ContentsChange> lines = new ArrayList<>();
        lines.add(new ContentsChange(Kind.NOTE, because));
        if (scope.type() == RestoreType.CLUSTER) {
            now.databases().forEach(database -> lines.add(new ContentsChange(Kind.DISAPPEARS, database.name() + " ("
                    + count(database.tableCount(), "table") + ") is erased, and comes back only if the backup holds it.")));
        }
        return lines;
    }

    private static List<ContentsChange> cluster(Catalog holds, TargetContents now) {
        List<ContentsChange> lines = new ArrayList<>();
        for (Catalog.Database database : holds.databases()) {
            Optional<DatabaseSummary> there = now.databases().stream().filter(d -> d.name().equals(database.name())).findFirst();
            String tables = count(database.tableCount(), "table");
            if (there.isEmpty()) {
                lines.add(new ContentsChange(Kind.COMES_BACK, database.name() + " comes back, with " + tables + "."));
            } else {
                lines.add(new ContentsChange(Kind.REPLACED, database.name() + " is replaced by the backup's copy, with "
                        + tables + " (" + count(there.get().tableCount(), "table") + " now)" + tablesLost(database, now) + "."));
            }
        }
        Set<String> backedUp = holds.databases().stream().map(Catalog.Database::name).collect(Collectors.toSet());
        now.databases().stream().filter(d -> !backedUp.contains(d.name())).forEach(database -> lines.add(
                new ContentsChange(Kind.DISAPPEARS, database.name() + " disappears, with its "
                        + count(database.tableCount(), "table") + ": the backup does not hold it.")));
        if (lines.isEmpty()) {
            lines.add(new ContentsChange(Kind.NOTE, "The backup holds no databases, and " + now.clusterName()
                    + " holds none now: nothing comes back."));
        }
        return lines;
    }

    /** "; tables public.a and public.b disappear", where the backend lists the target's tables and some are not backed up. */
    private static String tablesLost(Catalog.Database backedUp, TargetContents now) {
        Set<String> inBackup = qualifiedTables(backedUp);
        List<String> lost = now.tables().stream().flatMap(catalog -> catalog.databases().stream())
                .filter(d -> d.name().equals(backedUp.name()))
                .flatMap(d -> qualifiedTables(d).stream())
                .filter(table -> !inBackup.contains(table))
                .sorted().toList();
        if (lost.isEmpty()) {
            return "";
        }
        return lost.size() == 1 ? "; table " + lost.get(0) + " disappears"
                : "; tables " + String.join(", ", lost) + " disappear";
    }

    private static Set<String> qualifiedTables(Catalog.Database database) {
        return database.schemas().stream()
                .flatMap(schema -> schema.tables().stream().map(table -> schema.name() + "." + table.name()))
                .collect(Collectors.toSet());
    }

    private static List<ContentsChange> database(Catalog holds, RestoreScope scope, RestoreOptions options,
                                                 TargetContents now) {
        String name = scope.databaseName();
        String as = options.newDatabaseName().filter(n -> !n.equals(name)).map(n -> " as " + n).orElse("");
        int tables = holds.databases().stream().filter(d -> d.name().equals(name)).findFirst()
                .map(Catalog.Database::tableCount).orElse(0);
        return List.of(new ContentsChange(Kind.COMES_BACK, name + " comes back" + as + " into " + now.clusterName()
                + ", with " + count(tables, "table") + "; its other databases do not change."));
    }
}
