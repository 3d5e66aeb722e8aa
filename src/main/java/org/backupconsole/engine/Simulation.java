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

import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.SessionJournal;
import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.file.AtomicFiles;
import org.backupconsole.engine.file.SimulationFileException;
import org.backupconsole.engine.file.StateFile;
import org.backupconsole.engine.model.AddFaultRule;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.Cast;
import org.backupconsole.engine.model.EngineReads;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.engine.model.Principal;
import org.backupconsole.engine.model.RandomStreams;
import org.backupconsole.engine.model.RemoveFaultRule;
import org.backupconsole.engine.model.ReplaceCatalog;
import org.backupconsole.engine.model.SecretKeys;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.backupconsole.engine.scenario.ScenarioFile;

/**
 * A running simulation: one engine, its virtual clock and the lock that serialises callers. Every operation
 * first brings the engine up to the clock's present. Thread-safe. The engine itself never leaves this class:
 * callers get snapshots and the operations below.
 *
 * <p>The admin service account's key lives only in memory: a saved simulation holds digests of the other
 * accounts' keys, and none of this one, so a loaded simulation takes the admin key anew.
 */
public final class Simulation {

    private final BackupEngine engine;
    private final VirtualClock clock;
    private final Cast cast;
    private final String adminKey;
    private final Object lock = new Object();
    /** Draws the network's losses from a stream of its own, so the engine's history never depends on it. */
    private final SplittableRandom networkRandom;
    private volatile NetworkConditions network = NetworkConditions.RELIABLE;
    /** The changes made from the app and the command line on this simulation, saved with it. */
    private final SessionJournal activity;

    private Simulation(BackupEngine engine, VirtualClock clock, Cast cast, Optional<String> adminKey,
                       NetworkConditions network, List<ActivityEntry> activity) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cast = Objects.requireNonNull(cast, "cast");
        this.adminKey = adminKey.filter(key -> !key.isBlank()).orElseGet(SecretKeys::generate);
        this.networkRandom = new RandomStreams(engine.seed()).get(RandomStreams.Purpose.NETWORK);
        setNetwork(network);
        this.activity = new SessionJournal(activity);
    }

    /** The demo organization with its history ending at {@code now}, on a clock running in real time. */
    public static Simulation demo(long seed, Instant now, Optional<String> adminKey) {
        return demo(seed, now, adminKey, new VirtualClock(InstantSource.system(), now, 1));
    }

    public static Simulation demo(long seed, Instant now, Optional<String> adminKey, VirtualClock clock) {
        try {
            return play(DemoOrganization.scenario(), seed, now, adminKey, clock);
        } catch (SimulationFileException e) {
            throw new IllegalStateException("The built-in demo scenario is broken: " + e.getMessage(), e);
        }
    }

    /** Plays a scenario so that its history ends at {@code now}; a step the engine refuses refuses the scenario. */
    public static Simulation fromScenario(Scenario scenario, long seed, Instant now, Optional<String> adminKey,
                                          VirtualClock clock) throws SimulationFileException {
        return play(scenario.file(), seed, now, adminKey, clock);
    }

    private static Simulation play(ScenarioFile scenario, long seed, Instant now, Optional<String> adminKey,
                                   VirtualClock clock) throws SimulationFileException {
        ScenarioFile.Played played = scenario.play(seed, now);
        return new Simulation(played.engine(), clock, played.cast(), adminKey, scenario.network(), List.of());
    }

    /** Loads a saved simulation; its clock continues from the saved time at the saved speed. */
    public static Simulation load(Path file) throws IOException {
        return load(file, Optional.empty());
    }

    /** Removes, first, what saves of the file that were cut short left beside it. */
    public static Simulation load(Path file, Optional<String> adminKey) throws IOException {
        AtomicFiles.removeLeftovers(file);
        StateFile.Saved saved = StateFile.read(file);
        return new Simulation(saved.engine(), saved.clock(), saved.cast(), adminKey, saved.network(), saved.activity());
    }

    /**
     * Writes the whole state, clock included, so that a crash leaves the old file or the new one, and removes
     * what saves of the file that were cut short left beside it.
     */
    public void save(Path file) throws IOException {
        byte[] content = underLock(e -> StateFile.render(new StateFile.Saved(e, clock, cast, network,
                activity.entries())));
        AtomicFiles.write(file, content);
    }

    /** The journal of the changes made on this simulation from the app and the command line. */
    public SessionJournal activity() {
        return activity;
    }

    public VirtualClock clock() {
        return clock;
    }

    public String organizationName() {
        return engine.reads().organizationName();
    }

    /** When the simulated history began: the organization's creation, as the Cloud API reports it. */
    public Instant historyStart() {
        return engine.start();
    }

    /** The service account a secret key belongs to; the admin key authenticates as the admin account. */
    public Optional<Principal> authenticate(String secretKey) {
        return keyHolder(secretKey).map(id -> read(reads -> reads.principal(id)));
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

    /**
     * The backend port acting as this member behind the local Cloud API: what it may do is checked by the engine
     * on every call, and a call the simulated network loses is lost (the HTTP client retries its reads itself).
     */
    public SimulatorBackupService serviceFor(Principal principal) {
        return serviceFor(principal.id());
    }

    public SimulatorBackupService serviceFor(String principalId) {
        read(reads -> reads.principal(principalId));
        return new SimulatorBackupService(this, principalId, LostReadRetries.NONE);
    }

    /** The backend port acting as this member in this process, which tries lost reads again as the live client does. */
    public SimulatorBackupService clientFor(Principal principal) {
        return new SimulatorBackupService(this, principal.id(), LostReadRetries.AS_THE_LIVE_CLIENT);
    }

    /** The person the desktop app acts as: an Org Admin. */
    public Principal desktopUser() {
        return read(reads -> reads.principal(cast.desktopUserId()));
    }

    /** The name of the user the desktop app and the scripting commands act as, for the activity journal. */
    public String desktopUserName() {
        return desktopUser().name();
    }

    public String adminKey() {
        return adminKey;
    }

    /** The engine's present: the clock's time once every event due by then has happened. */
    public Instant now() {
        return read(EngineReads::now);
    }

    public List<Cluster> clusters() {
        return read(EngineReads::clusters);
    }

    /** A cluster's databases, schemas and tables now. */
    public Catalog catalog(String clusterId) {
        return read(reads -> reads.catalog(clusterId));
    }

    /** A cluster's listed backups, newest first. */
    public List<Backup> backups(String clusterId) {
        return read(reads -> reads.backups(clusterId, TimeRange.ALL));
    }

    /** What a backup captured at its as-of time. */
    public Catalog backupContents(String clusterId, String backupId) {
        return read(reads -> reads.backupContents(clusterId, backupId));
    }

    /** Stages an incident: a database is dropped, as by {@code DROP DATABASE}. */
    public Catalog dropDatabase(String clusterId, String database) {
        return underLock(e -> e.run(ReplaceCatalog.droppingDatabase(e.reads(), clusterId, database)));
    }

    /** Stages an incident, or readies a cluster for a restore: every database is gone. */
    public Catalog wipe(String clusterId) {
        return replaceCatalog(clusterId, Catalog.EMPTY);
    }

    /** Sets a cluster's data as its SQL users would, without a role: only a locked or deleted cluster refuses. */
    public Catalog replaceCatalog(String clusterId, Catalog catalog) {
        return underLock(e -> e.run(new ReplaceCatalog(clusterId, catalog)));
    }

    /** Writes data into a table, so that backups taken before and after hold different data. */
    public Catalog addData(String clusterId, String database, String table, long bytes) {
        return underLock(e -> e.run(ReplaceCatalog.addingData(e.reads(), clusterId, database, table, bytes)));
    }

    public List<FaultRule> faultRules() {
        return read(EngineReads::faultRules);
    }

    public FaultRule addFaultRule(FaultRule rule) {
        return underLock(e -> e.run(new AddFaultRule(rule)));
    }

    public void removeFaultRule(String ruleId) {
        underLock(e -> e.run(new RemoveFaultRule(ruleId)));
    }

    /** Whether every backup run or restore job of every cluster fails, for ever, as the Simulator page's toggles say. */
    public boolean failsEvery(FailingJobs jobs) {
        return faultRules().stream().anyMatch(jobs::isToggle);
    }

    /** Makes every backup run or restore job of every cluster fail with this code and message, until stopped. */
    public void failEvery(FailingJobs jobs, int errorCode, String message) {
        addFaultRule(jobs.toggle(errorCode, message));
    }

    /** Removes what {@link #failEvery} added; rules with a cluster, a count or a chance stay. */
    public void stopFailingEvery(FailingJobs jobs) {
        underLock(e -> {
            e.reads().faultRules().stream().filter(jobs::isToggle).forEach(rule -> e.run(new RemoveFaultRule(rule.id())));
            return jobs;
        });
    }

    /** How each check of a drill stands now, for a drill that began at {@code drillStart}. */
    public List<DrillOutcome> judge(Drill drill, Instant drillStart) {
        return read(reads -> drill.section().judge(reads, engine.start(), drillStart));
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
            throw BackendException.withAdvice(FailureReason.NETWORK, "The simulated network lost the call (about "
                    + Math.round(conditions.errorRate() * 100) + " % of calls are lost); nothing was changed.",
                    "Retry: each try may get through, or turn the lossy network off on the Simulator page.");
        }
    }

    String desktopUserId() {
        return cast.desktopUserId();
    }

    /** Reads what the engine holds at the clock's present, under the lock. */
    <T> T read(Function<EngineReads, T> query) {
        return underLock(e -> query.apply(e.reads()));
    }

    /** Runs an action on the engine under the lock, after bringing it up to the clock's present. */
    <T> T underLock(Function<BackupEngine, T> action) {
        synchronized (lock) {
            engine.advanceTo(clock.now());
            return action.apply(engine);
        }
    }
}
