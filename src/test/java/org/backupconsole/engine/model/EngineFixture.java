package org.backupconsole.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;

/** An engine with an Org Admin and helpers to build clusters and move time, for the engine's rule tests. */
final class EngineFixture {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final long GIB = 1L << 30;

    final BackupEngine engine;
    final Principal admin;

    EngineFixture(long seed) {
        engine = new BackupEngine(seed, START, "Test Org");
        admin = engine.run(AddPrincipal.user("Admin", List.of(RoleBinding.organization(Role.ORG_ADMIN))));
    }

    EngineFixture() {
        this(7);
    }

    static Catalog catalog(String database, long bytes) {
        return new Catalog(List.of(new Catalog.Database(database, List.of(new Catalog.Schema("public",
                List.of(new Catalog.Table(database + "_main", bytes), new Catalog.Table("audit", bytes / 10)))))));
    }

    /** A cluster that is already CREATED. */
    Cluster ready(String name, Plan plan, Catalog catalog) {
        Cluster cluster = engine.run(new CreateCluster(name, plan, CloudProvider.GCP, List.of("us-east1", "us-west2"), catalog));
        advance(CreateCluster.ADVANCED_PROVISIONING);
        return cluster;
    }

    void advance(Duration duration) {
        engine.advanceTo(engine.now().plus(duration));
    }

    List<Backup> backups(Cluster cluster) {
        return engine.reads().backups(cluster.id(), TimeRange.ALL);
    }

    Backup newest(Cluster cluster) {
        return backups(cluster).get(0);
    }

    Backup newestComplete(Cluster cluster) {
        return backups(cluster).stream().filter(Backup::isComplete).findFirst().orElseThrow();
    }
}
