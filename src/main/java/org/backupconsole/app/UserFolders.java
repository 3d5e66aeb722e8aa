package org.backupconsole.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each operating system keeps an app's files for one user, and so where Backup Console keeps its
 * settings, its log files and, by default, the sessions saved from the Simulator page.
 *
 * @param settings the folder of {@code settings.json}
 * @param logs     the folder of the log files
 * @param sessions the folder the save and open dialogs of the Simulator page start in
 * @param activity the folder of the journal of changes made on the Cloud API ({@code activity.jsonl})
 */
record UserFolders(Path settings, Path logs, Path sessions, Path activity) {

    private static final String NAME = "Backup Console";
    private static final String UNIX_NAME = "backup-console";

    /** The folders on this machine, for this user. */
    static UserFolders ofThisUser() {
        return of(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Windows: settings in {@code %APPDATA%\Backup Console}, logs in {@code %LOCALAPPDATA%\Backup Console\Logs},
     * sessions in {@code %LOCALAPPDATA%\Backup Console\Sessions}, the activity journal in
     * {@code %LOCALAPPDATA%\Backup Console\Activity}. macOS: settings, sessions and the activity journal under
     * {@code ~/Library/Application Support/Backup Console}, logs in {@code ~/Library/Logs/Backup Console}. Linux
     * and other Unixes, after the XDG base directory specification: settings in
     * {@code $XDG_CONFIG_HOME/backup-console}, logs in {@code $XDG_STATE_HOME/backup-console}, the activity journal
     * in {@code $XDG_STATE_HOME/backup-console/activity}, sessions in {@code $XDG_DATA_HOME/backup-console/sessions},
     * by default under {@code ~/.config}, {@code ~/.local/state} and {@code ~/.local/share}.
     */
    static UserFolders of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = windowsFolder(environment.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = windowsFolder(environment.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            return new UserFolders(roaming.resolve(NAME), local.resolve(NAME).resolve("Logs"),
                    local.resolve(NAME).resolve("Sessions"), local.resolve(NAME).resolve("Activity"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            Path support = library.resolve("Application Support").resolve(NAME);
            return new UserFolders(support, library.resolve("Logs").resolve(NAME), support.resolve("Sessions"),
                    support.resolve("Activity"));
        }
        Path state = xdgFolder(environment.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state"))
                .resolve(UNIX_NAME);
        return new UserFolders(
                xdgFolder(environment.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(UNIX_NAME),
                state,
                xdgFolder(environment.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(UNIX_NAME)
                        .resolve("sessions"),
                state.resolve("activity"));
    }

    private static Path windowsFolder(String variable, Path usual) {
        return isBlank(variable) ? usual : Path.of(variable);
    }

    /** The XDG base directory specification tells programs to ignore a relative path in its variables. */
    private static Path xdgFolder(String variable, Path usual) {
        return isBlank(variable) || !Path.of(variable).isAbsolute() ? usual : Path.of(variable);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
