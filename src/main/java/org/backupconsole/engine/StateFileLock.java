package org.backupconsole.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps a second app, {@code serve} or scripting command off a {@code --state} session that one already uses: an operating-system
 * lock on {@code FILE.lock} beside it, held until {@link #close()} or the process ends, even by a kill. The lock
 * file itself stays: removing it would let two processes each lock a different file of the same name.
 */
public final class StateFileLock implements AutoCloseable {

    private final FileChannel channel;

    private StateFileLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Locks the session file.
     *
     * @return the lock, or empty when another process (or this one) holds it
     * @throws IOException when the lock file cannot be created or opened
     */
    public static Optional<StateFileLock> tryTake(Path stateFile) throws IOException {
        Path lockFile = lockFileOf(stateFile);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new StateFileLock(channel));
            }
        } catch (OverlappingFileLockException heldHere) {
            // This process already holds it: as much in use as by another one.
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    /** The message for a session that another process uses, naming the file and what to do. */
    public static String inUse(Path stateFile) {
        return stateFile + " is in use by another Backup Console (the app, serve or a command) on this machine. Close "
                + "that one first, or give another file.";
    }

    public static Path lockFileOf(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".lock");
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
