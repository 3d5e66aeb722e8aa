package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

import org.backupconsole.testing.Simulators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens in the theme chosen last, and a switch of theme is remembered for the next start. */
@ExtendWith(ApplicationExtension.class)
class RememberedThemeUiTest {

    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) throws IOException {
        Files.writeString(folder.resolve(SettingsFile.FILE_NAME), "{\"format\": 1, \"theme\": \"dark\"}");
        SettingsFile settings = SettingsFile.open(folder, Runnable::run);
        DesktopApp.show(stage, new BackendLauncher.Opened(Simulators.demo(), Optional.empty()), settings, Optional.empty());
    }

    @AfterEach
    void lightAgain() {
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensDarkAsSavedAndRemembersTheSwitchToLight(FxRobot robot) throws IOException {
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());

        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        String saved = Files.readString(folder.resolve(SettingsFile.FILE_NAME));
        assertTrue(saved.contains("\"theme\" : \"light\""), saved);
    }
}
