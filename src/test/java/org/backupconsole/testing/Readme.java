package org.backupconsole.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README at the root of the repository, where Maven runs the tests. */
public final class Readme {

    private static final Path FILE = Path.of("README.md");

    private Readme() {
    }

    /** The first fenced block after a heading or line; fails when the README has no such heading or line. */
    public static String blockAfter(String marker) throws IOException {
        String readme = Files.readString(FILE);
        int at = readme.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("README.md has no \"" + marker + "\"");
        }
        int start = readme.indexOf("```\n", at) + 4;
        return readme.substring(start, readme.indexOf("```", start));
    }
}
