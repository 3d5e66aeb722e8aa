package org.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backupconsole.app.Main;

/**
 * The program run as a script runs it: a process of its own, standard input not a terminal, the secret key in
 * the environment, its standard output and error read whole.
 */
final class CliProcess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> environment = new HashMap<>();

    /** What one command did. */
    record Run(List<String> args, int status, String out, String err) {

        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }

        /** Asserts the status, and that a failure said so in one line without a stack trace. */
        Run expect(int expected) {
            assertEquals(expected, status, () -> args + " ended with " + status + "; out: " + out + "; err: " + err);
            if (expected != 0) {
                assertEquals(1, err.strip().lines().count(), () -> "one line on standard error: " + err);
                assertFalse(err.contains("\tat ") || err.contains("Exception"), () -> "no stack trace: " + err);
                assertTrue(err.strip().endsWith(".") || err.strip().contains("backup-console "),
                        () -> "sentences, or a command to run: " + err);
            }
            return this;
        }
    }

    private final Path logs;

    CliProcess(Path logs) {
        this.logs = logs;
        environment.put("XDG_STATE_HOME", logs.toString());
    }

    CliProcess with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    CliProcess without(String variable) {
        environment.remove(variable);
        return this;
    }

    /** A command still running, its output going to files. */
    record Running(Process process, Path out, Path err) {

        /** Waits until standard error has a line matching the pattern, and returns it. */
        String awaitErr(String regex) throws IOException, InterruptedException {
            Pattern pattern = Pattern.compile(regex);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                Matcher line = Files.readAllLines(err).stream().map(pattern::matcher).filter(Matcher::matches)
                        .findFirst().orElse(null);
                if (line != null) {
                    return line.group(line.groupCount() > 0 ? 1 : 0);
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the command ended first: " + read(err));
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no line matching " + regex + " in " + read(err));
        }

        /** Stops it as Ctrl-C does (SIGTERM runs the same shutdown hooks as SIGINT), and returns what it said. */
        String stop() throws IOException, InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the command stops");
            return read(err);
        }

        private static String read(Path file) throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    Running start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove(BackendOptions.KEY_VARIABLE);
        builder.environment().remove(BackendOptions.SERVER_VARIABLE);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return new Running(process, out, err);
    }

    Run run(String... args) throws IOException, InterruptedException {
        Running running = start(args);
        assertTrue(running.process().waitFor(120, TimeUnit.SECONDS), "the command ends");
        return new Run(List.of(args), running.process().exitValue(), Running.read(running.out()),
                Running.read(running.err()));
    }
}
