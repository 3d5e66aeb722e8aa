package org.backupconsole.domain;

import java.util.Objects;

/** A database of a cluster as the Cloud API's ListDatabases reports it: its name and how many tables it holds. */
public record DatabaseSummary(String name, int tableCount) {

    public DatabaseSummary {
        Objects.requireNonNull(name, "name");
        if (tableCount < 0) {
            throw new IllegalArgumentException("a table count cannot be negative, was " + tableCount);
        }
    }

    public static DatabaseSummary of(Catalog.Database database) {
        return new DatabaseSummary(database.name(), database.tableCount());
    }
}
