package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.backupconsole.cli.BackendChoice;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.testing.LogCapture;
import org.backupconsole.ui.common.Theme;

/** The settings file keeps what the user chose, and a bad one is reported and left alone, never a crash. */
class SettingsFileTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(SettingsFile.FILE_NAME);
    }

    @Test
    void withoutAFileTheDefaultsApplyAndTheFirstChangeWritesIt() throws IOException {
        SettingsFile settings = SettingsFile.open(folder, Runnable::run);
        assertEquals(UserSettings.DEFAULTS, settings.current());
        assertFalse(Files.exists(file()));

        settings.update(current -> current.withTheme(Theme.DARK).withBackend(BackendChoice.LIVE)
                .withApiUrl(ApiUrl.parse("http://127.0.0.1:8080")));

        UserSettings reopened = SettingsFile.open(folder, Runnable::run).current();
        assertEquals(Optional.of("http://127.0.0.1:8080/"), reopened.apiUrl().map(ApiUrl::toString));
        assertEquals(Optional.of(BackendChoice.LIVE), reopened.backend());
        assertEquals(Theme.DARK, reopened.theme());
        assertEquals("""
                {
                  "format" : 1,
                  "api_url" : "http://127.0.0.1:8080/",
                  "backend" : "live",
                  "theme" : "dark"
                }
                """, Files.readString(file()));
    }

    @Test
    void aChangeToWhatIsAlreadySetLeavesTheFileAsItIs() throws IOException {
        String asWritten = "{\"format\": 1, \"backend\": \"sim\", \"theme\": \"dark\"}";
        Files.writeString(file(), asWritten);
        List<Runnable> writes = new ArrayList<>();
        SettingsFile settings = SettingsFile.open(folder, writes::add);

        settings.update(current -> current.withBackend(BackendChoice.SIM).withTheme(Theme.DARK));
        assertEquals(List.of(), writes);
        assertEquals(asWritten, Files.readString(file()));

        settings.update(current -> current.withTheme(Theme.LIGHT));
        assertEquals(1, writes.size());
        writes.get(0).run();
        assertEquals(Theme.LIGHT, SettingsFile.open(folder, Runnable::run).current().theme());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"format\": 1, \"theme\": \"blue\"}",
            "{\"format\": 1, \"theme\": \"dark\", \"secret_key\": \"CCDB1_x\"}",
            "{\"format\": 2, \"theme\": \"dark\"}",
            "{\"format\": 1, \"backend\": 3}",
            "{\"format\": 1, \"api_url\": \"http://example.com\"}",
            "{\"format\": 1, \"theme\": \"dark\"} {}",
            "[]",
            "{\"format\": 1, \"theme\": \"dark\"",
    })
    void aBadFileIsReportedGivesTheDefaultsAndIsNeverOverwritten(String content) throws IOException {
        Files.writeString(file(), content);
        SettingsFile settings;
        try (LogCapture log = LogCapture.of(SettingsFile.class)) {
            settings = SettingsFile.open(folder, Runnable::run);
            LogRecord warning = log.records().get(0);
            assertEquals(Level.WARNING, warning.getLevel());
            assertTrue(warning.getMessage().startsWith("The settings file " + file()), warning.getMessage());
            assertTrue(warning.getMessage().endsWith("Backup Console starts with its default settings and leaves the "
                    + "file unchanged; correct it or delete it."), warning.getMessage());
        }
        assertEquals(UserSettings.DEFAULTS, settings.current());

        settings.update(current -> current.withTheme(Theme.DARK));

        assertEquals(Theme.DARK, settings.current().theme());
        assertArrayEquals(content.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file()));
    }

    @Test
    void theWarningSaysWhereAndWhy() throws IOException {
        Files.writeString(file(), "{\"format\": 1, \"theme\": \"blue\"}");
        try (LogCapture log = LogCapture.of(SettingsFile.class)) {
            SettingsFile.open(folder, Runnable::run);
            assertEquals("The settings file " + file() + ", at $.theme: expected one of [dark, light], found \"blue\". "
                    + "Backup Console starts with its default settings and leaves the file unchanged; correct it or "
                    + "delete it.", log.records().get(0).getMessage());
        }
    }

    @Test
    void testsWindowsNeitherReadNorWriteAFile() {
        SettingsFile none = SettingsFile.none();
        none.update(current -> current.withTheme(Theme.DARK));
        assertEquals(Theme.DARK, none.current().theme());
    }
}
