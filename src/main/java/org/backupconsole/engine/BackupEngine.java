package org.backupconsole.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;

/**
 * A deterministic discrete-event model of CockroachDB Cloud managed backups. Time only moves when
 * {@link #advanceTo} is called, and the work done is proportional to the events that fall due, not to the
 * time that passes. The same seed and the same commands give the same history, so the seed and the log of
 * commands are the engine's whole state.
 *
 * <p>Every change goes through a {@link Command}: it is checked completely before anything changes, so a
 * refused command leaves the engine as it was and is not logged. Not thread-safe: {@link Simulation}
 * serialises access.
 */
public final class BackupEngine {

    /** How long a new cluster is CREATING before it is CREATED. */
    static final Duration PROVISIONING = Duration.ofMinutes(3);
    static final Duration ADVANCED_PROVISIONING = Duration.ofMinutes(20);
    /** Who may manage backups, restore and drop databases, as the Cloud API words it. */
    /**
     * The version of the rules by which a seed and a log of commands become a history. Bumped whenever the same
     * seed and commands would replay differently (a rule that changes what happens, a draw added, removed or
     * moved to another stream), so that a saved state written under other rules is refused rather than replayed
     * into another history. Version 1 was the single stream before {@link RandomStreams}.
     */
    public static final int RULES_VERSION = 2;
    private static final String OPERATOR_ROLES = "the Cluster Admin or Cluster Operator role";

    private final long seed;
    private final Instant start;
    private final RandomStreams random;
    private final IdGenerator memberIds;
    private final IdGenerator clusterIds;
    private final IdGenerator backupIds;
    private final IdGenerator restoreIds;
    private final IdGenerator faultRuleIds;
    private final EventQueue events = new EventQueue();
    private final Organization organization;
    private final Map<String, SimCluster> clusters = new LinkedHashMap<>();
    private final Map<String, RestoreJob> restores = new HashMap<>();
    private final FaultRules faults = new FaultRules();
    private final BackupRuns runs = new BackupRuns(this);
    private final RestoreRules restoreRules = new RestoreRules(this);
    private final RestoreCourse restoreCourse = new RestoreCourse(this);
    private final SettingsRules settingsRules = new SettingsRules();
    private final List<LoggedCommand> log = new ArrayList<>();
    private Instant now;
    private long firedEvents;

    public BackupEngine(long seed, Instant start, String organizationName) {
        this.seed = seed;
        this.start = Objects.requireNonNull(start, "start");
        this.random = new RandomStreams(seed);
        this.memberIds = new IdGenerator(random.get(RandomStreams.Purpose.MEMBER_IDS));
        this.clusterIds = new IdGenerator(random.get(RandomStreams.Purpose.CLUSTER_IDS));
        this.backupIds = new IdGenerator(random.get(RandomStreams.Purpose.BACKUP_IDS));
        this.restoreIds = new IdGenerator(random.get(RandomStreams.Purpose.RESTORE_IDS));
        this.faultRuleIds = new IdGenerator(random.get(RandomStreams.Purpose.FAULT_RULE_IDS));
        this.organization = new Organization(Objects.requireNonNull(organizationName, "organizationName"));
        this.now = start;
    }

    public long seed() {
        return seed;
    }

    public Instant start() {
        return start;
    }

    public Instant now() {
        return now;
    }

    public String organizationName() {
        return organization.name();
    }

    /** Processes every event due up to and including the target, in time order, then sets the time to it. */
    public void advanceTo(Instant target) {
        if (target.isBefore(now)) {
            return;
        }
        Instant due = events.peekTime();
        while (due != null && !due.isAfter(target)) {
            now = due;
            firedEvents++;
            events.poll().fire(this);
            due = events.peekTime();
        }
        now = target;
    }

    /** Events fired since the engine was made; a measure of the engine's work, for benchmarks. */
    public long firedEvents() {
        return firedEvents;
    }

    /** Backups listed across all clusters, deleted ones included. */
    public long retainedBackups() {
        return clusters.values().stream().mapToLong(c -> c.backups.size()).sum();
    }

    // ---- organization

    public Principal addUser(String name, List<RoleBinding> roles) {
        return run(new Command.AddPrincipal(name, Principal.Kind.USER, Optional.empty(), roles));
    }

    /** Adds a service account; its key, when given, is kept only as a digest. */
    public Principal addServiceAccount(String name, Optional<String> secretKey, List<RoleBinding> roles) {
        return run(new Command.AddPrincipal(name, Principal.Kind.SERVICE_ACCOUNT, secretKey.map(SecretKeys::digest), roles));
    }

    /** Replaces a member's role bindings, which grants and revokes roles. */
    public Principal setRoles(String principalId, List<RoleBinding> roles) {
        return run(new Command.SetRoles(principalId, roles));
    }

    public List<Principal> principals() {
        return organization.principals();
    }

    public Principal principal(String principalId) {
        return organization.find(principalId);
    }

    /**
     * The id of the member holding a secret key. Unlike every other method, it may be called without the
     * simulation's lock: keys are only ever added, to a concurrent map.
     */
    public Optional<String> keyHolder(String secretKey) {
        return organization.keyHolder(secretKey);
    }

    // ---- clusters

    public Cluster createCluster(String name, Plan plan, CloudProvider provider, List<String> regions, Catalog catalog) {
        return createCluster(name, plan, provider, regions, catalog, CockroachVersion.CURRENT);
    }

    public Cluster createCluster(String name, Plan plan, CloudProvider provider, List<String> regions, Catalog catalog,
                                 CockroachVersion version) {
        return run(new Command.CreateCluster(name, plan, provider, regions, catalog, version));
    }

    /** Deletes a cluster; its backups stay for their retention, then the cluster is purged. */
    public Cluster deleteCluster(String clusterId) {
        return run(new Command.DeleteCluster(clusterId));
    }

    /** Upgrades BASIC to STANDARD or downgrades STANDARD to BASIC. */
    public Cluster changePlan(String clusterId, Plan plan) {
        return run(new Command.ChangePlan(clusterId, plan));
    }

    /** Sets a cluster's data: fill it, wipe it ({@link Catalog#EMPTY}) or damage it. */
    public Catalog replaceCatalog(String clusterId, Catalog catalog) {
        return run(new Command.ReplaceCatalog(clusterId, catalog));
    }

    public Catalog dropDatabase(String clusterId, String database) {
        SimCluster cluster = find(clusterId);
        return replaceCatalog(clusterId, CatalogEdits.withoutDatabase(cluster.catalog(), database, cluster.name));
    }

    /** Writes data into a table, as the cluster's users would: the table grows by {@code bytes}. */
    public Catalog addData(String clusterId, String database, String table, long bytes) {
        SimCluster cluster = find(clusterId);
        return replaceCatalog(clusterId, CatalogEdits.withMoreData(cluster.catalog(), database, table, bytes, cluster.name));
    }

    public Catalog catalog(String clusterId) {
        return find(clusterId).catalog();
    }

    /**
     * A cluster's catalog as a member may read it through the Cloud API's ListDatabases: any role on the cluster
     * or in the organization, on a cluster that is ready.
     */
    public Catalog clusterContents(String principalId, String clusterId) {
        SimCluster cluster = find(clusterId);
        requireRole(principalId, cluster, "list the databases of", Permissions::mayListDatabasesOn,
                "the Cluster Admin, Cluster Operator or Cluster Developer role");
        requireServing(cluster, "list the databases of");
        return cluster.catalog();
    }

    /** Drops a database as a member does through the Cloud API's DeleteDatabase; returns what the cluster holds then. */
    public Catalog deleteDatabase(String principalId, String clusterId, String database) {
        return run(new Command.DeleteDatabase(principalId, clusterId, database));
    }

    public List<Cluster> clusters() {
        return clusters.values().stream().map(SimCluster::snapshot).toList();
    }

    public Cluster cluster(String clusterId) {
        return find(clusterId).snapshot();
    }

    // ---- backups

    /** Listed backups of a cluster in the range, newest first. */
    public List<Backup> backups(String clusterId, TimeRange range) {
        List<SimBackup> window = find(clusterId).backups.newestFirst(range);
        List<Backup> newestFirst = new ArrayList<>(window.size());
        for (SimBackup backup : window) {
            newestFirst.add(backup.snapshot(now));
        }
        return newestFirst;
    }

    /** The catalog a listed backup of the cluster captured at its as-of time. */
    public Catalog backupContents(String clusterId, String backupId) {
        SimCluster cluster = find(clusterId);
        SimBackup backup = cluster.backups.find(backupId);
        if (backup == null) {
            throw BackendException.notFound("Backup " + backupId + " of cluster " + cluster.name);
        }
        return backup.catalog;
    }

    /** Failed runs kept for their retention, and runs still going, newest first. */
    public List<IncompleteBackup> incompleteBackups(String clusterId) {
        SimCluster cluster = find(clusterId);
        List<IncompleteBackup> result = new ArrayList<>();
        for (FailedRun failed : cluster.failedRuns) {
            if (failed.forgottenAt().isAfter(now)) {
                result.add(failed.run());
            }
        }
        for (SimBackup run : cluster.backups.newestFirst(TimeRange.ALL)) {
            if (!run.isRunning(now)) {
                break;
            }
            result.add(new IncompleteBackup(run.id, cluster.id, run.asOf, Duration.between(run.asOf, now),
                    Optional.empty(), run.description()));
        }
        result.sort((a, b) -> b.startedAt().compareTo(a.startedAt()));
        return result;
    }

    public BackupSettings settings(String clusterId) {
        return find(clusterId).settings;
    }

    /**
     * Changes the backup settings of a STANDARD or ADVANCED cluster under the service's rules: allowed values
     * only, retention changed once, and an immediate full backup after any change that leaves backups enabled.
     */
    public BackupSettings updateSettings(String principalId, String clusterId, BackupSettingsUpdate update) {
        return run(new Command.UpdateSettings(principalId, clusterId, update));
    }

    // ---- restores

    public Restore startRestore(String principalId, RestoreRequest request) {
        return run(new Command.StartRestore(principalId, request));
    }

    public Restore restore(String destinationClusterId, String restoreId) {
        RestoreJob job = restores.get(restoreId);
        if (job == null || !job.destination().id.equals(destinationClusterId)) {
            throw BackendException.notFound("Restore " + restoreId + " of cluster " + destinationClusterId);
        }
        return job.snapshot(now);
    }

    /** Restores into a cluster, newest first. */
    public List<Restore> restores(String destinationClusterId) {
        List<String> idsOldestFirst = find(destinationClusterId).restoreIds;
        List<Restore> result = new ArrayList<>(idsOldestFirst.size());
        for (int i = idsOldestFirst.size() - 1; i >= 0; i--) {
            result.add(restores.get(idsOldestFirst.get(i)).snapshot(now));
        }
        return result;
    }

    // ---- fault rules

    public FaultRule addFaultRule(FaultRule rule) {
        return run(new Command.AddFaultRule(rule));
    }

    public void removeFaultRule(String ruleId) {
        run(new Command.RemoveFaultRule(ruleId));
    }

    public List<FaultRule> faultRules() {
        return faults.all();
    }

    // ---- commands

    List<LoggedCommand> log() {
        return Collections.unmodifiableList(log);
    }

    /** Applies a command at the present, after the events due by now, and logs it if it succeeds. */
    <T> T run(Command<T> command) {
        advanceTo(now);
        T result = command.applyTo(this);
        log.add(new LoggedCommand(now, command));
        return result;
    }

    Principal applyAddPrincipal(Command.AddPrincipal command) {
        requireName(command.name(), "A member");
        checkRoles(command.roles());
        organization.checkNewKey(command.keyDigest());
        Principal principal = new Principal(memberIds.next(), command.name(), command.kind(), command.roles());
        organization.add(principal, command.keyDigest());
        return principal;
    }

    Principal applySetRoles(Command.SetRoles command) {
        organization.find(command.principalId());
        checkRoles(command.roles());
        organization.setRoles(command.principalId(), command.roles());
        return organization.find(command.principalId());
    }

    Cluster applyCreateCluster(Command.CreateCluster command) {
        requireName(command.name(), "A cluster");
        if (command.regions().isEmpty()) {
            throw BackendException.invalid("A cluster needs at least one region.");
        }
        boolean taken = clusters.values().stream()
                .anyMatch(c -> c.name.equals(command.name()) && c.state != ClusterState.DELETED);
        if (taken) {
            throw BackendException.invalid("A cluster named " + command.name() + " already exists; choose another name.");
        }
        CatalogEdits.requireWithinLimit(command.catalog());
        String backupRegion = command.regions().get(random(RandomStreams.Purpose.BACKUP_REGIONS)
                .nextInt(command.regions().size()));
        SimCluster cluster = new SimCluster(clusterIds.next(), command.name(), command.plan(), command.provider(),
                command.regions(), backupRegion, now, command.catalog(), command.version());
        clusters.put(cluster.id, cluster);
        Duration provisioning = command.plan() == Plan.ADVANCED ? ADVANCED_PROVISIONING : PROVISIONING;
        events.schedule(now.plus(provisioning), engine -> engine.markCreated(cluster));
        return cluster.snapshot();
    }

    Cluster applyDeleteCluster(Command.DeleteCluster command) {
        SimCluster cluster = find(command.clusterId());
        requireAvailable(cluster, "deleted");
        cluster.state = ClusterState.DELETED;
        cluster.deletedAt = now;
        runs.stopSchedule(cluster);
        Instant lastExpiry = cluster.backups.newestFirst(TimeRange.ALL).stream().map(b -> b.chain.expiresAt)
                .max(Instant::compareTo).orElse(now);
        events.schedule(lastExpiry, engine -> engine.purge(cluster));
        return cluster.snapshot();
    }

    Cluster applyChangePlan(Command.ChangePlan command) {
        SimCluster cluster = find(command.clusterId());
        Plan from = cluster.plan;
        Plan to = command.plan();
        boolean upgrade = from == Plan.BASIC && to == Plan.STANDARD;
        boolean downgrade = from == Plan.STANDARD && to == Plan.BASIC;
        if (!upgrade && !downgrade) {
            throw BackendException.invalid("Cluster " + cluster.name + " is " + from.displayName() + " and cannot become "
                    + to.displayName() + ": only Basic → Standard upgrades and Standard → Basic downgrades exist. "
                    + "Create a new cluster for another plan.");
        }
        requireAvailable(cluster, "moved to another plan");
        cluster.plan = to;
        if (downgrade) {
            // Existing backups keep the retention they were taken with; new ones follow the Basic schedule.
            cluster.settings = BackupSettings.BASIC_FIXED;
            if (cluster.state == ClusterState.CREATED) {
                runs.restartSchedule(cluster, now.plus(Duration.ofDays(1)), true);
            }
        }
        return cluster.snapshot();
    }

    Catalog applyReplaceCatalog(Command.ReplaceCatalog command) {
        SimCluster cluster = find(command.clusterId());
        requireAvailable(cluster, "changed");
        cluster.setCatalog(CatalogEdits.requireWithinLimit(command.catalog()));
        return cluster.catalog();
    }

    Catalog applyDeleteDatabase(Command.DeleteDatabase command) {
        SimCluster cluster = find(command.clusterId());
        requireRole(command.principalId(), cluster, "drop databases of", Permissions::mayDropDatabasesOn,
                OPERATOR_ROLES);
        requireServing(cluster, "drop databases of");
        cluster.setCatalog(CatalogEdits.withoutDatabase(cluster.catalog(), command.database(), cluster.name));
        return cluster.catalog();
    }

    BackupSettings applyUpdateSettings(Command.UpdateSettings command) {
        SimCluster cluster = find(command.clusterId());
        requireBackupRole(command.principalId(), cluster.id, "change the backup settings of");
        if (cluster.state == ClusterState.DELETED) {
            throw BackendException.invalid("Cluster " + cluster.name + " is deleted; its backup settings cannot change.");
        }
        BackupSettings changed = settingsRules.apply(cluster, command.update());
        if (!changed.equals(cluster.settings)) {
            cluster.retentionChanged |= changed.retentionDays() != cluster.settings.retentionDays();
            cluster.settings = changed;
            if (changed.enabled() && cluster.state != ClusterState.CREATING) {
                runs.restartSchedule(cluster, now, true);
            } else {
                runs.stopSchedule(cluster);
            }
        }
        return changed;
    }

    Restore applyStartRestore(Command.StartRestore command) {
        Principal caller = organization.find(command.principalId());
        RestoreRules.Accepted accepted = restoreRules.check(caller, command.request());
        RestoreJob job = restoreCourse.start(command.request(), accepted);
        restores.put(job.id(), job);
        accepted.destination().restoreIds.add(job.id());
        return job.snapshot(now);
    }

    FaultRule applyAddFaultRule(Command.AddFaultRule command) {
        command.rule().clusterId().ifPresent(this::find);
        FaultRule rule = command.rule().withId(faultRuleIds.next());
        faults.add(rule);
        return rule;
    }

    String applyRemoveFaultRule(Command.RemoveFaultRule command) {
        faults.remove(command.ruleId());
        return command.ruleId();
    }

    // ---- for the engine's parts

    Iterable<SimCluster> clusterRecords() {
        return clusters.values();
    }

    /**
     * Refuses a caller without Cluster Admin or Cluster Operator on the cluster or in the organization, as the
     * Cloud API does for every backup and restore operation. The action reads "may not ACTION CLUSTER".
     */
    public void requireBackupRole(String principalId, String clusterId, String action) {
        requireRole(principalId, find(clusterId), action, Permissions::mayManageBackupsOn, OPERATOR_ROLES);
    }

    SimCluster find(String clusterId) {
        SimCluster cluster = clusters.get(clusterId);
        if (cluster == null) {
            throw BackendException.notFound("Cluster " + clusterId);
        }
        return cluster;
    }

    /** The stream drawn for one purpose; see {@link RandomStreams}. */
    SplittableRandom random(RandomStreams.Purpose purpose) {
        return random.get(purpose);
    }

    IdGenerator backupIds() {
        return backupIds;
    }

    IdGenerator restoreIds() {
        return restoreIds;
    }

    FaultRules faults() {
        return faults;
    }

    void schedule(Instant at, Event event) {
        events.schedule(at, event);
    }

    /** The listed backup with this id on any cluster, or null; a rare look-up, so a scan. */
    SimBackup listedBackup(String backupId) {
        for (SimCluster cluster : clusters.values()) {
            SimBackup backup = cluster.backups.find(backupId);
            if (backup != null) {
                return backup;
            }
        }
        return null;
    }

    /** The listed backups of a cluster with what the engine knows of them, newest first. */
    List<SimBackup> listed(String clusterId) {
        return find(clusterId).backups.newestFirst(TimeRange.ALL);
    }

    static BackendException precondition(String message) {
        return new BackendException(FailureReason.FAILED_PRECONDITION, message);
    }

    private void markCreated(SimCluster cluster) {
        if (cluster.state != ClusterState.CREATING) {
            return;
        }
        cluster.state = ClusterState.CREATED;
        if (cluster.settings.enabled()) {
            runs.scheduleFirst(cluster);
        }
    }

    private void purge(SimCluster cluster) {
        clusters.remove(cluster.id);
        for (String restoreId : cluster.restoreIds) {
            restores.remove(restoreId);
        }
    }

    private void requireRole(String principalId, SimCluster cluster, String action,
                             BiPredicate<Permissions, String> allowed, String roles) {
        Principal caller = organization.find(principalId);
        if (!allowed.test(caller.permissions(), cluster.id)) {
            throw new BackendException(FailureReason.PERMISSION_DENIED, caller.name() + " may not " + action + " "
                    + cluster.name + ": that needs " + roles + " on the cluster or in the organization.");
        }
    }

    /** A cluster's databases can be read or dropped only while it is CREATED, when its SQL layer serves. */
    private static void requireServing(SimCluster cluster, String action) {
        String cannot = "Cannot " + action + " " + cluster.name + ": ";
        switch (cluster.state) {
            case CREATED -> {
            }
            case CREATING -> throw precondition(cannot + "it is still being created; try again once it is ready.");
            case CREATION_FAILED -> throw precondition(cannot + "its creation failed, so it holds no databases.");
            case LOCKED -> throw precondition(cannot + "a running restore locks it; try again when the restore ends.");
            case DELETED -> throw precondition(cannot + "it is deleted.");
        }
    }

    private static void requireAvailable(SimCluster cluster, String whatHappens) {
        if (cluster.state == ClusterState.DELETED) {
            throw BackendException.invalid("Cluster " + cluster.name + " is deleted and cannot be " + whatHappens + ".");
        }
        if (cluster.state == ClusterState.LOCKED) {
            throw precondition("Cluster " + cluster.name + " is locked by a running restore and cannot be "
                    + whatHappens + " until the restore ends.");
        }
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw BackendException.invalid(what + " needs a name.");
        }
    }

    private void checkRoles(List<RoleBinding> roles) {
        for (RoleBinding binding : roles) {
            if (binding.role() == Role.ORG_ADMIN && binding.clusterId().isPresent()) {
                throw BackendException.invalid("Org Admin is granted on the organization, not on one cluster.");
            }
            binding.clusterId().ifPresent(this::find);
        }
    }
}
