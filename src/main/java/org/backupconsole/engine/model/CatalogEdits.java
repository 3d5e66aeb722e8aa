package org.backupconsole.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Catalog.Database;
import org.backupconsole.domain.Catalog.Schema;
import org.backupconsole.domain.Catalog.Table;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreOptions;

/**
 * Changes to a catalog: dropping a database, writing data into a table, and what a database or table restore
 * adds to a destination.
 */
public final class CatalogEdits {

    private CatalogEdits() {
    }

    public static Optional<Database> database(Catalog catalog, String name) {
        return catalog.databases().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    static Optional<Table> table(Catalog catalog, RestoreItem item) {
        return database(catalog, item.database())
                .flatMap(db -> db.schemas().stream().filter(s -> s.name().equals(item.schema().orElse(""))).findFirst())
                .flatMap(schema -> schema.tables().stream().filter(t -> t.name().equals(item.table().orElse(""))).findFirst());
    }

    /**
     * Refuses data beyond {@link Catalog#MAX_BYTES}, or a negative table size, before a cluster takes it: a run's
     * and a restore's durations grow with the data. The sum is checked as it grows, so it cannot overflow.
     */
    static Catalog requireWithinLimit(Catalog catalog) {
        long total = 0;
        for (Database db : catalog.databases()) {
            for (Schema schema : db.schemas()) {
                for (Table table : schema.tables()) {
                    if (table.sizeBytes() < 0) {
                        throw BackendException.invalid("Table " + table.name() + " of " + db.name()
                                + " cannot hold a negative size, " + table.sizeBytes() + " bytes.");
                    }
                    if (table.sizeBytes() > Catalog.MAX_BYTES - total) {
                        throw BackendException.invalid("A cluster holds at most " + Catalog.MAX_BYTES
                                + " bytes (1 PiB) in the simulator; with table " + table.name() + " of " + db.name()
                                + " it would hold more.");
                    }
                    total += table.sizeBytes();
                }
            }
        }
        return catalog;
    }

    /** The catalog without the named database; an unknown name is NOT_FOUND, with the names there are. */
    static Catalog withoutDatabase(Catalog catalog, String name, String clusterName) {
        existingDatabase(catalog, name, clusterName);
        return new Catalog(catalog.databases().stream().filter(d -> !d.name().equals(name)).toList());
    }

    /** The catalog after rows were written into a table: the table grows by {@code bytes}. */
    static Catalog withMoreData(Catalog catalog, String databaseName, String tableName, long bytes, String clusterName) {
        if (bytes <= 0 || bytes > Catalog.MAX_BYTES) {
            throw BackendException.invalid("Data to add must be from 1 byte to " + Catalog.MAX_BYTES
                    + " bytes (1 PiB), was " + bytes + ".");
        }
        Database db = existingDatabase(catalog, databaseName, clusterName);
        boolean found = db.schemas().stream().anyMatch(s -> s.tables().stream().anyMatch(t -> t.name().equals(tableName)));
        if (!found) {
            throw BackendException.invalid("Database " + databaseName + " of cluster " + clusterName
                    + " has no table named " + tableName + "; choose one of its tables.");
        }
        Database grown = new Database(db.name(), db.schemas().stream()
                .map(s -> new Schema(s.name(), s.tables().stream()
                        .map(t -> t.name().equals(tableName) ? new Table(t.name(), t.sizeBytes() + bytes) : t)
                        .toList()))
                .toList());
        return new Catalog(catalog.databases().stream().map(d -> d.name().equals(databaseName) ? grown : d).toList());
    }

    /** The database a DATABASE restore creates for an item: renamed by new_db_name, empty of data when schema-only. */
    static Database restoredDatabase(Catalog backup, RestoreItem item, RestoreOptions options) {
        Database original = database(backup, item.database()).orElseThrow();
        Database renamed = new Database(options.newDatabaseName().orElse(original.name()), original.schemas());
        return options.schemaOnly() ? withoutData(renamed) : renamed;
    }

    /** The database a TABLE restore puts an item into: into_db, or the database it came from. */
    static String targetDatabase(RestoreItem item, RestoreOptions options) {
        return options.intoDatabase().orElse(item.database());
    }

    static Catalog plusDatabase(Catalog catalog, Database database) {
        List<Database> databases = new ArrayList<>(catalog.databases());
        databases.add(database);
        return new Catalog(databases);
    }

    static Catalog plusTable(Catalog catalog, String databaseName, String schemaName, Table table) {
        List<Database> databases = new ArrayList<>();
        for (Database db : catalog.databases()) {
            databases.add(db.name().equals(databaseName) ? withTable(db, schemaName, table) : db);
        }
        return new Catalog(databases);
    }

    static Catalog withoutData(Catalog catalog) {
        return new Catalog(catalog.databases().stream().map(CatalogEdits::withoutData).toList());
    }

    private static Database existingDatabase(Catalog catalog, String name, String clusterName) {
        return database(catalog, name).orElseThrow(() -> new BackendException(FailureReason.NOT_FOUND, "Cluster "
                + clusterName + " has no database named " + name + "; choose one of "
                + catalog.databases().stream().map(Database::name).toList() + "."));
    }

    private static Database withTable(Database db, String schemaName, Table table) {
        List<Schema> schemas = new ArrayList<>();
        boolean placed = false;
        for (Schema schema : db.schemas()) {
            if (schema.name().equals(schemaName)) {
                List<Table> tables = new ArrayList<>(schema.tables());
                tables.add(table);
                schemas.add(new Schema(schema.name(), tables));
                placed = true;
            } else {
                schemas.add(schema);
            }
        }
        if (!placed) {
            schemas.add(new Schema(schemaName, List.of(table)));
        }
        return new Database(db.name(), schemas);
    }

    private static Database withoutData(Database db) {
        return new Database(db.name(), db.schemas().stream()
                .map(s -> new Schema(s.name(), s.tables().stream().map(t -> new Table(t.name(), 0)).toList()))
                .toList());
    }
}
