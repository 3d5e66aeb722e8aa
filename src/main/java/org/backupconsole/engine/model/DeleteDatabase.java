package org.backupconsole.engine.model;

import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Permissions;

/** A member drops a database through the Cloud API's DeleteDatabase, under its rules; gives the catalog left. */
public record DeleteDatabase(String principalId, String clusterId, String database) implements Command<Catalog> {

    public static final CommandKind<DeleteDatabase> KIND = new CommandKind<>(DeleteDatabase.class, "deleteDatabase",
            in -> new DeleteDatabase(in.allowing("principal", "cluster", "database").text("principal"),
                    in.text("cluster"), in.text("database")));

    @Override
    public Catalog applyTo(EngineState state) {
        SimCluster cluster = state.clusters.find(clusterId);
        state.access.requireRole(principalId, cluster, "drop databases of", Permissions::mayDropDatabasesOn,
                Access.OPERATOR_ROLES);
        cluster.lifecycle.requireServing("drop databases of");
        cluster.setCatalog(CatalogEdits.withoutDatabase(cluster.catalog(), database, cluster.name));
        return cluster.catalog();
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("principal", principalId).text("cluster", clusterId).text("database", database);
    }
}
