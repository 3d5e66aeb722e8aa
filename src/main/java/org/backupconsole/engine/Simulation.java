package org.backupconsole.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;

/**
 * A running simulation: one engine, its virtual clock and the lock that serialises callers. Every operation
 * first brings the engine up to the clock's present. Thread-safe.
 *
 * <p>The admin service account's key lives only in memory: a saved simulation holds digests of the other
 * accounts' keys, and none of this one, so a loaded simulation takes the admin key anew.
 */
public final class Simulation {

    private final BackupEngine engine;
    private final VirtualClock clock;
    private final Scenario.Cast cast;
    private final String adminKey;
    private final Object lock = new Object();
    /** Draws the network's losses from a stream of its own, so the engine's history never depends on it. */
    private final SplittableRandom networkRandom;
    private volatile NetworkConditions network = NetworkConditions.RELIABLE;

    Simulation(BackupEngine engine, VirtualClock clock, Scenario.Cast cast, Optional<String> adminKey) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cast = Objects.requireNonNull(cast, "cast");
        this.adminKey = adminKey.filter(key -> !key.isBlank()).orElseGet(SecretKeys::generate);
        this.networkRandom = new RandomStreams(engine.seed()).get(RandomStreams.Purpose.NETWORK);
    }

    /** The demo organization with its history ending at {@code now}, on a clock running in real time. */
    public static Simulation demo(long seed, Instant now, Optional<String> adminKey) {
        return demo(seed, now, adminKey, new VirtualClock(InstantSource.system(), now, 1));
    }

    public static Simulation demo(long seed, Instant now, Optional<String> adminKey, VirtualClock clock) {
        try {
            return fromScenario(DemoOrganization.scenario(), seed, now, adminKey, clock);
        } catch (SimulationFileException e) {
            throw new IllegalStateException("The built-in demo scenario is broken: " + e.getMessage(), e);
        }
    }

    /** Plays a scenario so that its history ends at {@code now}; a step the engine refuses refuses the scenario. */
    public static Simulation fromScenario(Scenario scenario, long seed, Instant now, Optional<String> adminKey,
                                          VirtualClock clock) throws SimulationFileException {
        Scenario.Played played = scenario.play(seed, now);
        Simulation simulation = new Simulation(played.engine(), clock, played.cast(), adminKey);
        simulation.setNetwork(scenario.network());
        return simulation;
    }

    /** Loads a saved simulation; its clock continues from the saved time at the saved speed. */
    public static Simulation load(Path file) throws IOException {
        return load(file, Optional.empty());
    }

    /** Removes, first, what saves of the file that were cut short left beside it. */
    public static Simulation load(Path file, Optional<String> adminKey) throws IOException {
        AtomicFiles.removeLeftovers(file);
        return StateFile.read(file, adminKey);
    }

    /**
     * Writes the whole state, clock included, so that a crash leaves the old file or the new one, and removes
     * what saves of the file that were cut short left beside it.
     */
    public void save(Path file) throws IOException {
        byte[] content;
        synchronized (lock) {
            engine.advanceTo(clock.now());
            content = StateFile.render(this);
        }
        AtomicFiles.write(file, content);
    }

    public VirtualClock clock() {
        return clock;
    }

    public String organizationName() {
        return engine.organizationName();
    }

    /** The service account a secret key belongs to; the admin key authenticates as the admin account. */
    public Optional<Principal> authenticate(String secretKey) {
        return keyHolder(secretKey).map(id -> withEngine(e -> e.principal(id)));
    }

    /**
     * The id of the member a secret key belongs to, the admin key's included, found without the engine's lock:
     * refusing a wrong key never waits for the engine, nor holds it up.
     */
    public Optional<String> keyHolder(String secretKey) {
        if (secretKey == null || secretKey.isEmpty()) {
            return Optional.empty();
        }
        if (MessageDigest.isEqual(secretKey.getBytes(StandardCharsets.UTF_8), adminKey.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(cast.adminAccountId());
        }
        return engine.keyHolder(secretKey);
    }

    /** The backend port acting as this member: what it may do is checked by the engine on every call. */
    public SimulatorBackupService serviceFor(Principal principal) {
        return serviceFor(principal.id());
    }

    public SimulatorBackupService serviceFor(String principalId) {
        withEngine(e -> e.principal(principalId));
        return new SimulatorBackupService(this, principalId);
    }

    /** The person the desktop app acts as: an Org Admin. */
    public Principal desktopUser() {
        return withEngine(e -> e.principal(cast.desktopUserId()));
    }

    public String adminKey() {
        return adminKey;
    }

    /** Runs an action on the engine under the lock, after bringing it up to the clock's present. */
    public <T> T withEngine(Function<BackupEngine, T> action) {
        synchronized (lock) {
            engine.advanceTo(clock.now());
            return action.apply(engine);
        }
    }

    /** The engine's present: the clock's time once every event due by then has happened. */
    public Instant now() {
        return withEngine(BackupEngine::now);
    }

    public List<Cluster> clusters() {
        return withEngine(BackupEngine::clusters);
    }

    /** A cluster's databases, schemas and tables now. */
    public Catalog catalog(String clusterId) {
        return withEngine(e -> e.catalog(clusterId));
    }

    /** A cluster's listed backups, newest first. */
    public List<Backup> backups(String clusterId) {
        return withEngine(e -> e.backups(clusterId, TimeRange.ALL));
    }

    /** What a backup captured at its as-of time. */
    public Catalog backupContents(String clusterId, String backupId) {
        return withEngine(e -> e.backupContents(clusterId, backupId));
    }

    /** Stages an incident: a database is dropped, as by {@code DROP DATABASE}. */
    public Catalog dropDatabase(String clusterId, String database) {
        return withEngine(e -> e.dropDatabase(clusterId, database));
    }

    /** Stages an incident, or readies a cluster for a restore: every database is gone. */
    public Catalog wipe(String clusterId) {
        return withEngine(e -> e.replaceCatalog(clusterId, Catalog.EMPTY));
    }

    /** Writes data into a table, so that backups taken before and after hold different data. */
    public Catalog addData(String clusterId, String database, String table, long bytes) {
        return withEngine(e -> e.addData(clusterId, database, table, bytes));
    }

    public List<FaultRule> faultRules() {
        return withEngine(BackupEngine::faultRules);
    }

    public FaultRule addFaultRule(FaultRule rule) {
        return withEngine(e -> e.addFaultRule(rule));
    }

    public void removeFaultRule(String ruleId) {
        withEngine(e -> {
            e.removeFaultRule(ruleId);
            return ruleId;
        });
    }

    /** How each check of a drill stands now, for a drill that began at {@code drillStart}. */
    public List<DrillCheck.Outcome> judge(Drill drill, Instant drillStart) {
        return withEngine(e -> {
            DrillCheck.Judging judging = new DrillCheck.Judging(e, e.start(), drillStart);
            return drill.checks().stream().map(check -> check.judge(judging)).toList();
        });
    }

    public NetworkConditions network() {
        return network;
    }

    public void setNetwork(NetworkConditions conditions) {
        network = Objects.requireNonNull(conditions, "conditions");
    }

    /**
     * What a call meets on its way to the service: the network's latency, in real time, then perhaps a loss.
     * A lost call never reaches the engine, so it changed nothing and may be retried.
     */
    void crossNetwork() {
        NetworkConditions conditions = network;
        if (conditions.isReliable()) {
            return;
        }
        if (!conditions.latency().isZero()) {
            try {
                Thread.sleep(conditions.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackendException(FailureReason.NETWORK, "The call was interrupted while the network was slow.");
            }
        }
        double draw;
        synchronized (networkRandom) {
            draw = networkRandom.nextDouble();
        }
        if (draw < conditions.errorRate()) {
            throw new BackendException(FailureReason.NETWORK, "The simulated network lost the call (about "
                    + Math.round(conditions.errorRate() * 100) + " % of calls are lost); nothing was changed.");
        }
    }

    String desktopUserId() {
        return cast.desktopUserId();
    }

    BackupEngine engine() {
        return engine;
    }

    Scenario.Cast cast() {
        return cast;
    }
}
