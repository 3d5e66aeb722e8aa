package org.backupconsole.server;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.backupconsole.domain.Catalog;
import org.backupconsole.json.JsonPlace;
import org.backupconsole.json.JsonWords;
import org.backupconsole.wire.Int64;

/** The data of a cluster as {@code /_sim/clusters/{id}/data} reads and writes it; table sizes are int64 strings. */
record CatalogJson(List<Database> databases) {

    record Database(String name, List<Schema> schemas) {
    }

    record Schema(String name, List<Table> tables) {
    }

    record Table(String name, @Int64 Long sizeBytes) {
    }

    static CatalogJson toWire(Catalog catalog) {
        return new CatalogJson(catalog.databases().stream()
                .map(d -> new Database(d.name(), d.schemas().stream()
                        .map(s -> new Schema(s.name(), s.tables().stream()
                                .map(t -> new Table(t.name(), t.sizeBytes())).toList()))
                        .toList()))
                .toList());
    }

    /** Refuses, with the place, a missing list, a name that is not {@link Catalog#NAMES}, or a size out of range. */
    static Catalog toDomain(CatalogJson json) {
        return new Catalog(each(json.databases(), "$.databases", CatalogJson::database));
    }

    private static Catalog.Database database(Database json, String place) {
        return new Catalog.Database(name(json.name(), place), each(json.schemas(), place + ".schemas", CatalogJson::schema));
    }

    private static Catalog.Schema schema(Schema json, String place) {
        return new Catalog.Schema(name(json.name(), place), each(json.tables(), place + ".tables", CatalogJson::table));
    }

    private static Catalog.Table table(Table json, String place) {
        Long size = json.sizeBytes();
        if (size == null || size < 0 || size > Catalog.MAX_BYTES) {
            throw ApiError.badBody(place + ".size_bytes", "expected a size from 0 to " + Catalog.MAX_BYTES
                    + " bytes (1 PiB), found " + (size == null ? "nothing" : size) + ".");
        }
        return new Catalog.Table(name(json.name(), place), size);
    }

    /** The items of a list that must be there (it may be empty), each read with its place. */
    private static <J, D> List<D> each(List<J> items, String place, BiFunction<J, String, D> read) {
        if (items == null) {
            throw ApiError.badBody(place, "expected an array (it may be empty), found nothing.");
        }
        return IntStream.range(0, items.size()).mapToObj(i -> read.apply(items.get(i), JsonPlace.index(place, i))).toList();
    }

    private static String name(String name, String place) {
        if (name == null || !Catalog.isName(name)) {
            throw ApiError.badBody(place + ".name", "expected " + Catalog.NAMES + ", found "
                    + JsonWords.found(name) + ".");
        }
        return name;
    }
}
