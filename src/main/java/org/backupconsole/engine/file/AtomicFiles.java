package org.backupconsole.engine.file;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Writes files so that a crash leaves the old content or the new: a temporary file beside the target, forced to
 * disk, then renamed over it. A save cut short by a crash leaves its temporary file behind; the next save or
 * load of the same file removes those leftovers, which only this class names so, and nothing else. Saves and
 * removals in one process run one at a time, so that one never removes the temporary file of another.
 */
public final class AtomicFiles {

    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());
    private static final String SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    public static synchronized void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        removeLeftovers(target);
        Path temp = Files.createTempFile(directory, prefix(target), SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The file system of " + directory + " cannot replace files atomically; "
                        + "save the simulation on a local disk.", e);
            }
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes the temporary files that interrupted saves of {@code file} left beside it: regular files named as
     * {@link Files#createTempFile} names this class's, "." and the file's name, digits, ".tmp". A leftover that
     * cannot be removed is logged and left; it does not stop a save or a load.
     */
    public static synchronized void removeLeftovers(Path file) {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (!Files.isDirectory(directory)) {
            return;
        }
        Pattern leftover = Pattern.compile(Pattern.quote(prefix(target)) + "[0-9]+" + Pattern.quote(SUFFIX));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> leftover.matcher(entry.getFileName().toString()).matches()
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS))) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the temporary files of interrupted saves beside " + target, e);
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName();
    }

    /** Makes the rename itself durable where the platform allows opening a directory. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the rename is still atomic there.
        }
    }
}
