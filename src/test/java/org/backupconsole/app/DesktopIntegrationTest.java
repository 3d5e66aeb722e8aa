package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The desktop finds the running window under the app's entry, and the window has an icon at every size. */
class DesktopIntegrationTest {

    @Test
    void theDesktopEntryNamesTheWindowClassThatTheLaunchedApplicationGivesTheWindow() throws Exception {
        List<String> entry = Files.readAllLines(Path.of("jlink/resources/backup-console.desktop"));
        assertEquals(List.of("StartupWMClass=" + BackupConsole.class.getName()),
                entry.stream().filter(line -> line.startsWith("StartupWMClass=")).toList());
    }

    @Test
    void theWindowIconsAreTheSizesTheyAreNamedFor() throws Exception {
        for (int size : List.of(16, 32, 48, 64, 128, 256, 512)) {
            try (InputStream png = DesktopApp.class.getResourceAsStream("icon-" + size + ".png")) {
                assertNotNull(png, "icon-" + size + ".png");
                BufferedImage image = ImageIO.read(png);
                assertEquals(List.of(size, size), List.of(image.getWidth(), image.getHeight()), "icon-" + size + ".png");
            }
        }
    }
}
