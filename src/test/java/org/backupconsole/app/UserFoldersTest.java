package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Settings, logs and saved sessions follow each operating system's convention, from the environment given. */
class UserFoldersTest {

    private static final Path HOME = Path.of("/home/dana");

    @Test
    void linuxFollowsTheXdgVariables() {
        UserFolders folders = UserFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "/etc/dana", "XDG_STATE_HOME",
                "/var/state/dana", "XDG_DATA_HOME", "/srv/dana"), HOME);
        assertEquals(new UserFolders(Path.of("/etc/dana/backup-console"), Path.of("/var/state/dana/backup-console"),
                Path.of("/srv/dana/backup-console/sessions"), Path.of("/var/state/dana/backup-console/activity")), folders);
    }

    @Test
    void linuxWithoutXdgVariablesUsesTheirDefaults() {
        UserFolders expected = new UserFolders(Path.of("/home/dana/.config/backup-console"),
                Path.of("/home/dana/.local/state/backup-console"), Path.of("/home/dana/.local/share/backup-console/sessions"),
                Path.of("/home/dana/.local/state/backup-console/activity"));
        assertEquals(expected, UserFolders.of("Linux", Map.of(), HOME));
        assertEquals(expected, UserFolders.of("Linux", Map.of("XDG_STATE_HOME", " ", "XDG_CONFIG_HOME", ""), HOME));
    }

    @Test
    void aRelativeXdgFolderIsIgnoredAsTheSpecificationSays() {
        UserFolders folders = UserFolders.of("Linux", Map.of("XDG_STATE_HOME", "state", "XDG_CONFIG_HOME", "config"), HOME);
        assertEquals(Path.of("/home/dana/.local/state/backup-console"), folders.logs());
        assertEquals(Path.of("/home/dana/.config/backup-console"), folders.settings());
    }

    @Test
    void otherUnixesFollowLinux() {
        assertEquals(UserFolders.of("Linux", Map.of(), HOME), UserFolders.of("FreeBSD", Map.of(), HOME));
    }

    @Test
    void windowsKeepsSettingsInTheRoamingAndTheRestInTheLocalApplicationData() {
        String appData = "C:\\Users\\dana\\AppData\\Roaming";
        String localAppData = "C:\\Users\\dana\\AppData\\Local";
        UserFolders folders = UserFolders.of("Windows 11",
                Map.of("APPDATA", appData, "LOCALAPPDATA", localAppData, "XDG_STATE_HOME", "/x"), HOME);
        assertEquals(new UserFolders(Path.of(appData, "Backup Console"), Path.of(localAppData, "Backup Console", "Logs"),
                Path.of(localAppData, "Backup Console", "Sessions"), Path.of(localAppData, "Backup Console", "Activity")),
                folders);
    }

    @Test
    void windowsWithoutItsVariablesUsesTheirUsualPlacesInTheHome() {
        UserFolders folders = UserFolders.of("Windows 10", Map.of(), HOME);
        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("Backup Console"), folders.settings());
        assertEquals(HOME.resolve("AppData").resolve("Local").resolve("Backup Console").resolve("Logs"), folders.logs());
    }

    @Test
    void macOsUsesTheUsersLibrary() {
        UserFolders folders = UserFolders.of("Mac OS X", Map.of("XDG_STATE_HOME", "/x"), HOME);
        assertEquals(new UserFolders(Path.of("/home/dana/Library/Application Support/Backup Console"),
                Path.of("/home/dana/Library/Logs/Backup Console"),
                Path.of("/home/dana/Library/Application Support/Backup Console/Sessions"),
                Path.of("/home/dana/Library/Application Support/Backup Console/Activity")), folders);
    }
}
