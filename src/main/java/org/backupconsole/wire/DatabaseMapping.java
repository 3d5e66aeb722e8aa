package org.backupconsole.wire;

import org.backupconsole.domain.DatabaseSummary;

/** A cluster's databases between the domain and the wire. */
public final class DatabaseMapping {

    private DatabaseMapping() {
    }

    public static DatabaseJson toWire(DatabaseSummary database) {
        return new DatabaseJson(database.name(), (long) database.tableCount());
    }

    /** Only the name is required; an absent table_count is proto3's way of sending 0. */
    public static DatabaseSummary toDomain(DatabaseJson json) {
        String name = WireFormatException.required(json.name(), "$.name");
        long tableCount = json.tableCount() == null ? 0 : json.tableCount();
        if (tableCount < 0 || tableCount > Integer.MAX_VALUE) {
            throw new WireFormatException("$.table_count", "expected a count from 0 to " + Integer.MAX_VALUE + ", found "
                    + tableCount + ".");
        }
        return new DatabaseSummary(name, (int) tableCount);
    }
}
