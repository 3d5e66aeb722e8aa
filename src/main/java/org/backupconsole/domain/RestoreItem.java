package org.backupconsole.domain;

import java.util.Objects;
import java.util.Optional;

/** One object of a DATABASE or TABLE restore: a database, or a table in a schema of a database. */
public record RestoreItem(String database, Optional<String> schema, Optional<String> table) {

    public RestoreItem {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
    }

    public static RestoreItem database(String database) {
        return new RestoreItem(database, Optional.empty(), Optional.empty());
    }

    public static RestoreItem table(String database, String schema, String table) {
        return new RestoreItem(database, Optional.of(schema), Optional.of(table));
    }
}
