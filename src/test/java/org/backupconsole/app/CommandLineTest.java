package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.backupconsole.cli.BackendChoice;

/** The command line refuses bad input with a reason and the usage, and status 2, before any window opens. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLineFor(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theToolkitStartsEarlyOnlyForTheWindow() {
        assertTrue(Main.opensTheWindow(new String[0]));
        assertTrue(Main.opensTheWindow(new String[] {"--scenario", "demo", "--seed", "7", "--exit-when-ready"}));
        assertFalse(Main.opensTheWindow(new String[] {"clusters", "list"}));
        assertFalse(Main.opensTheWindow(new String[] {"--log-level", "debug", "serve", "--port", "0"}));
        assertFalse(Main.opensTheWindow(new String[] {"--help"}));
        assertFalse(Main.opensTheWindow(new String[] {"-V"}));
    }

    @Test
    void theWindowsOptionsAreReadWithoutBuildingEveryCommandWhileAMistypedCommandIsAnsweredAsEver() {
        assertTrue(Main.commandLineFor(new String[] {"--backend", "sim", "--seed", "7", "--exit-when-ready"})
                .getSubcommands().isEmpty());
        assertEquals(Main.COMMANDS.size(), Main.commandLineFor(new String[] {"--help"}).getSubcommands().size());

        assertEquals(2, run("clusterz"));
        assertTrue(err.toString().contains("Did you mean: backup-console clusters"), err.toString());
    }

    @Test
    void theCommandsTakeChoicesInAnyCaseAndTheInheritedOptions() {
        CommandLine.ParseResult parsed = Main.commandLine()
                .parseArgs("clusters", "list", "--backend", "sim", "--log-level", "debug", "-o", "json");
        assertEquals(List.of("backup-console", "clusters", "list"),
                parsed.asCommandLineList().stream().map(CommandLine::getCommandName).toList());
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertEquals(2, run("--colour", "blue"));
        assertTrue(err.toString().startsWith("Unknown options: '--colour', 'blue'"), err.toString());
        assertTrue(err.toString().contains("Usage: backup-console"), err.toString());
    }

    @Test
    void aBadSeedIsRefusedWithTheReason() {
        assertEquals(2, run("--seed", "tomorrow"));
        assertTrue(err.toString().contains("Invalid value for option '--seed': 'tomorrow' is not a long"), err.toString());
    }

    @Test
    void anUnknownBackendNamesTheChoices() {
        assertEquals(2, run("--backend", "cloud"));
        assertTrue(err.toString().contains("expected one of [SIM, LIVE, LOCAL] (case-insensitive) but was 'cloud'"), err.toString());
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--seed=N"), out.toString());
        assertTrue(out.toString().contains("--backend=KIND"), out.toString());
    }

    @Test
    void versionNamesTheProgramAndItsVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Backup Console " + BuildInfo.version()), out.toString());
        assertTrue(BuildInfo.version().matches("\\d+\\.\\d+\\.\\d+.*"), BuildInfo.version());
    }

    @Test
    void defaultsAreTheSimulatorWithSeedOne() {
        CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs();
        LaunchOptions options = commandLine.getCommand();
        assertEquals(BackendChoice.SIM, options.backend());
        assertEquals(1, options.seed());
    }

    @Test
    void theLogLevelIsInfoUnlessChosenInAnyCase() {
        CommandLine defaults = Main.commandLine();
        defaults.parseArgs();
        assertEquals(LogLevel.INFO, defaults.<LaunchOptions>getCommand().logLevel());

        CommandLine chosen = Main.commandLine();
        chosen.parseArgs("--log-level=Debug");
        assertEquals(LogLevel.DEBUG, chosen.<LaunchOptions>getCommand().logLevel());
    }

    @Test
    void serveTakesTheLogLevelToo() {
        CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs("serve", "--log-level", "trace");
        assertEquals(LogLevel.TRACE, commandLine.<LaunchOptions>getCommand().logLevel());
    }

    @Test
    void anUnknownLogLevelIsRefusedWithTheChoicesAndTheUsage() {
        assertEquals(2, run("--log-level", "loud"));
        assertTrue(err.toString().startsWith("Invalid value for option '--log-level': expected one of "
                + "[ERROR, WARNING, INFO, DEBUG, TRACE] (case-insensitive) but was 'loud'"), err.toString());
        assertTrue(err.toString().contains("Usage: backup-console"), err.toString());
    }

    @Test
    void helpNamesTheLogLevels() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--log-level=LEVEL      How much the log file records: ERROR, WARNING,"),
                out.toString());
    }

    @Test
    void plainHttpToARemoteApiIsRefusedSayingWhy() {
        assertEquals(2, run("--backend", "live", "--api-url", "http://api.example.com"));
        assertTrue(err.toString().contains("Invalid value for option '--api-url': Refusing plain http:// to "
                + "api.example.com: the secret key would cross the network unencrypted."), err.toString());
    }

    @Test
    void anApiUrlWithoutTheLiveBackendIsRefused() {
        assertEquals(2, run("--api-url", "https://cockroachlabs.cloud"));
        assertTrue(err.toString().contains("--api-url applies only to --backend live."), err.toString());
    }

    @Test
    void theLiveBackendTakesAnApiUrl() {
        CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs("--backend", "live", "--api-url", "http://127.0.0.1:8080");
        LaunchOptions options = commandLine.getCommand();
        assertEquals(BackendChoice.LIVE, options.backend());
        assertEquals("http://127.0.0.1:8080/", options.apiUrl().orElseThrow().toString());
    }

    @Test
    void serveRefusesBadOptionsBeforeListening() {
        assertEquals(2, run("serve", "--port", "70000"));
        assertTrue(err.toString().contains("--port must be from 0 to 65535, was 70000."), err.toString());
        assertEquals(2, run("serve", "--port", "0", "--scenario", "galaxy"));
        assertTrue(err.toString().contains("--scenario: 'galaxy' is neither a built-in scenario (demo, empty, "),
                err.toString());
        assertEquals(2, run("serve", "--port", "0", "--clock-speed", "-2"));
        assertTrue(err.toString().contains("--clock-speed must be a speed above 0 and at most 86400 (a day per second), "
                + "was -2.0."), err.toString());
        assertEquals(2, run("serve", "--port", "0", "--admin-key", "has space"));
        assertTrue(err.toString().contains("the admin key (the one given with --admin-key) must be printable ASCII"),
                err.toString());
    }

    @Test
    void serveHelpListsItsOptions() {
        assertEquals(0, run("serve", "--help"));
        for (String option : new String[] {"--port", "--bind", "--seed", "--scenario", "--admin-key-file", "--admin-key",
            "--clock-speed"}) {
            assertTrue(out.toString().contains(option), option + " in " + out);
        }
    }

    @Test
    void aScenarioFileWithAnErrorIsRefusedWithTheFileThePlaceAndTheReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("broken.json"),
                "{\"scenario\": 1, \"name\": \"x\", \"organization\": \"X\", \"history\": \"soon\", \"timeline\": []}");
        assertEquals(2, run("--scenario", bad.toString()));
        assertTrue(err.toString().startsWith(bad + ", at $.history: "), err.toString());
        assertTrue(err.toString().contains("Correct the file, or choose another; nothing was started."), err.toString());
        assertTrue(err.toString().contains("Usage: backup-console"), err.toString());
    }

    @Test
    void aScenarioFileWithAKeyTwiceOrTextAfterItIsRefusedWithStatus2AndLeftAsItWas(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String scenario = "{\"scenario\": 1, \"name\": \"x\", \"organization\": \"X\", \"history\": \"P1D\", "
                + "\"timeline\": []}";
        java.nio.file.Path twice = java.nio.file.Files.writeString(dir.resolve("twice.json"),
                scenario.replace("\"name\": \"x\"", "\"name\": \"x\", \"name\": \"y\""));
        assertEquals(2, run("--scenario", twice.toString()));
        assertTrue(err.toString().startsWith(twice + ", at $.name: the key \"name\" is given twice; give it once. "
                + "Correct the file, or choose another; nothing was started."), err.toString());

        java.nio.file.Path trailing = java.nio.file.Files.writeString(dir.resolve("trailing.json"), scenario + " x");
        byte[] before = java.nio.file.Files.readAllBytes(trailing);
        err.getBuffer().setLength(0);
        assertEquals(2, run("serve", "--port", "0", "--scenario", trailing.toString()));
        assertTrue(err.toString().startsWith("--scenario: " + trailing + ", at line 1, column 85: there is more after the "
                + "end of the JSON value. The built-in scenarios are ["), err.toString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(trailing));
    }

    @Test
    void aDamagedStateFileIsRefusedWithStatus2InSentencesAndLeftAsItWas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path empty = java.nio.file.Files.writeString(dir.resolve("empty.json"), "");
        assertEquals(2, run("serve", "--port", "0", "--state", empty.toString()));
        assertTrue(err.toString().startsWith("--state: " + empty + ", at line 1: the file is empty. Fix the file, or move it "
                + "away to start afresh; it was left unchanged."), err.toString());
        assertEquals(0, java.nio.file.Files.size(empty));
    }

    @Test
    void aStateFileSavedUnderOtherRulesIsRefusedWithStatus2AndLeftAsItWas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // The layout of the files saved before the rules version was recorded: format 1, no "rules".
        java.nio.file.Path old = java.nio.file.Files.writeString(dir.resolve("old.json"), "{\"format\": 1, \"organization\": "
                + "\"Acme\", \"seed\": 1, \"start\": \"2026-01-01T00:00:00Z\", \"commands\": []}");
        byte[] before = java.nio.file.Files.readAllBytes(old);
        assertEquals(2, run("serve", "--port", "0", "--state", old.toString()));
        assertTrue(err.toString().startsWith("--state: " + old + ", at $.format: the file was saved before the simulator "
                + "recorded its rules version, and its history would replay differently now"), err.toString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(old));
    }

    @Test
    void anUnknownScenarioNamesTheBuiltInOnes() {
        assertEquals(2, run("--scenario", "fire-drill"));
        assertTrue(err.toString().contains("--scenario: 'fire-drill' is neither a built-in scenario (demo, empty, "
                + "dropped-database"), err.toString());
    }

    @Test
    void aScenarioAndASavedStateTogetherAreRefused() {
        assertEquals(2, run("--scenario", "demo", "--state", "session.json"));
        assertTrue(err.toString().startsWith("--scenario and --state cannot be used together"), err.toString());
    }

    @Test
    void aMissingStateFileIsRefusedAndLeavesNothingBehind(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path missing = dir.resolve("no-such-session.json");
        assertEquals(2, run("--state", missing.toString()));
        assertTrue(err.toString().startsWith(missing + ", at the start: cannot be read"), err.toString());
        assertTrue(dir.toFile().list().length == 0, "nothing is written beside a file that cannot be read");
    }
}
