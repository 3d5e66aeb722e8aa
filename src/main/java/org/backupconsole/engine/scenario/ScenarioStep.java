package org.backupconsole.engine.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.file.DomainJson;
import org.backupconsole.engine.file.JsonIn;
import org.backupconsole.engine.file.JsonKind;
import org.backupconsole.engine.model.AddFaultRule;
import org.backupconsole.engine.model.AddPrincipal;
import org.backupconsole.engine.model.ChangePlan;
import org.backupconsole.engine.model.CreateCluster;
import org.backupconsole.engine.model.DeleteCluster;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.engine.model.Kinds;
import org.backupconsole.engine.model.Principal;
import org.backupconsole.engine.model.ReplaceCatalog;
import org.backupconsole.engine.model.StartRestore;
import org.backupconsole.engine.model.UpdateSettings;

/**
 * One step of a scenario's timeline, named by its {@code do}. A step is read, and its values checked, when the file
 * is; the names it gives clusters and members are resolved when it is played. A new step is one type here, with its
 * {@link JsonKind}, and one line in {@link #KINDS}.
 */
interface ScenarioStep {

    void apply(ScenarioRun run);

    Kinds<JsonKind<ScenarioStep>> KINDS = Kinds.of("step", JsonKind::name, List.of(
            CreateClusterStep.KIND,
            AddMember.KIND,
            UpdateSettingsStep.KIND,
            ChangePlanStep.KIND,
            DeleteClusterStep.KIND,
            DropDatabase.KIND,
            AddData.KIND,
            SetCatalog.KIND,
            AddFaultRuleStep.KIND,
            Restore.KIND));

    static ScenarioStep read(JsonIn step) {
        return JsonKind.read(KINDS, "do", step);
    }

    record CreateClusterStep(String name, Plan plan, CloudProvider provider, List<String> regions, Catalog catalog,
                             CockroachVersion version) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("createCluster", step -> {
            step.allowing("at", "do", "name", "plan", "provider", "regions", "catalog", "version");
            return new CreateClusterStep(DomainJson.name(step), step.field("plan").enumValue(Plan.class),
                    step.field("provider").enumValue(CloudProvider.class), step.field("regions").texts(),
                    DomainJson.catalog(step.field("catalog")), DomainJson.version(step));
        });

        @Override
        public void apply(ScenarioRun run) {
            run.nameCluster(name, run.engine.run(new CreateCluster(name, plan, provider, regions, catalog, version)).id());
        }
    }

    /** A member, with its roles; one user is the desktop user and one service account the admin account. */
    record AddMember(JsonIn step, String name, Principal.Kind kind, Optional<String> key, boolean desktopUser,
                     boolean adminAccount) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("addMember", step -> {
            step.allowing("at", "do", "name", "kind", "roles", "key", "desktopUser", "adminAccount");
            String name = DomainJson.name(step);
            Principal.Kind kind = step.field("kind").enumValue(Principal.Kind.class);
            Optional<String> key = step.optional("key").map(JsonIn::text);
            boolean desktop = step.optional("desktopUser").map(JsonIn::bool).orElse(false);
            boolean admin = step.optional("adminAccount").map(JsonIn::bool).orElse(false);
            if (desktop && kind != Principal.Kind.USER) {
                throw step.field("desktopUser").invalid("the desktop user must be a USER.");
            }
            if (admin && (kind != Principal.Kind.SERVICE_ACCOUNT || key.isPresent())) {
                throw step.field("adminAccount").invalid("the admin account is a SERVICE_ACCOUNT without a key: "
                        + "its key is given when the simulation starts.");
            }
            return new AddMember(step, name, kind, key, desktop, admin);
        });

        @Override
        public void apply(ScenarioRun run) {
            List<RoleBinding> roles = new ArrayList<>();
            for (JsonIn binding : step.field("roles").items()) {
                binding.allowing("role", "cluster");
                Optional<String> clusterId = binding.optional("cluster").map(run::cluster);
                roles.add(new RoleBinding(binding.field("role").enumValue(Role.class), clusterId));
            }
            Principal member = run.engine.run(kind == Principal.Kind.USER ? AddPrincipal.user(name, roles)
                    : AddPrincipal.serviceAccount(name, key, roles));
            run.nameMember(name, member.id(), desktopUser, adminAccount);
        }
    }

    record UpdateSettingsStep(JsonIn step, BackupSettingsUpdate update) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("updateSettings", step -> {
            step.allowing("at", "do", "cluster", "as", "enabled", "frequencyMinutes", "retentionDays");
            return new UpdateSettingsStep(step, DomainJson.settingsUpdate(step));
        });

        @Override
        public void apply(ScenarioRun run) {
            run.engine.run(new UpdateSettings(run.actor(step), run.cluster(step.field("cluster")), update));
        }
    }

    record ChangePlanStep(JsonIn step, Plan plan) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("changePlan", step -> {
            step.allowing("at", "do", "cluster", "plan");
            return new ChangePlanStep(step, step.field("plan").enumValue(Plan.class));
        });

        @Override
        public void apply(ScenarioRun run) {
            run.engine.run(new ChangePlan(run.cluster(step.field("cluster")), plan));
        }
    }

    record DeleteClusterStep(JsonIn step) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("deleteCluster",
                step -> new DeleteClusterStep(step.allowing("at", "do", "cluster")));

        @Override
        public void apply(ScenarioRun run) {
            run.engine.run(new DeleteCluster(run.cluster(step.field("cluster"))));
        }
    }

    /** A database is dropped, as by {@code DROP DATABASE}: no role is checked. */
    record DropDatabase(JsonIn step, String database) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("dropDatabase", step -> {
            step.allowing("at", "do", "cluster", "database");
            return new DropDatabase(step, step.field("database").text());
        });

        @Override
        public void apply(ScenarioRun run) {
            String clusterId = run.cluster(step.field("cluster"));
            run.engine.run(ReplaceCatalog.droppingDatabase(run.engine.reads(), clusterId, database));
        }
    }

    /** Rows are written into a table: it grows by {@code bytes}. */
    record AddData(JsonIn step, String database, String table, long bytes) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("addData", step -> {
            step.allowing("at", "do", "cluster", "database", "table", "bytes");
            return new AddData(step, step.field("database").text(), step.field("table").text(),
                    step.field("bytes").integer());
        });

        @Override
        public void apply(ScenarioRun run) {
            run.engine.run(ReplaceCatalog.addingData(run.engine.reads(), run.cluster(step.field("cluster")), database,
                    table, bytes));
        }
    }

    record SetCatalog(JsonIn step, Catalog catalog) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("setCatalog", step -> {
            step.allowing("at", "do", "cluster", "catalog");
            return new SetCatalog(step, DomainJson.catalog(step.field("catalog")));
        });

        @Override
        public void apply(ScenarioRun run) {
            run.engine.run(new ReplaceCatalog(run.cluster(step.field("cluster")), catalog));
        }
    }

    /** A fault rule whose {@code cluster}, when given, is a name the scenario gave. */
    record AddFaultRuleStep(JsonIn step, FaultRule template) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("addFaultRule", step -> new AddFaultRuleStep(step,
                DomainJson.faultRule(step.allowing("at", "do", "target", "cluster", "times", "probability", "errorCode",
                        "errorMessage"))));

        @Override
        public void apply(ScenarioRun run) {
            run.engine.run(new AddFaultRule(new FaultRule("", template.target(), step.optional("cluster").map(run::cluster),
                    template.times(), template.probability(), template.errorCode(), template.errorMessage())));
        }
    }

    /** A restore, from the newest complete backup taken before {@code backupTakenBefore} when it is given. */
    record Restore(JsonIn step, RestoreType type, List<RestoreItem> objects, RestoreOptions options,
                   Optional<Duration> backupTakenBefore) implements ScenarioStep {
        static final JsonKind<ScenarioStep> KIND = new JsonKind<>("restore", step -> {
            step.allowing("at", "do", "as", "destination", "source", "backupTakenBefore", "type", "objects", "options");
            return new Restore(step, step.field("type").enumValue(RestoreType.class),
                    step.optional("objects").map(DomainJson::restoreItems).orElse(List.of()),
                    step.optional("options").map(DomainJson::restoreOptions).orElse(RestoreOptions.NONE),
                    step.optional("backupTakenBefore").map(JsonIn::duration));
        });

        @Override
        public void apply(ScenarioRun run) {
            String destination = run.cluster(step.field("destination"));
            Optional<String> source = step.optional("source").map(run::cluster);
            Optional<String> backup = backupTakenBefore.map(offset -> run.latestCompleteBackup(
                    source.orElse(destination), run.engine.start().plus(offset), step));
            run.engine.run(new StartRestore(run.actor(step),
                    new RestoreRequest(destination, type, source, backup, objects, options)));
        }
    }
}
