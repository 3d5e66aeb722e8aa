package org.backupconsole.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.json.JsonRefusal;

/**
 * A named, reproducible starting state: an organization and a timeline of steps (create clusters, add
 * members, change settings, drop a database, restore, inject faults) at offsets from the start of its
 * history. Played on a fresh engine, it ends at the present with that history behind it.
 *
 * <p>Built-in scenarios live in resources as {@code scenarios/NAME.json}; users can load their own file.
 */
public final class Scenario {

    /** The scenarios that ship with the simulator: the demo organization, an empty one, and the drills. */
    public static final String BUILT_IN_NAMES = "demo, empty, dropped-database, retention-running-out, basic-upgrade, "
            + "deleted-cluster, missing-roles, target-not-empty, unreliable-network";
    public static final List<String> BUILT_IN = List.of(BUILT_IN_NAMES.split(", "));
    static final int FORMAT = 1;

    /** The members a played scenario names for the desktop app and for the admin key. */
    record Cast(String desktopUserId, String adminAccountId) {
    }

    private interface Action {
        void apply(Run run);
    }

    private record Step(Duration at, String place, Action action) {
    }

    private final String source;
    private final String name;
    private final String description;
    private final String organization;
    private final Duration history;
    private final List<Step> steps;
    private final Optional<Drill> drill;
    private final NetworkConditions network;

    private Scenario(String source, String name, String description, String organization, Duration history,
                     List<Step> steps, Optional<Drill> drill, NetworkConditions network) {
        this.source = source;
        this.name = name;
        this.description = description;
        this.organization = organization;
        this.history = history;
        this.steps = steps;
        this.drill = drill;
        this.network = network;
    }

    public static Scenario builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("No scenario is named \"" + name + "\"; the built-in ones are " + BUILT_IN
                    + ".");
        }
        String resource = "scenarios/" + name + ".json";
        try (InputStream in = Scenario.class.getResourceAsStream(resource)) {
            return parse(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("The built-in scenario " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static Scenario load(Path file) throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SimulationFileException.unreadable(file.toString(), e);
        }
        return parse(file.toString(), content);
    }

    static Scenario parse(String source, byte[] content) throws SimulationFileException {
        JsonIn root = JsonIn.root(JsonFiles.parse(source, content));
        try {
            root.allowing("scenario", "name", "description", "organization", "history", "timeline", "drill", "network");
            int format = root.field("scenario").smallInteger();
            if (format != FORMAT) {
                throw root.field("scenario").invalid("this version reads scenario format " + FORMAT + ", not " + format
                        + ".");
            }
            Duration history = root.field("history").duration();
            List<Step> steps = new ArrayList<>();
            Duration previous = Duration.ZERO;
            for (JsonIn item : root.field("timeline").items()) {
                Duration at = item.field("at").duration();
                if (at.compareTo(previous) < 0) {
                    throw item.field("at").invalid("steps must be in time order; this one comes before the step above it.");
                }
                if (at.compareTo(history) > 0) {
                    throw item.field("at").invalid("the step lies after the end of the history (" + history + ").");
                }
                previous = at;
                try {
                    steps.add(new Step(at, item.place(), action(item)));
                } catch (BackendException e) {
                    throw item.invalid(e.getMessage());
                }
            }
            Optional<Drill> drill = root.optional("drill").map(Drill::read);
            NetworkConditions network = root.optional("network").map(Scenario::network).orElse(NetworkConditions.RELIABLE);
            return new Scenario(source, DomainJson.name(root), root.optional("description").map(JsonIn::text).orElse(""),
                    root.field("organization").text(), history, List.copyOf(steps), drill, network);
        } catch (JsonRefusal e) {
            throw new SimulationFileException(source, e.place(), e.reason());
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Duration history() {
        return history;
    }

    /** The exercise a training scenario sets; empty for the demo and other plain scenarios. */
    public Optional<Drill> drill() {
        return drill;
    }

    /** The network the scenario starts with: reliable unless it says otherwise. */
    public NetworkConditions network() {
        return network;
    }

    static NetworkConditions network(JsonIn in) {
        in.allowing("latencyMillis", "errorRate");
        try {
            return new NetworkConditions(Duration.ofMillis(in.field("latencyMillis").integer()),
                    in.field("errorRate").number());
        } catch (BackendException e) {
            throw in.invalid(e.getMessage());
        }
    }

    /** Plays the scenario on a fresh engine whose history ends at {@code now}. */
    Played play(long seed, Instant now) throws SimulationFileException {
        BackupEngine engine = new BackupEngine(seed, now.minus(history), organization);
        Run run = new Run(engine);
        for (Step step : steps) {
            engine.advanceTo(engine.start().plus(step.at()));
            try {
                step.action().apply(run);
            } catch (JsonRefusal e) {
                throw new SimulationFileException(source, e.place(), e.reason());
            } catch (BackendException e) {
                throw new SimulationFileException(source, step.place(), e.getMessage());
            }
        }
        if (run.desktopUserId == null || run.adminAccountId == null) {
            throw new SimulationFileException(source, "$.timeline",
                    "a scenario needs one member with \"desktopUser\": true and one service account with "
                            + "\"adminAccount\": true.");
        }
        engine.advanceTo(now);
        return new Played(engine, new Cast(run.desktopUserId, run.adminAccountId));
    }

    record Played(BackupEngine engine, Cast cast) {
    }

    /** The names a scenario gives its clusters and members, mapped to the ids the engine gave them. */
    private static final class Run {
        final BackupEngine engine;
        final Map<String, String> clusterIds = new HashMap<>();
        final Map<String, String> memberIds = new HashMap<>();
        String desktopUserId;
        String adminAccountId;

        Run(BackupEngine engine) {
            this.engine = engine;
        }

        String cluster(JsonIn name) {
            String id = clusterIds.get(name.text());
            if (id == null) {
                throw name.invalid("no cluster named \"" + name.text() + "\" was created before this step.");
            }
            return id;
        }

        String latestCompleteBackup(String clusterId, Instant before, JsonIn step) {
            return engine.backups(clusterId, new TimeRange(Optional.empty(), Optional.of(before))).stream()
                    .filter(Backup::isComplete).findFirst().map(Backup::id)
                    .orElseThrow(() -> step.field("backupTakenBefore").invalid("the cluster has no complete backup before "
                            + before + "."));
        }

        String actor(JsonIn step) {
            Optional<JsonIn> as = step.optional("as");
            if (as.isEmpty()) {
                if (desktopUserId == null) {
                    throw step.invalid("add the desktop user before this step, or say who acts with \"as\".");
                }
                return desktopUserId;
            }
            String id = memberIds.get(as.get().text());
            if (id == null) {
                throw as.get().invalid("no member named \"" + as.get().text() + "\" was added before this step.");
            }
            return id;
        }
    }

    private static Action action(JsonIn step) {
        String kind = step.field("do").text();
        return switch (kind) {
            case "createCluster" -> {
                step.allowing("at", "do", "name", "plan", "provider", "regions", "catalog", "version");
                String clusterName = DomainJson.name(step);
                Plan plan = step.field("plan").enumValue(Plan.class);
                CloudProvider provider = step.field("provider").enumValue(CloudProvider.class);
                List<String> regions = step.field("regions").texts();
                var catalog = DomainJson.catalog(step.field("catalog"));
                CockroachVersion version = DomainJson.version(step);
                yield run -> run.clusterIds.put(clusterName,
                        run.engine.createCluster(clusterName, plan, provider, regions, catalog, version).id());
            }
            case "addMember" -> {
                step.allowing("at", "do", "name", "kind", "roles", "key", "desktopUser", "adminAccount");
                String memberName = DomainJson.name(step);
                Principal.Kind memberKind = step.field("kind").enumValue(Principal.Kind.class);
                Optional<String> key = step.optional("key").map(JsonIn::text);
                boolean desktop = step.optional("desktopUser").map(JsonIn::bool).orElse(false);
                boolean admin = step.optional("adminAccount").map(JsonIn::bool).orElse(false);
                if (desktop && memberKind != Principal.Kind.USER) {
                    throw step.field("desktopUser").invalid("the desktop user must be a USER.");
                }
                if (admin && (memberKind != Principal.Kind.SERVICE_ACCOUNT || key.isPresent())) {
                    throw step.field("adminAccount").invalid("the admin account is a SERVICE_ACCOUNT without a key: "
                            + "its key is given when the simulation starts.");
                }
                yield run -> {
                    List<RoleBinding> roles = new ArrayList<>();
                    for (JsonIn binding : step.field("roles").items()) {
                        binding.allowing("role", "cluster");
                        Optional<String> clusterId = binding.optional("cluster").map(run::cluster);
                        roles.add(new RoleBinding(binding.field("role").enumValue(Role.class), clusterId));
                    }
                    Principal member = memberKind == Principal.Kind.USER
                            ? run.engine.addUser(memberName, roles)
                            : run.engine.addServiceAccount(memberName, key, roles);
                    run.memberIds.put(memberName, member.id());
                    if (desktop) {
                        run.desktopUserId = member.id();
                    }
                    if (admin) {
                        run.adminAccountId = member.id();
                    }
                };
            }
            case "updateSettings" -> {
                step.allowing("at", "do", "cluster", "as", "enabled", "frequencyMinutes", "retentionDays");
                BackupSettingsUpdate update = DomainJson.settingsUpdate(step);
                yield run -> run.engine.updateSettings(run.actor(step), run.cluster(step.field("cluster")), update);
            }
            case "changePlan" -> {
                step.allowing("at", "do", "cluster", "plan");
                Plan plan = step.field("plan").enumValue(Plan.class);
                yield run -> run.engine.changePlan(run.cluster(step.field("cluster")), plan);
            }
            case "deleteCluster" -> {
                step.allowing("at", "do", "cluster");
                yield run -> run.engine.deleteCluster(run.cluster(step.field("cluster")));
            }
            case "dropDatabase" -> {
                step.allowing("at", "do", "cluster", "database");
                String database = step.field("database").text();
                yield run -> run.engine.dropDatabase(run.cluster(step.field("cluster")), database);
            }
            case "addData" -> {
                step.allowing("at", "do", "cluster", "database", "table", "bytes");
                String database = step.field("database").text();
                String table = step.field("table").text();
                long bytes = step.field("bytes").integer();
                yield run -> run.engine.addData(run.cluster(step.field("cluster")), database, table, bytes);
            }
            case "setCatalog" -> {
                step.allowing("at", "do", "cluster", "catalog");
                var catalog = DomainJson.catalog(step.field("catalog"));
                yield run -> run.engine.replaceCatalog(run.cluster(step.field("cluster")), catalog);
            }
            case "addFaultRule" -> {
                FaultRule template = CommandJson.readFaultRule(step.allowing("at", "do", "target", "cluster", "times",
                        "probability", "errorCode", "errorMessage"));
                yield run -> run.engine.addFaultRule(new FaultRule("", template.target(),
                        step.optional("cluster").map(run::cluster), template.times(), template.probability(),
                        template.errorCode(), template.errorMessage()));
            }
            case "restore" -> {
                step.allowing("at", "do", "as", "destination", "source", "backupTakenBefore", "type", "objects", "options");
                RestoreType type = step.field("type").enumValue(RestoreType.class);
                var objects = step.optional("objects").map(DomainJson::restoreItems).orElse(List.of());
                RestoreOptions options = step.optional("options").map(DomainJson::restoreOptions).orElse(RestoreOptions.NONE);
                Optional<Duration> before = step.optional("backupTakenBefore").map(JsonIn::duration);
                yield run -> {
                    String destination = run.cluster(step.field("destination"));
                    Optional<String> source = step.optional("source").map(run::cluster);
                    Optional<String> backup = before.map(offset -> run.latestCompleteBackup(
                            source.orElse(destination), run.engine.start().plus(offset), step));
                    run.engine.startRestore(run.actor(step),
                            new RestoreRequest(destination, type, source, backup, objects, options));
                };
            }
            default -> throw step.field("do").invalid("unknown step \"" + kind + "\"; expected one of createCluster, "
                    + "addMember, updateSettings, changePlan, deleteCluster, dropDatabase, addData, setCatalog, addFaultRule, "
                    + "restore.");
        };
    }
}
