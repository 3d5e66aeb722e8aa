package org.backupconsole.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image built by {@code -Pdist}, run through its own launcher. There is no display here, so the
 * Monocle headless platform is patched into the image's javafx.graphics for the run.
 */
class PackagedAppIT {

    private static final Path IMAGE = Path.of(System.getProperty("app.image", "target/dist/backup-console"));
    private static final long MIB = 1L << 20;
    private static final String ADMIN_KEY = "CCDB1_packagedAppSmokeTest";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Path LAUNCHER = IMAGE.resolve("bin/backup-console");
    /** The launched app's log goes here, not into the state folder of whoever builds. */
    @TempDir
    static Path stateHome;

    @Test
    void theLauncherOpensTheBackupRecoveryPageWithItsBackupsAndLogs() throws Exception {
        Run run = launch(true, "--exit-when-ready", "--log-level", "debug");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().lines().anyMatch(line -> line.matches("ready at \\d+")), run.output());
        String log = Files.readString(stateHome.resolve("backup-console/backup-console.0.log"));
        assertTrue(log.contains("INFO org.backupconsole.app.LoggedExecution: Backup Console "), log);
        assertTrue(log.contains(": backup-console, log level DEBUG"), log);
    }

    /**
     * The ControlsFX and AtlantaFX controls in the linked image: a module the image lacks, a package a module does
     * not open, or a colour a stylesheet cannot resolve shows here, and not on the test class path.
     */
    @Test
    void theControlsWorkInTheImageWithoutAWarning() throws Exception {
        Run run = launch(true, "--self-check");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("self-check passed: SearchableComboBox, CheckComboBox, StatusBar, Message,"
                + " Breadcrumbs, Notifications, ValidationSupport"), run.output());
        String log = Files.readString(stateHome.resolve("backup-console/backup-console.0.log"));
        Pattern libraryWarning = Pattern.compile(" (WARNING|SEVERE) (javafx|org\\.controlsfx|atlantafx|org\\.backupconsole)");
        assertFalse(libraryWarning.matcher(log).find(), log);
        assertFalse(run.output().contains("Could not resolve"), run.output());
    }

    @Test
    void theLauncherPrintsItsVersionWithoutADisplay() throws Exception {
        Run run = launch(false, "--version");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().startsWith("Backup Console "), run.output());
    }

    @Test
    void theLauncherRefusesABadOptionWithStatusTwo() throws Exception {
        Run run = launch(false, "--seed", "soon");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("Invalid value for option '--seed'"), run.output());
    }

    @Test
    void theLauncherServesTheLocalCloudApi() throws Exception {
        ProcessBuilder serve = new ProcessBuilder(LAUNCHER.toString(), "serve", "--port", "0").redirectErrorStream(true);
        serve.environment().put("XDG_STATE_HOME", stateHome.toString());
        serve.environment().put("BACKUP_CONSOLE_ADMIN_KEY", ADMIN_KEY);
        Process server = serve.start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String address = null;
            String line;
            while (address == null && (line = output.readLine()) != null) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.matches()) {
                    address = listening.group(1);
                }
            }
            assertTrue(address != null, "serve never said where it listens");
            HttpURLConnection clusters = (HttpURLConnection) URI.create(address + "/api/v1/clusters").toURL().openConnection();
            clusters.setRequestProperty("Authorization", "Bearer " + ADMIN_KEY);
            clusters.setReadTimeout(20_000);
            assertEquals(200, clusters.getResponseCode());
            String body = new String(clusters.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(body.contains("\"name\":\"demo-basic\""), body);
            assertNothingShowsTheKey(server.pid());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(20, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }

    /**
     * Other users of the machine can read a process's command line and the JVM's performance-data file, which
     * holds it too: the launcher passes -XX:-UsePerfData, so the JVM it runs (in its own process) writes none.
     */
    private static void assertNothingShowsTheKey(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        assertTrue(Files.readString(proc.resolve("maps"), StandardCharsets.ISO_8859_1).contains("libjvm.so"),
                "the launcher runs the JVM in its own process");
        assertFalse(Files.readString(proc.resolve("cmdline"), StandardCharsets.ISO_8859_1).contains(ADMIN_KEY),
                "the key is not on the command line");
        Path perfData = Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + System.getProperty("user.name"),
                Long.toString(pid));
        assertFalse(Files.exists(perfData), perfData + " exists");
    }

    /**
     * The runtime and app stay under 70 MiB; the trained class-data-sharing archive, which buys a faster
     * start, may add up to 35 MiB more (docs/PERFORMANCE.md has both figures).
     */
    @Test
    void theImageStaysWithinItsSizeBudget() throws IOException {
        Path archive = IMAGE.resolve("lib/app/backup-console.jsa");
        long archiveBytes = Files.exists(archive) ? Files.size(archive) : 0;
        long bytes;
        try (var files = Files.walk(IMAGE)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(PackagedAppIT::size).sum();
        }
        System.out.printf("app image: %.1f MiB, of which the CDS archive %.1f MiB%n",
                (double) bytes / MIB, (double) archiveBytes / MIB);
        assertTrue(bytes - archiveBytes < 70 * MIB, "the image without its CDS archive is " + (bytes - archiveBytes) + " bytes");
        assertTrue(archiveBytes < 35 * MIB, "the CDS archive is " + archiveBytes + " bytes");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run launch(boolean headless, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_STATE_HOME", stateHome.toString());
        if (headless) {
            builder.environment().put("JAVA_TOOL_OPTIONS", "--patch-module=javafx.graphics="
                    + System.getProperty("monocle.jar")
                    + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw");
        }
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the packaged app did not finish within 90 s");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
