package org.backupconsole.testing;

import java.util.List;

import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Catalog.Database;
import org.backupconsole.domain.Catalog.Schema;
import org.backupconsole.domain.Catalog.Table;

/** A catalog for ADVANCED clusters in tests: what their backups hold. */
public final class Catalogs {

    private Catalogs() {
    }

    /** movr with three tables, inventory with one, and scratch with none (the console does not list it). */
    public static Catalog sample() {
        return new Catalog(List.of(
                new Database("movr", List.of(new Schema("public", List.of(
                        new Table("users", 40_000_000), new Table("rides", 900_000_000), new Table("vehicles", 7_000_000))))),
                new Database("inventory", List.of(new Schema("public", List.of(new Table("items", 12_000_000))))),
                new Database("scratch", List.of(new Schema("public", List.of())))));
    }
}
