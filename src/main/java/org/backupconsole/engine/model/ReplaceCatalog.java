package org.backupconsole.engine.model;

import org.backupconsole.domain.Catalog;

/**
 * Sets a cluster's data as its SQL users would: fill it, wipe it ({@link Catalog#EMPTY}), drop a database or write
 * into a table. No role is checked; only a locked or deleted cluster refuses.
 */
public record ReplaceCatalog(String clusterId, Catalog catalog) implements Command<Catalog> {

    public static final CommandKind<ReplaceCatalog> KIND = new CommandKind<>(ReplaceCatalog.class, "replaceCatalog",
            in -> new ReplaceCatalog(in.allowing("cluster", "catalog").text("cluster"), in.catalog("catalog")));

    /** The cluster's catalog without the database, as after {@code DROP DATABASE}. */
    public static ReplaceCatalog droppingDatabase(EngineReads now, String clusterId, String database) {
        return new ReplaceCatalog(clusterId, CatalogEdits.withoutDatabase(now.catalog(clusterId), database,
                now.cluster(clusterId).name()));
    }

    /** The cluster's catalog after rows were written into a table: the table grows by {@code bytes}. */
    public static ReplaceCatalog addingData(EngineReads now, String clusterId, String database, String table, long bytes) {
        return new ReplaceCatalog(clusterId, CatalogEdits.withMoreData(now.catalog(clusterId), database, table, bytes,
                now.cluster(clusterId).name()));
    }

    @Override
    public Catalog applyTo(EngineState state) {
        SimCluster cluster = state.clusters.find(clusterId);
        cluster.lifecycle.requireAvailable("changed");
        cluster.setCatalog(CatalogEdits.requireWithinLimit(catalog));
        return cluster.catalog();
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("cluster", clusterId).catalog("catalog", catalog);
    }
}
