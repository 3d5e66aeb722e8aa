package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README shows the usage exactly as {@code --help} prints it, 80 columns wide. */
class ReadmeUsageTest {

    private static final Path README = Path.of("README.md");

    @Test
    void theCommandLineSectionIsTheHelp() throws IOException {
        assertEquals(help("--help"), blockAfter("## Command line"));
    }

    @Test
    void theServeSectionIsServesHelp() throws IOException {
        assertEquals(help("serve", "--help"), blockAfter("`serve --help`:"));
    }

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine().setUsageHelpAutoWidth(false).setUsageHelpWidth(80);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.execute(args);
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /** The first fenced block after the heading or line. */
    private static String blockAfter(String marker) throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("```\n", readme.indexOf(marker)) + 4;
        return readme.substring(start, readme.indexOf("```", start));
    }
}
