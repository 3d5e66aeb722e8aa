package org.backupconsole.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a restore target holds now, as the backend reported it just before the restore.
 *
 * @param databases the target's databases (ListDatabases)
 * @param tables    its schemas and tables, when the backend can tell (the simulator); the Cloud API lists only
 *                  table counts
 */
public record TargetContents(String clusterName, List<DatabaseSummary> databases, Optional<Catalog> tables) {

    /** Beyond this many databases the sentence names only the first ones. */
    private static final int NAMED = 6;

    public TargetContents {
        Objects.requireNonNull(clusterName, "clusterName");
        databases = List.copyOf(databases);
        Objects.requireNonNull(tables, "tables");
    }

    public boolean isEmpty() {
        return databases.isEmpty();
    }

    public boolean hasDatabase(String name) {
        return databases.stream().anyMatch(d -> d.name().equals(name));
    }

    /** Whether a table exists in a database of the target; empty when the backend does not list tables. */
    public Optional<Boolean> hasTable(String database, String schema, String table) {
        return tables.map(catalog -> catalog.databases().stream()
                .filter(d -> d.name().equals(database))
                .flatMap(d -> d.schemas().stream())
                .filter(s -> s.name().equals(schema))
                .flatMap(s -> s.tables().stream())
                .anyMatch(t -> t.name().equals(table)));
    }

    /** "sandbox-basic holds 2 databases: orders (12 tables), payments (4 tables)." */
    public String describe() {
        if (databases.isEmpty()) {
            return clusterName + " holds no databases now.";
        }
        String named = databases.stream().limit(NAMED)
                .map(d -> d.name() + " (" + count(d.tableCount(), "table") + ")")
                .collect(Collectors.joining(", "));
        String more = databases.size() > NAMED ? " and " + (databases.size() - NAMED) + " more" : "";
        return clusterName + " holds " + count(databases.size(), "database") + " now: " + named + more + ".";
    }

    /** "1 database", "3 tables". */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
