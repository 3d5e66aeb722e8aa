package org.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.backupconsole.engine.StateFileLock;

/**
 * A script of several commands on {@code --backend sim --state FILE}: each command is a process of its own, and
 * the file carries one simulated organization from one to the next, as a runbook rehearsed on the simulator.
 */
class ScriptsOnTheSimulatorStateTest {

    @TempDir
    Path folder;

    @Test
    void aScriptEmptiesAClusterRestoresItAndFindsItsDatabasesBack() throws Exception {
        Path state = folder.resolve("rehearsal.json");
        CliProcess cli = new CliProcess(folder);

        JsonNode clusters = run(cli, state, "clusters", "list", "-o", "json").expect(0).json();
        assertTrue(Files.exists(state), "the first command wrote the state");
        assertEquals(8, clusters.size());
        run(cli, state, "databases", "drop", "--cluster", "demo-basic", "orders", "--confirm", "orders").expect(0);
        run(cli, state, "databases", "drop", "--cluster", "demo-basic", "payments", "--confirm", "payments").expect(0);
        assertEquals(0, run(cli, state, "databases", "list", "--cluster", "demo-basic", "-o", "json").expect(0)
                .json().size(), "the drops of earlier commands are kept");

        CliProcess.Run restored = run(cli, state, "restore", "create", "--cluster", "demo-basic", "--latest",
                "--confirm", "demo-basic", "--wait", "--clock-speed", "600", "-o", "json");
        assertEquals(0, restored.status(), restored.err());
        assertEquals("SUCCESS", restored.json().get("status").asText());
        assertTrue(restored.err().lines().anyMatch(line -> line.matches("Restore \\S+: Running, \\d+ % done\\.")),
                "one line per change when standard output is not a terminal: " + restored.err());

        JsonNode databases = run(cli, state, "databases", "list", "--cluster", "demo-basic", "-o", "json").expect(0).json();
        assertEquals(List.of("orders", "payments"), List.of(databases.get(0).get("name").asText(),
                databases.get(1).get("name").asText()));
        JsonNode restores = run(cli, state, "restore", "list", "--cluster", "demo-basic", "-o", "json").expect(0).json();
        String id = restored.json().get("id").asText();
        assertEquals(id, restores.get(0).get("id").asText());
        assertEquals("Succeeded", run(cli, state, "restore", "get", "--cluster", "demo-basic", id, "-o", "json")
                .expect(0).json().get("phase").asText());
        run(cli, state, "restore", "watch", "--cluster", "demo-basic", id).expect(0);

        List<String> newest = run(cli, state, "backups", "list", "--cluster", "demo-basic", "--limit", "1", "-o", "csv")
                .expect(0).out().lines().toList();
        assertEquals("id,cluster_id,as_of_time,type,status,expires_at,expiry_estimated", newest.get(0));
        assertEquals(2, newest.size());
        run(cli, state, "settings", "set", "--cluster", "demo-standard", "--frequency", "30").expect(0);
        assertEquals(30, run(cli, state, "settings", "get", "--cluster", "demo-standard", "-o", "json").expect(0)
                .json().get("frequency_minutes").asInt(), "the change of an earlier command is kept");
    }

    @Test
    void aDamagedStateFileIsAUsageErrorAndIsLeftAsItWas() throws Exception {
        Path state = Files.writeString(folder.resolve("damaged.json"), "{\"seed\": ");
        CliProcess.Run refused = run(new CliProcess(folder), state, "clusters", "list").expect(2);
        assertTrue(refused.err().startsWith("--state: "), refused.err());
        assertEquals("{\"seed\": ", Files.readString(state));
    }

    @Test
    void aWaitStoppedByCtrlCSaysTheJobGoesOnAndTheRestoreIsKept() throws Exception {
        Path state = folder.resolve("interrupted.json");
        CliProcess cli = new CliProcess(folder);
        CliProcess.Running waiting = cli.start("restore", "create", "--cluster", "sandbox-basic", "--source",
                "demo-basic", "--latest", "--confirm", "sandbox-basic", "--wait", "--state", state.toString());
        String id = waiting.awaitErr("Restore (\\S+) of demo-basic's backup into sandbox-basic started\\.");
        String said = waiting.stop();
        assertTrue(said.contains("Stopped watching restore " + id + "; the job goes on. Follow it with: backup-console "
                + "restore watch --cluster sandbox-basic " + id + " --state " + state), said);

        JsonNode restores = run(cli, state, "restore", "list", "--cluster", "sandbox-basic", "-o", "json").expect(0).json();
        assertEquals(1, restores.size(), "the restore was kept in the state file, once");
        assertEquals(id, restores.get(0).get("id").asText());
    }

    @Test
    void aStateFileInUseElsewhereIsRefusedAndLeftAlone() throws Exception {
        Path state = folder.resolve("shared.json");
        try (StateFileLock held = StateFileLock.tryTake(state).orElseThrow()) {
            CliProcess.Run refused = run(new CliProcess(folder), state, "clusters", "list").expect(2);
            assertEquals("--state: " + StateFileLock.inUse(state), refused.err().strip());
        }
        assertTrue(Files.notExists(state), "nothing was written");
    }

    private static CliProcess.Run run(CliProcess cli, Path state, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--backend", "sim", "--state", state.toString()));
        return cli.run(all.toArray(String[]::new));
    }
}
