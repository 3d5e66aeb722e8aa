package org.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.backupconsole.app.Main;

/**
 * The runbook of the README's Scripting section runs as written, with bash, against {@code serve} started as the
 * README starts it (on a free port rather than 8080), with {@code backup-console} on the PATH.
 */
class ReadmeRunbookTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path folder;

    @Test
    void theRunbookRestoresDemoBasicIntoSandboxBasic() throws Exception {
        Path runbook = Files.writeString(folder.resolve("runbook.sh"), runbookOfTheReadme());
        Path bin = Files.createDirectory(folder.resolve("bin"));
        Path launcher = Files.writeString(bin.resolve("backup-console"), "#!/bin/sh\nexec '" + java() + "' -cp '"
                + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));

        Process serve = start(List.of(launcher.toString(), "serve", "--port", "0", "--clock-speed", "600"));
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String url = CompletableFuture.supplyAsync(() -> output.lines().map(LISTENING::matcher)
                    .filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElseThrow()).get(60, TimeUnit.SECONDS);

            ProcessBuilder bash = new ProcessBuilder("bash", runbook.toString()).directory(folder.toFile())
                    .redirectErrorStream(true);
            bash.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            bash.environment().put("COCKROACH_SERVER", url);
            bash.environment().remove(BackendOptions.KEY_VARIABLE);
            bash.environment().put("XDG_STATE_HOME", folder.resolve("logs").toString());
            Process run = bash.start();
            run.getOutputStream().close();
            String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(run.waitFor(5, TimeUnit.MINUTES));
            assertEquals(0, run.exitValue(), said);
            assertTrue(said.contains("Restore") && said.contains("into sandbox-basic succeeded after"), said);
            assertTrue(said.strip().endsWith("Name      Tables\norders    4\npayments  3"), said);
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process start(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_STATE_HOME", folder.resolve("logs").toString());
        return builder.start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String runbookOfTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```sh\n", readme.indexOf("### A runbook")) + 6;
        return readme.substring(start, readme.indexOf("```", start));
    }
}
