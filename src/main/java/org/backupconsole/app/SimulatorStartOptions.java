package org.backupconsole.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.backupconsole.backend.Sentences;
import org.backupconsole.engine.Drill;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.StateFileLock;
import org.backupconsole.engine.VirtualClock;

/**
 * What the simulator starts from, as the desktop app and {@code serve} take it on the command line: a built-in
 * scenario by name, a scenario file, or a saved session. A name or file that cannot be used is a usage error
 * that names the file, the place in it and the reason, before anything starts.
 */
public final class SimulatorStartOptions {

    static final String DEFAULT_SCENARIO = "demo";

    private static final Logger LOG = Logger.getLogger(SimulatorStartOptions.class.getName());

    /**
     * A simulation ready to run, with the drill its scenario sets, if any.
     *
     * @param source what it was started from: a scenario's name or a file's name
     * @param now    the present the scenario was played to, where a drill starts
     */
    public record Start(Simulation simulation, String source, Optional<Drill> drill, Instant now) {
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Start from a built-in scenario (" + Scenario.BUILT_IN_NAMES + ") or from a scenario file "
                    + "(default: " + DEFAULT_SCENARIO + ").")
    String scenario;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Continue a simulator session saved from the Simulator page.")
    Path state;

    /** Held while this run uses the {@code --state} session, so that no other run uses it at the same time. */
    private Optional<StateFileLock> stateLock = Optional.empty();

    /**
     * Reads what the options name, so that a wrong name or a file with a mistake is refused before anything
     * starts; a scenario's history is played later, by {@link Chosen#play}, on a clock running in real time.
     */
    Chosen read() {
        if (scenario != null && state != null) {
            throw usage("--scenario and --state cannot be used together: a saved session already holds its history.");
        }
        try {
            if (state != null) {
                // Read first: a file that cannot be read is refused without leaving a lock file beside it.
                Simulation loaded = Simulation.load(state);
                stateLock = Optional.of(StateFileLock.tryTake(state)
                        .orElseThrow(() -> usage("--state: " + StateFileLock.inUse(state))));
                Start start = new Start(loaded, state.getFileName().toString(), Optional.empty(), loaded.now());
                return (seed, now) -> start;
            }
            Scenario chosen = scenario();
            return (seed, now) -> play(chosen, seed, now);
        } catch (IOException e) {
            throw refused(e);
        }
    }

    private Start play(Scenario chosen, long seed, Instant now) {
        try {
            VirtualClock clock = new VirtualClock(InstantSource.system(), now, 1);
            return new Start(Simulation.fromScenario(chosen, seed, now, Optional.empty(), clock), chosen.name(),
                    chosen.drill(), now);
        } catch (IOException e) {
            throw refused(e);
        }
    }

    /** A saved session, read, or a scenario, read and ready to be played. */
    interface Chosen {
        Start play(long seed, Instant now);
    }

    private ParameterException refused(IOException e) {
        return usage(Sentences.end(e.getMessage()) + " Correct the file, or choose another; nothing was started.");
    }

    /** Lets another run use the {@code --state} session. */
    void releaseState() {
        stateLock.ifPresent(lock -> {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot release the lock on " + state + "; it is released when the app ends.", e);
            }
        });
        stateLock = Optional.empty();
    }

    /** Whether either option was given. */
    boolean given() {
        return scenario != null || state != null;
    }

    private Scenario scenario() throws IOException {
        try {
            return Scenario.named(scenario == null ? DEFAULT_SCENARIO : scenario);
        } catch (IllegalArgumentException e) {
            throw usage("--scenario: " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }
}
