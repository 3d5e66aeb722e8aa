package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.backupconsole.testing.Readme;

/**
 * The README shows the usage exactly as {@code --help} prints it, 80 columns wide, as the program does when its
 * output is not a terminal; {@code PackagedAppIT} compares it with the packaged launcher's own output too.
 */
class ReadmeUsageTest {

    @Test
    void theCommandLineSectionIsTheHelp() throws IOException {
        assertEquals(help("--help"), Readme.blockAfter("## Command line"));
    }

    @Test
    void theServeSectionIsServesHelp() throws IOException {
        assertEquals(help("serve", "--help"), Readme.blockAfter("`serve --help`:"));
    }

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine().setUsageHelpAutoWidth(false).setUsageHelpWidth(80);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.execute(args);
        return out.toString().replace(System.lineSeparator(), "\n");
    }

}
