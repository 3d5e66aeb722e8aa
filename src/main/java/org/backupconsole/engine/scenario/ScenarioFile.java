package org.backupconsole.engine.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackendException;
import org.backupconsole.engine.NetworkConditions;
import org.backupconsole.engine.file.DomainJson;
import org.backupconsole.engine.file.JsonFiles;
import org.backupconsole.engine.file.JsonIn;
import org.backupconsole.engine.file.SimulationFileException;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.Cast;
import org.backupconsole.json.JsonRefusal;

/**
 * A named, reproducible starting state, as its file says it: an organization and a timeline of steps (create
 * clusters, add members, change settings, drop a database, restore, inject faults, see {@link ScenarioStep}) at
 * offsets from the start of its history, and perhaps a drill. Played on a fresh engine, it ends at the present with
 * that history behind it.
 *
 * <p>Built-in scenarios live in resources as {@code scenarios/NAME.json}; users can load their own file.
 */
public final class ScenarioFile {

    /**
     * The scenarios that ship with the simulator: the demo organization, an empty one, the drills, and a cluster
     * with a year of backups every 5 minutes.
     */
    public static final String BUILT_IN_NAMES = "demo, empty, dropped-database, retention-running-out, basic-upgrade, "
            + "deleted-cluster, missing-roles, target-not-empty, unreliable-network, large-cluster";
    public static final List<String> BUILT_IN = List.of(BUILT_IN_NAMES.split(", "));
    static final int FORMAT = 1;

    private record Timed(Duration at, String place, ScenarioStep step) {
    }

    /** A played scenario: the engine with its history, and the members it names for the app and the admin key. */
    public record Played(BackupEngine engine, Cast cast) {
    }

    private final String source;
    private final String name;
    private final String description;
    private final String organization;
    private final Duration history;
    private final List<Timed> timeline;
    private final Optional<DrillSection> drill;
    private final NetworkConditions network;

    private ScenarioFile(String source, String name, String description, String organization, Duration history,
                         List<Timed> timeline, Optional<DrillSection> drill, NetworkConditions network) {
        this.source = source;
        this.name = name;
        this.description = description;
        this.organization = organization;
        this.history = history;
        this.timeline = timeline;
        this.drill = drill;
        this.network = network;
    }

    public static ScenarioFile builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("No scenario is named \"" + name + "\"; the built-in ones are " + BUILT_IN
                    + ".");
        }
        String resource = "scenarios/" + name + ".json";
        try (InputStream in = ScenarioFile.class.getResourceAsStream(resource)) {
            return parse(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("The built-in scenario " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static ScenarioFile load(Path file) throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SimulationFileException.unreadable(file.toString(), e);
        }
        return parse(file.toString(), content);
    }

    static ScenarioFile parse(String source, byte[] content) throws SimulationFileException {
        JsonIn root = JsonIn.root(JsonFiles.parse(source, content));
        try {
            root.allowing("scenario", "name", "description", "organization", "history", "timeline", "drill", "network");
            int format = root.field("scenario").smallInteger();
            if (format != FORMAT) {
                throw root.field("scenario").invalid("this version reads scenario format " + FORMAT + ", not " + format
                        + ".");
            }
            Duration history = root.field("history").duration();
            List<Timed> timeline = new ArrayList<>();
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
                    timeline.add(new Timed(at, item.place(), ScenarioStep.read(item)));
                } catch (BackendException e) {
                    throw item.invalid(e.getMessage());
                }
            }
            Optional<DrillSection> drill = root.optional("drill").map(DrillSection::read);
            NetworkConditions network = root.optional("network").map(DomainJson::network)
                    .orElse(NetworkConditions.RELIABLE);
            return new ScenarioFile(source, DomainJson.name(root),
                    root.optional("description").map(JsonIn::text).orElse(""), root.field("organization").text(),
                    history, List.copyOf(timeline), drill, network);
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

    /** The exercise a training scenario sets; empty for the demo and other plain scenarios. */
    public Optional<DrillSection> drill() {
        return drill;
    }

    /** The network the scenario starts with: reliable unless it says otherwise. */
    public NetworkConditions network() {
        return network;
    }

    /** Plays the scenario on a fresh engine whose history ends at {@code now}. */
    public Played play(long seed, Instant now) throws SimulationFileException {
        BackupEngine engine = new BackupEngine(seed, now.minus(history), organization);
        ScenarioRun run = new ScenarioRun(engine);
        for (Timed timed : timeline) {
            engine.advanceTo(engine.start().plus(timed.at()));
            try {
                timed.step().apply(run);
            } catch (JsonRefusal e) {
                throw new SimulationFileException(source, e.place(), e.reason());
            } catch (BackendException e) {
                throw new SimulationFileException(source, timed.place(), e.getMessage());
            }
        }
        Cast cast = run.cast().orElseThrow(() -> new SimulationFileException(source, "$.timeline",
                "a scenario needs one member with \"desktopUser\": true and one service account with "
                        + "\"adminAccount\": true."));
        engine.advanceTo(now);
        return new Played(engine, cast);
    }
}
