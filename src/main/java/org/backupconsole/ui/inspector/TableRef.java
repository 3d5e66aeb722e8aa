package org.backupconsole.ui.inspector;

import java.util.List;

import org.backupconsole.domain.Catalog;

/** A table of a cluster, named with its database, for the inspector's "add data" action. */
public record TableRef(String database, String table) {

    static List<TableRef> allIn(Catalog catalog) {
        return catalog.databases().stream()
                .flatMap(db -> db.schemas().stream().flatMap(s -> s.tables().stream().map(t -> new TableRef(db.name(), t.name()))))
                .toList();
    }

    @Override
    public String toString() {
        return database + "." + table;
    }
}
