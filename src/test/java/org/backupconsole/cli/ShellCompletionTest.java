package org.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The bash completion the build generates with picocli completes the scripting commands and their values. */
class ShellCompletionTest {

    private static final Path SCRIPT = Path.of("target", "backup-console.bash");

    @Test
    void itCompletesSubcommandsOptionsAndTheirValues() throws Exception {
        assertEquals("create", complete("backup-console", "restore", "cr"));
        assertEquals("--timeout", complete("backup-console", "restore", "watch", "--time"));
        assertEquals("CLUSTER DATABASE TABLE", complete("backup-console", "restore", "create", "--type", ""));
        assertEquals("TABLE JSON CSV", complete("backup-console", "clusters", "list", "-o", ""));
    }

    /** What bash offers for the last word, as it would at a Tab. */
    private static String complete(String... words) throws Exception {
        assumeTrue(Files.exists(SCRIPT), "the build generates " + SCRIPT + " before the tests");
        String line = String.join(" ", words);
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append('\'').append(word).append("' ");
        }
        String script = "source " + SCRIPT + "; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_backup-console 2>/dev/null;"
                + " echo \"${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        bash.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
