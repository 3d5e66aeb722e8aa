package org.backupconsole.engine.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deterministic discrete-event model of CockroachDB Cloud managed backups. Time only moves when
 * {@link #advanceTo} is called, and the same seed and the same commands give the same history, so the seed and the
 * log of commands are the engine's whole state.
 *
 * <p>This class assembles the parts and runs commands: {@link EventKernel} keeps the time and the events,
 * {@link EngineReads} answers what the engine holds, each {@link Command} applies its own rules to the
 * {@link EngineState}. A command is checked completely before anything changes, so a refused command leaves the
 * engine as it was and is not logged. Not thread-safe: the simulation serialises access.
 */
public final class BackupEngine {

    /**
     * The version of the rules by which a seed and a log of commands become a history. Bumped whenever the same
     * seed and commands would replay differently (a rule that changes what happens, a draw added, removed or
     * moved to another stream), so that a saved state written under other rules is refused rather than replayed
     * into another history. Version 1 was the single stream before {@link RandomStreams}.
     */
    public static final int RULES_VERSION = 2;

    private final long seed;
    private final Instant start;
    final EngineState state;
    private final EngineReads reads;
    private final List<LoggedCommand> log = new ArrayList<>();

    public BackupEngine(long seed, Instant start, String organizationName) {
        this.seed = seed;
        this.start = Objects.requireNonNull(start, "start");
        this.state = new EngineState(new RandomStreams(seed), start,
                Objects.requireNonNull(organizationName, "organizationName"));
        this.reads = new EngineReads(state);
    }

    public long seed() {
        return seed;
    }

    public Instant start() {
        return start;
    }

    public Instant now() {
        return state.now();
    }

    /** Processes every event due up to and including the target, in time order, then sets the time to it. */
    public void advanceTo(Instant target) {
        state.kernel.advanceTo(target);
    }

    /** Events fired since the engine was made; a measure of the engine's work, for benchmarks. */
    public long firedEvents() {
        return state.kernel.firedEvents();
    }

    /** Backups listed across all clusters, deleted ones included. */
    public long retainedBackups() {
        return state.clusters.retainedBackups();
    }

    /** What the engine holds now, read-only. */
    public EngineReads reads() {
        return reads;
    }

    /** Applies a command at the present, after the events due by now, and logs it if it succeeds. */
    public <T> T run(Command<T> command) {
        advanceTo(now());
        T result = command.applyTo(state);
        log.add(new LoggedCommand(now(), command));
        return result;
    }

    /** The commands that succeeded, oldest first, with the times they ran at. */
    public List<LoggedCommand> log() {
        return Collections.unmodifiableList(log);
    }

    /**
     * The id of the member holding a secret key. Unlike every other method, it may be called without the
     * simulation's lock: keys are only ever added, to a concurrent map.
     */
    public Optional<String> keyHolder(String secretKey) {
        return state.organization.keyHolder(secretKey);
    }
}
