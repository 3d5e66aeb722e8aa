package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
        assertTrue(out.toString().contains("admin key: CCDB1_serveTest"), out.toString());
        try (LiveBackupService client = LiveBackupService.connect(ApiUrl.parse(listening.group(1)),
                SecretKey.of("CCDB1_serveTest"))) {
            assertEquals("Acme Logistics", client.organizationName());
            assertEquals(3, client.listClusters().size());
        }
        serving.interrupt();
        serving.join(TimeUnit.SECONDS.toMillis(5));
        assertFalse(serving.isAlive(), "serve returns once stopped");
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
