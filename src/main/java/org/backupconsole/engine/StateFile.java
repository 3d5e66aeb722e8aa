package org.backupconsole.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backupconsole.backend.BackendException;
import org.backupconsole.json.JsonPlace;
import org.backupconsole.json.JsonRefusal;

/**
 * The saved form of a simulation: the engine's rules version, seed and start, the log of the commands it ran,
 * and the clock. Loading replays the log on a fresh engine, which the engine's determinism turns into the same
 * state; a file written under other rules would replay into another history, so it is refused.
 */
final class StateFile {

    /**
     * The file's layout. Format 2 added the rules version; format 1 files were written under rules version 1,
     * which this version no longer replays.
     */
    static final int FORMAT = 2;

    private StateFile() {
    }

    static byte[] render(Simulation simulation) {
        BackupEngine engine = simulation.engine();
        VirtualClock clock = simulation.clock();
        ObjectNode root = DomainJson.NODES.objectNode();
        root.put("format", FORMAT);
        root.put("rules", BackupEngine.RULES_VERSION);
        root.put("organization", engine.organizationName());
        root.put("seed", engine.seed());
        root.put("start", engine.start().toString());
        root.put("desktopUser", simulation.cast().desktopUserId());
        root.put("adminAccount", simulation.cast().adminAccountId());
        root.putObject("clock").put("now", engine.now().toString()).put("speed", clock.speed()).put("paused", clock.isPaused());
        NetworkConditions network = simulation.network();
        if (!network.isReliable()) {
            root.putObject("network").put("latencyMillis", network.latency().toMillis()).put("errorRate", network.errorRate());
        }
        ArrayNode commands = root.putArray("commands");
        engine.log().forEach(logged -> commands.add(CommandJson.write(logged)));
        return JsonFiles.render(root);
    }

    static Simulation read(Path file, Optional<String> adminKey) throws IOException {
        String name = file.toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SimulationFileException.unreadable(name, e);
        }
        JsonIn root = JsonIn.root(JsonFiles.parse(name, content));
        try {
            return read(root, adminKey);
        } catch (JsonRefusal e) {
            throw new SimulationFileException(name, e.place(), e.reason());
        }
    }

    private static Simulation read(JsonIn root, Optional<String> adminKey) {
        int format = root.field("format").smallInteger();
        if (format > FORMAT) {
            throw root.field("format").invalid("the file was written by a newer version (format " + format
                    + "); this version reads format " + FORMAT + ". Update Backup Console to open it.");
        }
        if (format < 1) {
            throw root.field("format").expected("a format of at least 1");
        }
        if (format == 1) {
            throw root.field("format").invalid("the file was saved before the simulator recorded its rules version, "
                    + "and its history would replay differently now (other ids, backup regions and times), so it is not "
                    + "opened. Open it with the version of Backup Console that saved it, or start a new session from a "
                    + "scenario.");
        }
        JsonIn rules = root.optional("rules").orElseThrow(() -> new JsonRefusal(JsonPlace.field(root.place(), "rules"),
                "a required field is missing: without the simulator's rules version, the history cannot be known to "
                + "replay as it was saved. Start a new session from a scenario instead."));
        int rulesVersion = rules.smallInteger();
        if (rulesVersion != BackupEngine.RULES_VERSION) {
            throw rules.invalid("the history was made under the simulator's rules version " + rulesVersion
                    + ", and this version of Backup Console replays rules version " + BackupEngine.RULES_VERSION
                    + ", so it would come out differently. Open it with the version of Backup Console that saved it, "
                    + "or start a new session from a scenario.");
        }
        root.allowing("format", "rules", "organization", "seed", "start", "desktopUser", "adminAccount", "clock", "commands",
                "network");
        NetworkConditions network = root.optional("network").map(Scenario::network).orElse(NetworkConditions.RELIABLE);
        BackupEngine engine = new BackupEngine(root.field("seed").integer(), root.field("start").instant(),
                root.field("organization").text());
        List<JsonIn> commands = root.field("commands").items();
        for (JsonIn item : commands) {
            LoggedCommand logged;
            try {
                logged = CommandJson.read(item);
            } catch (BackendException e) {
                throw item.invalid(e.getMessage());
            }
            if (logged.at().isBefore(engine.now())) {
                throw item.field("at").invalid("commands must be in time order; this one is before " + engine.now() + ".");
            }
            engine.advanceTo(logged.at());
            try {
                engine.run(logged.command());
            } catch (BackendException e) {
                throw item.invalid("the command cannot be replayed: " + e.getMessage());
            }
        }
        JsonIn clockIn = root.field("clock").allowing("now", "speed", "paused");
        Instant now = clockIn.field("now").instant();
        if (now.isBefore(engine.now())) {
            throw clockIn.field("now").invalid("the clock stands before the last command (" + engine.now() + ").");
        }
        engine.advanceTo(now);
        double speed = clockIn.field("speed").number();
        if (!VirtualClock.isSpeed(speed)) {
            throw clockIn.field("speed").expected(VirtualClock.SPEEDS);
        }
        VirtualClock clock = new VirtualClock(InstantSource.system(), now, speed, clockIn.field("paused").bool());
        Scenario.Cast cast = new Scenario.Cast(member(root, engine, "desktopUser"), member(root, engine, "adminAccount"));
        Simulation simulation = new Simulation(engine, clock, cast, adminKey);
        simulation.setNetwork(network);
        return simulation;
    }

    private static String member(JsonIn root, BackupEngine engine, String field) {
        String id = root.field(field).text();
        try {
            return engine.principal(id).id();
        } catch (BackendException e) {
            throw root.field(field).invalid("no member with id " + id + " was added by the commands.");
        }
    }
}
