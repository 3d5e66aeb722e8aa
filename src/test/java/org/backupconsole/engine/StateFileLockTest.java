package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session file is used by one run at a time; the lock holds across processes and goes with its holder. */
class StateFileLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondLockOnTheSameSessionIsRefusedUntilTheFirstIsReleased() throws IOException {
        Path session = folder.resolve("session.json");
        Optional<StateFileLock> first = StateFileLock.tryTake(session);
        assertTrue(first.isPresent());
        assertEquals(Optional.empty(), StateFileLock.tryTake(session));
        first.get().close();
        try (StateFileLock again = StateFileLock.tryTake(session).orElseThrow()) {
            assertEquals(folder.resolve("session.json.lock"), StateFileLock.lockFileOf(session));
        }
    }

    @Test
    void anotherProcessCannotTakeALockThisOneHolds() throws Exception {
        Path session = folder.resolve("held.json");
        try (StateFileLock held = StateFileLock.tryTake(session).orElseThrow()) {
            assertEquals(1, runLockingProcess(session), "the other process took the lock");
        }
        assertEquals(0, runLockingProcess(session), "the released lock is free for another process");
    }

    @Test
    void theMessageNamesTheFileAndWhatToDo() {
        assertEquals("/tmp/s.json is in use by another Backup Console (the app, serve or a command) on this machine. "
                + "Close that one first, or give another file.", StateFileLock.inUse(Path.of("/tmp/s.json")));
    }

    private static int runLockingProcess(Path session) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TakeLock.class.getName(), session.toString())
                .inheritIO().start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.exitValue();
    }

    /** Exits 0 when it could lock the session, 1 when another process holds it. */
    static final class TakeLock {
        public static void main(String[] args) throws IOException {
            System.exit(StateFileLock.tryTake(Path.of(args[0])).isPresent() ? 0 : 1);
        }
    }
}
