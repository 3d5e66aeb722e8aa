package org.backupconsole.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where each operating system keeps an app's log files, and so where Backup Console writes its log. */
final class LogFolder {

    private LogFolder() {
    }

    /** The log folder on this machine, for this user. */
    static Path ofThisUser() {
        return of(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Windows: {@code %LOCALAPPDATA%\Backup Console\Logs}; macOS: {@code ~/Library/Logs/Backup Console};
     * Linux and other Unixes: {@code $XDG_STATE_HOME/backup-console}, by default {@code ~/.local/state/backup-console}.
     */
    static Path of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path local = isBlank(localAppData) ? home.resolve("AppData").resolve("Local") : Path.of(localAppData);
            return local.resolve("Backup Console").resolve("Logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Backup Console");
        }
        String stateHome = environment.get("XDG_STATE_HOME");
        // The XDG base directory specification tells programs to ignore a relative path there.
        Path state = isBlank(stateHome) || !Path.of(stateHome).isAbsolute()
                ? home.resolve(".local").resolve("state")
                : Path.of(stateHome);
        return state.resolve("backup-console");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
