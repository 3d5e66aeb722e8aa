package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.engine.Simulation;

import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;

/**
 * {@code serve} prints where it listens once it is ready, serves the API there, and stops when told; it takes
 * the admin key without showing it to other users, and says what is wrong with its address.
 */
class ServeCommandTest {

    private static final String KEY = "CCDB1_serveTest";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    @Test
    void servesTheDemoOrganizationUntilStoppedWithTheKeyFromAFile(@TempDir Path folder) throws Exception {
        try (Serving serving = Serving.start(folder);
             LiveBackupService client = serving.client()) {
            assertTrue(serving.out.toString().contains("admin key: read from " + folder.resolve("admin.key")),
                    serving.out.toString());
            assertFalse(serving.out.toString().contains(KEY), "a key the user gave is never echoed: " + serving.out);
            assertEquals("", serving.err.toString(), "nothing to warn about");
            assertEquals("Acme Logistics", client.organizationName());
            assertEquals(8, client.listClusters().size());
        }
    }

    @Test
    void theAdminKeyOnTheCommandLineStillWorksWithAWarning(@TempDir Path folder) throws Exception {
        try (Serving serving = Serving.start(folder, "--admin-key", KEY);
             LiveBackupService client = serving.client()) {
            assertEquals("Acme Logistics", client.organizationName());
            assertTrue(serving.err.toString().contains("warning: --admin-key shows the key to every user of this "
                    + "machine in the process list"), serving.err.toString());
            assertFalse(serving.out.toString().contains(KEY) || serving.err.toString().contains(KEY),
                    "the warning does not echo the key");
        }
    }

    @Test
    void aKeyFileThatIsMissingEmptyOrUnreadableIsAUsageErrorNamingIt(@TempDir Path folder) throws Exception {
        Path missing = folder.resolve("missing.key");
        Path empty = Files.writeString(folder.resolve("empty.key"), "  \n" + KEY);
        Path unreadable = Files.createDirectory(folder.resolve("a-folder.key"));
        for (Path file : List.of(missing, empty, unreadable)) {
            Refusal refusal = Refusal.of("serve", "--port", "0", "--admin-key-file", file.toString());
            assertEquals(2, refusal.status(), refusal.err());
            assertTrue(refusal.err().contains("--admin-key-file: ") && refusal.err().contains(file.toString()),
                    refusal.err());
        }
        Refusal both = Refusal.of("serve", "--admin-key-file", empty.toString(), "--admin-key", KEY);
        assertEquals(2, both.status(), both.err());
        assertTrue(both.err().contains("one way"), both.err());
    }

    @Test
    void aKeyFromAFileOrTheEnvironmentIsNotInTheProcessList(@TempDir Path folder) throws Exception {
        Path keyFile = Files.writeString(folder.resolve("admin.key"), KEY + "\n");
        assertKeyStaysOutOfTheProcess(folder, Map.of(), "--admin-key-file", keyFile.toString());
        assertKeyStaysOutOfTheProcess(folder, Map.of(AdminKeyOptions.ENVIRONMENT_VARIABLE, KEY));
    }

    @Test
    void listeningBeyondLoopbackWarnsThatTheKeysArePublic(@TempDir Path folder) throws Exception {
        try (Serving serving = Serving.start(folder, Pattern.compile("listening on (http://0\\.0\\.0\\.0:\\d+)"),
                "--bind", "0.0.0.0")) {
            assertTrue(serving.err.toString().contains("warning: serving on 0.0.0.0, beyond this machine. The "
                    + "simulator's keys are public"), serving.err.toString());
        }
    }

    @Test
    void aBindAddressNotOfThisMachineIsNamedAsTheMistake() {
        // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it, and nothing is sent to it.
        Refusal refusal = Refusal.of("serve", "--port", "0", "--bind", "192.0.2.1");
        assertEquals(2, refusal.status(), refusal.err());
        String reason = refusal.err().lines().findFirst().orElseThrow();
        assertTrue(reason.startsWith("--bind: '192.0.2.1' is not an address of this machine"), refusal.err());
        assertFalse(reason.contains("port"), "the port is not the problem: " + reason);
    }

    /**
     * Starts serve as a process of its own, as a user would, and reads what other users of the machine can:
     * its command line, and the JVM's performance-data file, which holds the command line too.
     */
    private static void assertKeyStaysOutOfTheProcess(Path folder, Map<String, String> environment,
                                                      String... options) throws Exception {
        Path proc = Path.of("/proc/self/cmdline");
        Assumptions.assumeTrue(Files.isReadable(proc), "needs /proc, as on Linux");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_STATE_HOME", folder.resolve("logs").toString());
        builder.environment().putAll(environment);
        Process serve = builder.start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String url = CompletableFuture.supplyAsync(() -> output.lines().map(LISTENING::matcher)
                    .filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElseThrow())
                    .get(60, TimeUnit.SECONDS);
            try (LiveBackupService client = LiveBackupService.connect(ApiUrl.parse(url), SecretKey.of(KEY))) {
                assertEquals("Acme Logistics", client.organizationName(), "serve took the key");
            }
            String cmdline = Files.readString(Path.of("/proc", Long.toString(serve.pid()), "cmdline"),
                    StandardCharsets.ISO_8859_1);
            assertTrue(cmdline.contains("serve"), "the command line of serve: " + cmdline);
            assertFalse(cmdline.contains(KEY), cmdline.replace('\0', ' '));
            Path perfData = Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + System.getProperty("user.name"),
                    Long.toString(serve.pid()));
            if (Files.exists(perfData)) {
                assertFalse(Files.readString(perfData, StandardCharsets.ISO_8859_1).contains(KEY), perfData.toString());
            }
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }

    @Test
    void aStateFileCarriesTheSimulationAcrossRestarts(@TempDir Path folder) throws Exception {
        Path state = folder.resolve("sim.json");
        String restoreId;
        String clusterId;
        try (Serving first = Serving.start(folder, "--state", state.toString())) {
            try (LiveBackupService client = first.client()) {
                Cluster sandbox = client.listClusters().stream().filter(c -> c.name().equals("sandbox-basic"))
                        .findFirst().orElseThrow();
                clusterId = sandbox.id();
                restoreId = client.createRestore(new RestoreRequest(clusterId, RestoreType.CLUSTER, Optional.empty(),
                        Optional.empty(), List.of(), RestoreOptions.NONE)).id();
            }
        }
        assertTrue(Files.size(state) > 0);
        try (Serving second = Serving.start(folder, "--state", state.toString())) {
            assertTrue(second.out.toString().contains("(resumed from " + state + ")"), second.out.toString());
            try (LiveBackupService client = second.client()) {
                assertEquals(restoreId, client.getRestore(clusterId, restoreId).id());
            }
        }
    }

    @Test
    void aChangeIsInTheStateFileBeforeItsAnswerComes(@TempDir Path folder) throws Exception {
        Path state = folder.resolve("sim.json");
        try (Serving serving = Serving.start(folder, "--state", state.toString());
             LiveBackupService client = serving.client()) {
            Cluster sandbox = client.listClusters().stream().filter(c -> c.name().equals("sandbox-basic"))
                    .findFirst().orElseThrow();
            String restoreId = client.createRestore(new RestoreRequest(sandbox.id(), RestoreType.CLUSTER,
                    Optional.empty(), Optional.empty(), List.of(), RestoreOptions.NONE)).id();

            // Read while the server still runs, as after a crash: nothing waits for a clean stop.
            Simulation saved = Simulation.load(state, Optional.of(KEY));
            assertEquals(restoreId, saved.serviceFor(saved.desktopUser()).getRestore(sandbox.id(), restoreId).id());
        }
    }

    /** serve running on a thread of its own, with the admin key in a file, stopped as Ctrl-C would stop it. */
    private record Serving(Thread thread, StringWriter out, StringWriter err, String url) implements AutoCloseable {

        static Serving start(Path folder, String... options) throws Exception {
            return start(folder, LISTENING, options);
        }

        static Serving start(Path folder, Pattern listening, String... options) throws Exception {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
            if (!List.of(options).contains("--admin-key")) {
                Path keyFile = folder.resolve("admin.key");
                Files.writeString(keyFile, KEY + "\n");
                args.addAll(List.of("--admin-key-file", keyFile.toString()));
            }
            args.addAll(List.of(options));
            Thread thread = new Thread(() -> commandLine.execute(args.toArray(String[]::new)));
            thread.start();
            return new Serving(thread, out, err, waitForLine(out, listening).group(1));
        }

        LiveBackupService client() {
            return LiveBackupService.connect(ApiUrl.parse(url), SecretKey.of(KEY));
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
            assertFalse(thread.isAlive(), "serve returns once stopped");
        }
    }

    /** serve refusing its options: the status and what it said on standard error. */
    private record Refusal(int status, String err) {

        static Refusal of(String... args) {
            StringWriter err = new StringWriter();
            CommandLine commandLine = Main.commandLine();
            commandLine.setErr(new PrintWriter(err, true));
            return new Refusal(commandLine.execute(args), err.toString());
        }
    }

    private static Matcher waitForLine(StringWriter out, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher matcher = pattern.matcher(out.toString());
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve never said where it listens: " + out);
    }
}
