package org.backupconsole.server;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.backupconsole.domain.Catalog;

/** The data of a cluster as {@code /_sim/clusters/{id}/data} reads and writes it; table sizes are int64 strings. */
record CatalogJson(List<Database> databases) {

    record Database(String name, List<Schema> schemas) {
    }

    record Schema(String name, List<Table> tables) {
    }

    record Table(String name, @JsonFormat(shape = JsonFormat.Shape.STRING) Long sizeBytes) {
    }

    static CatalogJson toWire(Catalog catalog) {
        return new CatalogJson(catalog.databases().stream()
                .map(d -> new Database(d.name(), d.schemas().stream()
                        .map(s -> new Schema(s.name(), s.tables().stream()
                                .map(t -> new Table(t.name(), t.sizeBytes())).toList()))
                        .toList()))
                .toList());
    }

    /** Refuses, with the place, a missing name or a negative size. */
    static Catalog toDomain(CatalogJson json) {
        return new Catalog(listOf(json.databases(), "databases").stream()
                .map(d -> new Catalog.Database(named(d.name(), "database"), listOf(d.schemas(), "schemas").stream()
                        .map(s -> new Catalog.Schema(named(s.name(), "schema"), listOf(s.tables(), "tables").stream()
                                .map(t -> new Catalog.Table(named(t.name(), "table"), size(t)))
                                .toList()))
                        .toList()))
                .toList());
    }

    private static <T> List<T> listOf(List<T> items, String field) {
        if (items == null) {
            throw ApiError.invalid(field + " is required (it may be empty)");
        }
        return items;
    }

    private static String named(String name, String what) {
        if (name == null || name.isBlank()) {
            throw ApiError.invalid("every " + what + " needs a name");
        }
        return name;
    }

    private static long size(Table table) {
        if (table.sizeBytes() == null || table.sizeBytes() < 0) {
            throw ApiError.invalid("table " + table.name() + " needs a size_bytes of 0 or more");
        }
        return table.sizeBytes();
    }
}
