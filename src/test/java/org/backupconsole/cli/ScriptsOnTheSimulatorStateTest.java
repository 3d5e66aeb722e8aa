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
        assertEquals(restored.json().get("id"), restores.get(0).get("id"));
    }

    @Test
    void aDamagedStateFileIsAUsageErrorAndIsLeftAsItWas() throws Exception {
        Path state = Files.writeString(folder.resolve("damaged.json"), "{\"seed\": ");
        CliProcess.Run refused = run(new CliProcess(folder), state, "clusters", "list").expect(2);
        assertTrue(refused.err().startsWith("--state: "), refused.err());
        assertEquals("{\"seed\": ", Files.readString(state));
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
