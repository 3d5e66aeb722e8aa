package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** {@code serve} prints where it listens once it is ready, serves the API there, and stops when told. */
class ServeCommandTest {

    @Test
    void servesTheDemoOrganizationUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        Thread serving = new Thread(() -> commandLine.execute("serve", "--port", "0", "--admin-key", "CCDB1_serveTest"));
        serving.start();

        Matcher listening = waitForLine(out, Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        assertFalse(out.toString().contains("CCDB1_serveTest"), "a key the user gave is never echoed: " + out);
        try (LiveBackupService client = LiveBackupService.connect(ApiUrl.parse(listening.group(1)),
                SecretKey.of("CCDB1_serveTest"))) {
            assertEquals("Acme Logistics", client.organizationName());
            assertEquals(8, client.listClusters().size());
        }
        serving.interrupt();
        serving.join(TimeUnit.SECONDS.toMillis(5));
        assertFalse(serving.isAlive(), "serve returns once stopped");
    }

    @Test
    void aStateFileCarriesTheSimulationAcrossRestarts(@TempDir Path folder) throws Exception {
        Path state = folder.resolve("sim.json");
        String restoreId;
        String clusterId;
        try (Serving first = Serving.start("--state", state.toString())) {
            try (LiveBackupService client = first.client()) {
                Cluster sandbox = client.listClusters().stream().filter(c -> c.name().equals("sandbox-basic"))
                        .findFirst().orElseThrow();
                clusterId = sandbox.id();
                restoreId = client.createRestore(new RestoreRequest(clusterId, RestoreType.CLUSTER, Optional.empty(),
                        Optional.empty(), List.of(), RestoreOptions.NONE)).id();
            }
        }
        assertTrue(Files.size(state) > 0);
        try (Serving second = Serving.start("--state", state.toString())) {
            assertTrue(second.out.toString().contains("(resumed from " + state + ")"), second.out.toString());
            try (LiveBackupService client = second.client()) {
                assertEquals(restoreId, client.getRestore(clusterId, restoreId).id());
            }
        }
    }

    @Test
    void aChangeIsInTheStateFileBeforeItsAnswerComes(@TempDir Path folder) throws Exception {
        Path state = folder.resolve("sim.json");
        try (Serving serving = Serving.start("--state", state.toString());
             LiveBackupService client = serving.client()) {
            Cluster sandbox = client.listClusters().stream().filter(c -> c.name().equals("sandbox-basic"))
                    .findFirst().orElseThrow();
            String restoreId = client.createRestore(new RestoreRequest(sandbox.id(), RestoreType.CLUSTER,
                    Optional.empty(), Optional.empty(), List.of(), RestoreOptions.NONE)).id();

            // Read while the server still runs, as after a crash: nothing waits for a clean stop.
            Simulation saved = Simulation.load(state, Optional.of("CCDB1_serveTest"));
            assertEquals(restoreId, saved.serviceFor(saved.desktopUser()).getRestore(sandbox.id(), restoreId).id());
        }
    }

    /** serve running on a thread of its own, stopped as Ctrl-C would stop it. */
    private record Serving(Thread thread, StringWriter out, String url) implements AutoCloseable {

        static Serving start(String... options) throws InterruptedException {
            StringWriter out = new StringWriter();
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            List<String> args = new java.util.ArrayList<>(List.of("serve", "--port", "0", "--admin-key", "CCDB1_serveTest"));
            args.addAll(List.of(options));
            Thread thread = new Thread(() -> commandLine.execute(args.toArray(String[]::new)));
            thread.start();
            return new Serving(thread, out, waitForLine(out, Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)")).group(1));
        }

        LiveBackupService client() {
            return LiveBackupService.connect(ApiUrl.parse(url), SecretKey.of("CCDB1_serveTest"));
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
            assertFalse(thread.isAlive(), "serve returns once stopped");
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
