package org.backupconsole.domain;

import java.util.Comparator;
import java.util.List;

/** The databases of a cluster, or of a backup at its as-of time: databases → schemas → tables. */
public record Catalog(List<Database> databases) {

    public static final Catalog EMPTY = new Catalog(List.of());
    /** The most data a cluster holds in the simulator, and so the largest table: 1 PiB. */
    public static final long MAX_BYTES = 1L << 50;
    /** What a database, schema or table name must be, in refusals. */
    public static final String NAMES = "a name that is not blank and holds no control characters";

    public Catalog {
        databases = List.copyOf(databases);
    }

    /** A cluster restore is refused unless the destination holds no database, schema or table. */
    public boolean isEmpty() {
        return databases.isEmpty();
    }

    public long sizeBytes() {
        return databases.stream().mapToLong(Database::sizeBytes).sum();
    }

    /** Whether a database, schema or table may have this name: see {@link #NAMES}. */
    public static boolean isName(String name) {
        return !name.isBlank() && name.chars().noneMatch(Character::isISOControl);
    }

    /** The databases as ListDatabases reports them: sorted by name, each with its table count. */
    public List<DatabaseSummary> databaseSummaries() {
        return databases.stream().map(DatabaseSummary::of).sorted(Comparator.comparing(DatabaseSummary::name)).toList();
    }

    public record Database(String name, List<Schema> schemas) {
        public Database {
            schemas = List.copyOf(schemas);
        }

        public long sizeBytes() {
            return schemas.stream().mapToLong(Schema::sizeBytes).sum();
        }

        public int tableCount() {
            return schemas.stream().mapToInt(s -> s.tables().size()).sum();
        }
    }

    public record Schema(String name, List<Table> tables) {
        public Schema {
            tables = List.copyOf(tables);
        }

        public long sizeBytes() {
            return tables.stream().mapToLong(Table::sizeBytes).sum();
        }
    }

    public record Table(String name, long sizeBytes) {
    }
}
