package org.backupconsole.engine.file;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.NetworkConditions;
import org.backupconsole.engine.model.FaultRule;

/** The JSON form of the domain values that commands and scenarios carry, both ways. */
public final class DomainJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DomainJson() {
    }

    static ObjectNode catalog(Catalog catalog) {
        ArrayNode databases = NODES.arrayNode();
        for (Catalog.Database db : catalog.databases()) {
            ArrayNode schemas = NODES.arrayNode();
            for (Catalog.Schema schema : db.schemas()) {
                ArrayNode tables = NODES.arrayNode();
                schema.tables().forEach(t -> tables.addObject().put("name", t.name()).put("sizeBytes", t.sizeBytes()));
                schemas.addObject().put("name", schema.name()).set("tables", tables);
            }
            databases.addObject().put("name", db.name()).set("schemas", schemas);
        }
        ObjectNode node = NODES.objectNode();
        node.set("databases", databases);
        return node;
    }

    public static Catalog catalog(JsonIn in) {
        return new Catalog(in.allowing("databases").field("databases").items().stream().map(db -> {
            db.allowing("name", "schemas");
            return new Catalog.Database(name(db), db.field("schemas").items().stream().map(schema -> {
                schema.allowing("name", "tables");
                return new Catalog.Schema(name(schema), schema.field("tables").items().stream().map(table -> {
                    table.allowing("name", "sizeBytes");
                    long size = table.field("sizeBytes").integer();
                    if (size < 0 || size > Catalog.MAX_BYTES) {
                        throw table.field("sizeBytes").expected("a size from 0 to " + Catalog.MAX_BYTES
                                + " bytes (1 PiB)");
                    }
                    return new Catalog.Table(name(table), size);
                }).toList());
            }).toList());
        }).toList());
    }

    static ArrayNode roles(List<RoleBinding> roles) {
        ArrayNode array = NODES.arrayNode();
        for (RoleBinding binding : roles) {
            ObjectNode node = array.addObject().put("role", binding.role().name());
            binding.clusterId().ifPresent(id -> node.put("cluster", id));
        }
        return array;
    }

    static List<RoleBinding> roles(JsonIn in) {
        return in.items().stream().map(item -> new RoleBinding(item.allowing("role", "cluster").field("role").enumValue(Role.class),
                item.optional("cluster").map(JsonIn::text))).toList();
    }

    static ObjectNode settingsUpdate(BackupSettingsUpdate update) {
        ObjectNode node = NODES.objectNode();
        update.enabled().ifPresent(v -> node.put("enabled", v));
        update.frequencyMinutes().ifPresent(v -> node.put("frequencyMinutes", v));
        update.retentionDays().ifPresent(v -> node.put("retentionDays", v));
        return node;
    }

    public static BackupSettingsUpdate settingsUpdate(JsonIn in) {
        return new BackupSettingsUpdate(in.optional("enabled").map(JsonIn::bool),
                in.optional("frequencyMinutes").map(JsonIn::smallInteger),
                in.optional("retentionDays").map(JsonIn::smallInteger));
    }

    static ObjectNode restoreRequest(RestoreRequest request) {
        ObjectNode node = NODES.objectNode();
        node.put("destination", request.destinationClusterId());
        node.put("type", request.type().name());
        request.sourceClusterId().ifPresent(v -> node.put("source", v));
        request.backupId().ifPresent(v -> node.put("backup", v));
        node.set("objects", restoreItems(request.objects()));
        node.set("options", restoreOptions(request.options()));
        return node;
    }

    static RestoreRequest restoreRequest(JsonIn in) {
        in.allowing("destination", "type", "source", "backup", "objects", "options");
        return new RestoreRequest(in.field("destination").text(), in.field("type").enumValue(RestoreType.class),
                in.optional("source").map(JsonIn::text), in.optional("backup").map(JsonIn::text),
                in.optional("objects").map(DomainJson::restoreItems).orElse(List.of()),
                in.optional("options").map(DomainJson::restoreOptions).orElse(RestoreOptions.NONE));
    }

    public static List<RestoreItem> restoreItems(JsonIn in) {
        return in.items().stream().map(item -> {
            item.allowing("database", "schema", "table");
            return new RestoreItem(item.field("database").text(), item.optional("schema").map(JsonIn::text),
                    item.optional("table").map(JsonIn::text));
        }).toList();
    }

    public static RestoreOptions restoreOptions(JsonIn in) {
        in.allowing("newDatabaseName", "intoDatabase", "schemaOnly", "skipLocalitiesCheck",
                "skipMissingForeignKeys", "skipMissingSequences", "skipMissingViews");
        return new RestoreOptions(in.optional("newDatabaseName").map(JsonIn::text),
                in.optional("intoDatabase").map(JsonIn::text), flag(in, "schemaOnly"), flag(in, "skipLocalitiesCheck"),
                flag(in, "skipMissingForeignKeys"), flag(in, "skipMissingSequences"), flag(in, "skipMissingViews"));
    }

    /** A cluster's optional {@code version}, such as "v24.3"; without one, the current version. */
    public static CockroachVersion version(JsonIn in) {
        return in.optional("version").map(field -> {
            try {
                return CockroachVersion.parse(field.text());
            } catch (IllegalArgumentException e) {
                throw field.invalid(e.getMessage());
            }
        }).orElse(CockroachVersion.CURRENT);
    }

    static void faultRule(ObjectNode node, FaultRule rule) {
        node.put("target", rule.target().name());
        rule.clusterId().ifPresent(id -> node.put("cluster", id));
        rule.times().ifPresent(n -> node.put("times", n));
        node.put("probability", rule.probability()).put("errorCode", rule.errorCode())
                .put("errorMessage", rule.errorMessage());
    }

    /** A fault rule without its id, which the engine gives it when the rule is added. */
    public static FaultRule faultRule(JsonIn in) {
        return new FaultRule("", in.field("target").enumValue(FaultRule.Target.class),
                in.optional("cluster").map(JsonIn::text), in.optional("times").map(JsonIn::smallInteger),
                in.optional("probability").map(JsonIn::number).orElse(1.0), in.field("errorCode").smallInteger(),
                in.field("errorMessage").text());
    }

    /** The network a scenario starts with or a simulation was saved with. */
    public static NetworkConditions network(JsonIn in) {
        in.allowing("latencyMillis", "errorRate");
        try {
            return new NetworkConditions(Duration.ofMillis(in.field("latencyMillis").integer()),
                    in.field("errorRate").number());
        } catch (BackendException e) {
            throw in.invalid(e.getMessage());
        }
    }

    static void network(ObjectNode root, NetworkConditions network) {
        root.putObject("network").put("latencyMillis", network.latency().toMillis()).put("errorRate", network.errorRate());
    }

    /** A name of a scenario, member, cluster, database, schema or table: see {@link Catalog#NAMES}. */
    public static String name(JsonIn in) {
        String name = in.field("name").text();
        if (!Catalog.isName(name)) {
            throw in.field("name").expected(Catalog.NAMES);
        }
        return name;
    }

    private static ArrayNode restoreItems(List<RestoreItem> items) {
        ArrayNode array = NODES.arrayNode();
        for (RestoreItem item : items) {
            ObjectNode node = array.addObject().put("database", item.database());
            item.schema().ifPresent(v -> node.put("schema", v));
            item.table().ifPresent(v -> node.put("table", v));
        }
        return array;
    }

    private static ObjectNode restoreOptions(RestoreOptions options) {
        ObjectNode node = NODES.objectNode();
        options.newDatabaseName().ifPresent(v -> node.put("newDatabaseName", v));
        options.intoDatabase().ifPresent(v -> node.put("intoDatabase", v));
        node.put("schemaOnly", options.schemaOnly());
        node.put("skipLocalitiesCheck", options.skipLocalitiesCheck());
        node.put("skipMissingForeignKeys", options.skipMissingForeignKeys());
        node.put("skipMissingSequences", options.skipMissingSequences());
        node.put("skipMissingViews", options.skipMissingViews());
        return node;
    }

    private static boolean flag(JsonIn in, String name) {
        return in.optional(name).map(JsonIn::bool).orElse(false);
    }
}
