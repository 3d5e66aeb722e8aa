package org.backupconsole.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.AutoComplete;

/**
 * Writes the bash and zsh completion of the whole command line to the file given; the build runs it for the
 * installers. picocli's own generator cannot: it sees the commands only of an annotated class, and the commands
 * are added in code ({@link Main#commandLine()}).
 */
public final class ShellCompletion {

    private ShellCompletion() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShellCompletion FILE");
        }
        Files.writeString(Path.of(args[0]), AutoComplete.bash("backup-console", Main.commandLine()));
    }
}
