package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The log folder follows each operating system's convention, from the environment it is given. */
class LogFolderTest {

    private static final Path HOME = Path.of("/home/dana");

    @Test
    void linuxUsesTheXdgStateHome() {
        assertEquals(Path.of("/var/state/dana/backup-console"),
                LogFolder.of("Linux", Map.of("XDG_STATE_HOME", "/var/state/dana"), HOME));
    }

    @Test
    void linuxWithoutAnXdgStateHomeUsesTheDefaultOne() {
        assertEquals(Path.of("/home/dana/.local/state/backup-console"), LogFolder.of("Linux", Map.of(), HOME));
        assertEquals(Path.of("/home/dana/.local/state/backup-console"),
                LogFolder.of("Linux", Map.of("XDG_STATE_HOME", " "), HOME));
    }

    @Test
    void aRelativeXdgStateHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(Path.of("/home/dana/.local/state/backup-console"),
                LogFolder.of("Linux", Map.of("XDG_STATE_HOME", "state"), HOME));
    }

    @Test
    void otherUnixesFollowLinux() {
        assertEquals(Path.of("/home/dana/.local/state/backup-console"), LogFolder.of("FreeBSD", Map.of(), HOME));
    }

    @Test
    void windowsUsesTheLocalApplicationData() {
        String localAppData = "C:\\Users\\dana\\AppData\\Local";
        assertEquals(Path.of(localAppData, "Backup Console", "Logs"),
                LogFolder.of("Windows 11", Map.of("LOCALAPPDATA", localAppData, "XDG_STATE_HOME", "/x"), HOME));
    }

    @Test
    void windowsWithoutLocalAppDataUsesItsUsualPlaceInTheHome() {
        assertEquals(HOME.resolve("AppData").resolve("Local").resolve("Backup Console").resolve("Logs"),
                LogFolder.of("Windows 10", Map.of(), HOME));
    }

    @Test
    void macOsUsesTheUsersLibraryLogs() {
        assertEquals(Path.of("/home/dana/Library/Logs/Backup Console"),
                LogFolder.of("Mac OS X", Map.of("XDG_STATE_HOME", "/x"), HOME));
    }
}
