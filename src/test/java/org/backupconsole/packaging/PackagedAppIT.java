package org.backupconsole.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The app image built by {@code -Pdist}, run through its own launcher. There is no display here, so the
 * Monocle headless platform is patched into the image's javafx.graphics for the run.
 */
class PackagedAppIT {

    private static final Path IMAGE = Path.of(System.getProperty("app.image", "target/dist/backup-console"));
    private static final long MIB = 1L << 20;
    private static final Path LAUNCHER = IMAGE.resolve("bin/backup-console");

    @Test
    void theLauncherOpensTheBackupRecoveryPageWithItsBackups() throws Exception {
        Run run = launch(true, "--exit-when-ready");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().lines().anyMatch(line -> line.matches("ready at \\d+")), run.output());
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
