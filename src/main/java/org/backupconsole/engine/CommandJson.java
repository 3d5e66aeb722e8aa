package org.backupconsole.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Plan;

/** The JSON form of a logged command in a saved simulation, both ways. */
final class CommandJson {

    private CommandJson() {
    }

    static ObjectNode write(LoggedCommand logged) {
        ObjectNode node = DomainJson.NODES.objectNode();
        node.put("at", logged.at().toString());
        Command<?> command = logged.command();
        if (command instanceof Command.AddPrincipal c) {
            node.put("op", "addPrincipal").put("name", c.name()).put("kind", c.kind().name());
            c.keyDigest().ifPresent(digest -> node.put("keySha256", digest));
            node.set("roles", DomainJson.roles(c.roles()));
        } else if (command instanceof Command.SetRoles c) {
            node.put("op", "setRoles").put("principal", c.principalId()).set("roles", DomainJson.roles(c.roles()));
        } else if (command instanceof Command.CreateCluster c) {
            node.put("op", "createCluster").put("name", c.name()).put("plan", c.plan().name())
                    .put("provider", c.provider().name());
            c.regions().forEach(node.putArray("regions")::add);
            node.set("catalog", DomainJson.catalog(c.catalog()));
            node.put("version", c.version().toString());
        } else if (command instanceof Command.DeleteCluster c) {
            node.put("op", "deleteCluster").put("cluster", c.clusterId());
        } else if (command instanceof Command.ChangePlan c) {
            node.put("op", "changePlan").put("cluster", c.clusterId()).put("plan", c.plan().name());
        } else if (command instanceof Command.ReplaceCatalog c) {
            node.put("op", "replaceCatalog").put("cluster", c.clusterId()).set("catalog", DomainJson.catalog(c.catalog()));
        } else if (command instanceof Command.DeleteDatabase c) {
            node.put("op", "deleteDatabase").put("principal", c.principalId()).put("cluster", c.clusterId())
                    .put("database", c.database());
        } else if (command instanceof Command.UpdateSettings c) {
            node.put("op", "updateSettings").put("principal", c.principalId()).put("cluster", c.clusterId())
                    .set("update", DomainJson.settingsUpdate(c.update()));
        } else if (command instanceof Command.StartRestore c) {
            node.put("op", "startRestore").put("principal", c.principalId())
                    .set("request", DomainJson.restoreRequest(c.request()));
        } else if (command instanceof Command.AddFaultRule c) {
            writeFaultRule(node.put("op", "addFaultRule"), c.rule());
        } else if (command instanceof Command.RemoveFaultRule c) {
            node.put("op", "removeFaultRule").put("rule", c.ruleId());
        }
        return node;
    }

    static LoggedCommand read(JsonIn in) {
        String op = in.field("op").text();
        Command<?> command = switch (op) {
            case "addPrincipal" -> new Command.AddPrincipal(
                    DomainJson.name(in.allowing("at", "op", "name", "kind", "keySha256", "roles")),
                    in.field("kind").enumValue(Principal.Kind.class), in.optional("keySha256").map(JsonIn::text),
                    DomainJson.roles(in.field("roles")));
            case "setRoles" -> new Command.SetRoles(in.allowing("at", "op", "principal", "roles").field("principal").text(),
                    DomainJson.roles(in.field("roles")));
            case "createCluster" -> new Command.CreateCluster(
                    DomainJson.name(in.allowing("at", "op", "name", "plan", "provider", "regions", "catalog", "version")),
                    in.field("plan").enumValue(Plan.class), in.field("provider").enumValue(CloudProvider.class),
                    in.field("regions").texts(), DomainJson.catalog(in.field("catalog")), DomainJson.version(in));
            case "deleteCluster" -> new Command.DeleteCluster(in.allowing("at", "op", "cluster").field("cluster").text());
            case "changePlan" -> new Command.ChangePlan(in.allowing("at", "op", "cluster", "plan").field("cluster").text(),
                    in.field("plan").enumValue(Plan.class));
            case "replaceCatalog" -> new Command.ReplaceCatalog(
                    in.allowing("at", "op", "cluster", "catalog").field("cluster").text(),
                    DomainJson.catalog(in.field("catalog")));
            case "deleteDatabase" -> new Command.DeleteDatabase(
                    in.allowing("at", "op", "principal", "cluster", "database").field("principal").text(),
                    in.field("cluster").text(), in.field("database").text());
            case "updateSettings" -> new Command.UpdateSettings(
                    in.allowing("at", "op", "principal", "cluster", "update").field("principal").text(),
                    in.field("cluster").text(), DomainJson.settingsUpdate(
                            in.field("update").allowing("enabled", "frequencyMinutes", "retentionDays")));
            case "startRestore" -> new Command.StartRestore(
                    in.allowing("at", "op", "principal", "request").field("principal").text(),
                    DomainJson.restoreRequest(in.field("request")));
            case "addFaultRule" -> new Command.AddFaultRule(readFaultRule(in.allowing("at", "op", "target", "cluster",
                    "times", "probability", "errorCode", "errorMessage")));
            case "removeFaultRule" -> new Command.RemoveFaultRule(in.allowing("at", "op", "rule").field("rule").text());
            default -> throw in.field("op").invalid("unknown command \"" + op + "\".");
        };
        return new LoggedCommand(in.field("at").instant(), command);
    }

    static void writeFaultRule(ObjectNode node, FaultRule rule) {
        node.put("target", rule.target().name());
        rule.clusterId().ifPresent(id -> node.put("cluster", id));
        rule.times().ifPresent(n -> node.put("times", n));
        node.put("probability", rule.probability()).put("errorCode", rule.errorCode())
                .put("errorMessage", rule.errorMessage());
    }

    /** A fault rule without its id, which the engine gives it when the rule is added. */
    static FaultRule readFaultRule(JsonIn in) {
        return new FaultRule("", in.field("target").enumValue(FaultRule.Target.class),
                in.optional("cluster").map(JsonIn::text), in.optional("times").map(JsonIn::smallInteger),
                in.optional("probability").map(JsonIn::number).orElse(1.0), in.field("errorCode").smallInteger(),
                in.field("errorMessage").text());
    }
}
