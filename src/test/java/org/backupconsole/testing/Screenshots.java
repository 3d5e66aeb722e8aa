package org.backupconsole.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import org.testfx.util.WaitForAsyncUtils;

/** Writes snapshots of nodes to PNG files in the folder named by the {@code screenshots.dir} property. */
public final class Screenshots {

    private Screenshots() {
    }

    /** From a test's thread: lets the FX events under way settle, then saves on the FX thread. */
    public static Path take(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> save(node, name)).get();
    }

    /** Must run on the FX thread. Returns the file written. */
    public static Path save(Node node, String name) {
        WritableImage image = node.snapshot(null, null);
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Path file = dir.resolve(name + ".png");
        try {
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
