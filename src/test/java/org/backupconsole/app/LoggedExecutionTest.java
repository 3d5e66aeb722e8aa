package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;


/** Logging starts from the command line before the command runs, in a file named after the command. */
class LoggedExecutionTest {

    @RegisterExtension
    final TemporaryLogging logging = new TemporaryLogging();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine().setExecutionStrategy(new LoggedExecution(new UserFolders(logging.folder(), logging.folder(), logging.folder(), logging.folder())));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void serveLogsToItsOwnFileAtTheChosenLevelBeforeItChecksItsOptions() throws IOException {
        assertEquals(2, run("--log-level", "debug", "serve", "--port", "70000"));
        String log = logging.read(logging.folder().resolve("serve.0.log"));
        assertTrue(log.contains("INFO org.backupconsole.app.LoggedExecution: Backup Console " + BuildInfo.version()), log);
        assertTrue(log.contains(": serve, log level DEBUG"), log);
    }

    @Test
    void helpAndVersionWriteNoLog() throws IOException {
        assertEquals(0, run("--help"));
        assertEquals(0, run("serve", "--help"));
        assertEquals(0, run("--version"));
        try (var files = Files.list(logging.folder())) {
            assertFalse(files.findAny().isPresent(), "nothing written in " + logging.folder());
        }
    }
}
