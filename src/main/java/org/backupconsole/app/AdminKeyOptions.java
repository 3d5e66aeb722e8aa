package org.backupconsole.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where {@code serve} takes the admin key from, kept off the command line, where every user of the machine can
 * read it (ps, /proc/PID/cmdline): a file, or an environment variable. {@code --admin-key} still works, with a
 * warning.
 */
final class AdminKeyOptions {

    static final String ENVIRONMENT_VARIABLE = "BACKUP_CONSOLE_ADMIN_KEY";

    /** A key the user gave, and where it came from, to say so without showing it. */
    record GivenKey(String value, String source) {
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--admin-key-file", paramLabel = "FILE",
            description = "Read the secret key of the organization's admin service account from the first line of "
                    + "this file. Without it the key is taken from the environment variable " + ENVIRONMENT_VARIABLE
                    + ", or else generated and printed.")
    Path file;

    @Option(names = "--admin-key", paramLabel = "KEY",
            description = "The admin key itself; other users of this machine can read it in the process list, so "
                    + "prefer --admin-key-file.")
    String onCommandLine;

    /** The key the user gave, or empty for a generated one; warns when it came on the command line. */
    Optional<GivenKey> key(PrintWriter err) {
        if (file != null && onCommandLine != null) {
            throw usage("give the admin key one way: --admin-key-file or --admin-key, not both.");
        }
        Optional<GivenKey> given;
        if (file != null) {
            given = Optional.of(new GivenKey(firstLine(), "read from " + file));
        } else if (onCommandLine != null) {
            err.println("warning: --admin-key shows the key to every user of this machine in the process list "
                    + "(ps, /proc/PID/cmdline); pass it with --admin-key-file FILE or the " + ENVIRONMENT_VARIABLE
                    + " environment variable instead.");
            err.flush();
            given = Optional.of(new GivenKey(onCommandLine, "the one given with --admin-key"));
        } else {
            given = Optional.ofNullable(System.getenv(ENVIRONMENT_VARIABLE)).map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .map(value -> new GivenKey(value, "from the environment variable " + ENVIRONMENT_VARIABLE));
        }
        given.ifPresent(key -> {
            if (key.value().isEmpty() || key.value().chars().anyMatch(c -> c <= ' ' || c > '~')) {
                throw usage("the admin key (" + key.source() + ") must be printable ASCII without spaces, as it "
                        + "travels in an HTTP header.");
            }
        });
        return given;
    }

    private String firstLine() {
        String line;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            line = reader.readLine();
        } catch (NoSuchFileException e) {
            throw usage("--admin-key-file: " + file + " does not exist.");
        } catch (IOException e) {
            throw usage("--admin-key-file: cannot read " + file + " (" + e.getMessage() + ").");
        }
        if (line == null || line.isBlank()) {
            throw usage("--admin-key-file: " + file + " is empty; its first line must hold the key.");
        }
        return line.strip();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
