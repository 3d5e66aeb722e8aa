package org.backupconsole.ui.restore;

import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreType;

/** What a restore brings back: the whole cluster, or on ADVANCED one database or one table of the backup. */
public record RestoreScope(RestoreType type, Optional<RestoreItem> item) {

    public static RestoreScope cluster() {
        return new RestoreScope(RestoreType.CLUSTER, Optional.empty());
    }

    public static RestoreScope database(String database) {
        return new RestoreScope(RestoreType.DATABASE, Optional.of(RestoreItem.database(database)));
    }

    public static RestoreScope table(String database, String schema, String table) {
        return new RestoreScope(RestoreType.TABLE, Optional.of(RestoreItem.table(database, schema, table)));
    }

    public List<RestoreItem> objects() {
        return item.stream().toList();
    }

    /** "the cluster", "database movr", "table movr.public.users". */
    public String describe() {
        return switch (type) {
            case CLUSTER -> "the cluster";
            case DATABASE -> "database " + databaseName();
            case TABLE -> "table " + databaseName() + "." + item.flatMap(RestoreItem::schema).orElse("public")
                    + "." + item.flatMap(RestoreItem::table).orElse("");
        };
    }

    String databaseName() {
        return item.map(RestoreItem::database).orElse("");
    }
}
