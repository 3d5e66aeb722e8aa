package org.backupconsole.engine.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityJson;
import org.backupconsole.backend.BackendException;
import org.backupconsole.engine.NetworkConditions;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.Cast;
import org.backupconsole.engine.model.LoggedCommand;
import org.backupconsole.json.JsonPlace;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.JsonWords;

/**
 * The saved form of a simulation: the engine's rules version, seed and start, the log of the commands it ran,
 * and the clock. Loading replays the log on a fresh engine, which the engine's determinism turns into the same
 * state; a file written under other rules would replay into another history, so it is refused.
 */
public final class StateFile {

    /**
     * What a saved simulation holds: the engine with its history replayed, the clock, the cast, the network, and the
     * journal of the changes made on it from the app and the command line.
     */
    public record Saved(BackupEngine engine, VirtualClock clock, Cast cast, NetworkConditions network,
                        List<ActivityEntry> activity) {
    }

    /**
     * The file's layout. Format 2 added the rules version; format 1 files were written under rules version 1,
     * which this version no longer replays.
     */
    static final int FORMAT = 2;

    private StateFile() {
    }

    public static byte[] render(Saved saved) {
        BackupEngine engine = saved.engine();
        VirtualClock clock = saved.clock();
        ObjectNode root = DomainJson.NODES.objectNode();
        root.put("format", FORMAT);
        root.put("rules", BackupEngine.RULES_VERSION);
        root.put("organization", engine.reads().organizationName());
        root.put("seed", engine.seed());
        root.put("start", engine.start().toString());
        root.put("desktopUser", saved.cast().desktopUserId());
        root.put("adminAccount", saved.cast().adminAccountId());
        root.putObject("clock").put("now", engine.now().toString()).put("speed", clock.speed()).put("paused", clock.isPaused());
        if (!saved.network().isReliable()) {
            DomainJson.network(root, saved.network());
        }
        ArrayNode commands = root.putArray("commands");
        engine.log().forEach(logged -> commands.add(CommandJson.write(logged)));
        if (!saved.activity().isEmpty()) {
            ArrayNode activity = root.putArray("activity");
            saved.activity().forEach(entry -> activity.add(ActivityJson.write(entry)));
        }
        return JsonFiles.render(root);
    }

    public static Saved read(Path file) throws IOException {
        String name = file.toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SimulationFileException.unreadable(name, e);
        }
        JsonNode tree = JsonFiles.parse(name, content);
        try {
            return read(JsonIn.root(tree), tree.get("activity"));
        } catch (JsonRefusal e) {
            throw new SimulationFileException(name, e.place(), e.reason());
        }
    }

    private static Saved read(JsonIn root, JsonNode activity) {
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
                "network", "activity");
        NetworkConditions network = root.optional("network").map(DomainJson::network).orElse(NetworkConditions.RELIABLE);
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
        Cast cast = new Cast(member(root, engine, "desktopUser"), member(root, engine, "adminAccount"));
        return new Saved(engine, clock, cast, network, activity(activity));
    }

    /** The session's journal, older files having none; an entry that cannot be read refuses the file. */
    private static List<ActivityEntry> activity(JsonNode activity) {
        if (activity == null) {
            return List.of();
        }
        String place = JsonPlace.field(JsonPlace.ROOT, "activity");
        if (!activity.isArray()) {
            throw new JsonRefusal(place, "expected an array, found " + JsonWords.found(activity) + ".");
        }
        List<ActivityEntry> entries = new ArrayList<>(activity.size());
        for (int i = 0; i < activity.size(); i++) {
            entries.add(ActivityJson.read(activity.get(i), JsonPlace.index(place, i)));
        }
        return entries;
    }

    private static String member(JsonIn root, BackupEngine engine, String field) {
        String id = root.field(field).text();
        try {
            return engine.reads().principal(id).id();
        } catch (BackendException e) {
            throw root.field(field).invalid("no member with id " + id + " was added by the commands.");
        }
    }
}
