package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


/** The log file: one line a record with its stack trace, the chosen level, rotation, and the console fallback. */
class AppLoggingTest {

    private static final Logger LOG = Logger.getLogger(AppLoggingTest.class.getName());

    @RegisterExtension
    final TemporaryLogging logging = new TemporaryLogging();

    @Test
    void aRecordIsOneLineWithTimeLevelLoggerAndMessageThenItsStackTrace() throws IOException {
        Path file = logging.start(LogLevel.INFO, "backup-console");
        LOG.log(Level.SEVERE, "the restore list could not be drawn", new IllegalStateException("no rows"));

        assertEquals(logging.folder().resolve("backup-console.0.log"), file);
        List<String> lines = logging.read(file).lines().toList();
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [+-]\\d{4} SEVERE "
                + "org\\.backupconsole\\.app\\.AppLoggingTest: the restore list could not be drawn"), lines.get(0));
        assertEquals("java.lang.IllegalStateException: no rows", lines.get(1));
        assertTrue(lines.get(2).startsWith("\tat org.backupconsole.app.AppLoggingTest."), lines.get(2));
    }

    @Test
    void theLevelDecidesWhatIsWritten() throws IOException {
        String log = logged(LogLevel.WARNING, () -> {
            LOG.info("an info record");
            LOG.warning("a warning record");
        });
        assertFalse(log.contains("an info record"), log);
        assertTrue(log.contains("a warning record"), log);

        assertTrue(logged(LogLevel.TRACE, () -> LOG.finest("a trace record"))
                .contains("FINEST org.backupconsole.app.AppLoggingTest: a trace record"));
    }

    @Test
    void librariesWriteNothingBelowInfoEvenAtTrace() throws IOException {
        Logger http2 = Logger.getLogger("okhttp3.internal.http2.Http2");
        String log = logged(LogLevel.TRACE, () -> {
            http2.fine(">> HEADERS authorization: Bearer CCDB1_secret");
            http2.info("an OkHttp notice");
        });
        assertFalse(log.contains("CCDB1_secret"), log);
        assertTrue(log.contains("an OkHttp notice"), log);
    }

    @Test
    void theFileRotatesAtOneMebibyteKeepingFiveFiles() throws IOException {
        Path current = logging.start(LogLevel.INFO, "backup-console");
        String line = "x".repeat(1000);
        for (int i = 0; i < 6 * 1100; i++) {
            LOG.info(line);
        }
        logging.read(current);
        List<Path> logs;
        try (Stream<Path> files = Files.list(logging.folder())) {
            logs = files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        assertEquals(List.of("backup-console.0.log", "backup-console.1.log", "backup-console.2.log",
                "backup-console.3.log", "backup-console.4.log"), logs.stream().map(f -> f.getFileName().toString()).toList());
        for (Path log : logs) {
            assertTrue(Files.size(log) <= AppLogging.FILE_LIMIT_BYTES + 2 * line.length(), log + ": " + Files.size(log));
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidOnceOnStandardErrorAndTheConsoleGetsTheLog() throws IOException {
        Path blocked = Files.writeString(logging.folder().resolve("not-a-folder"), "a file where the folder should be");
        PrintStream standardError = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Optional<Path> file;
        try {
            file = AppLogging.install(LogLevel.INFO, blocked.resolve("logs"), "backup-console");
            LOG.info("still logged");
            System.err.flush();
        } finally {
            System.setErr(standardError);
        }
        assertTrue(file.isEmpty());
        String console = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, console.split("Cannot keep a log file in " + blocked.resolve("logs"), -1).length - 1, console);
        assertTrue(console.contains("logging to the console only"), console);
        assertTrue(console.contains("INFO org.backupconsole.app.AppLoggingTest: still logged"), console);
    }

    /** What the log file holds after logging at the level. */
    private String logged(LogLevel level, Runnable records) throws IOException {
        Path file = logging.start(level, level.name());
        records.run();
        return logging.read(file);
    }
}
