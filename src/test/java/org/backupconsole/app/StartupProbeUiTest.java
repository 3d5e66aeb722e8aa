package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.stage.Stage;

import org.backupconsole.backend.BackupService;
import org.backupconsole.testing.PageRobot;
import org.backupconsole.testing.Simulators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * --exit-when-ready: one "ready at" line once the first page shows what it loaded, the resident memory then and a
 * second later, then the window closes.
 */
@ExtendWith(ApplicationExtension.class)
class StartupProbeUiTest {

    private final List<String> said = new CopyOnWriteArrayList<>();

    @Test
    void anOrganizationWithoutClustersIsReadyWhenThePageSaysSo() throws Exception {
        Stage stage = openProbed(Simulators.empty());

        PageRobot.waitFor(() -> !stage.isShowing());
        assertOneReadyLine();
    }

    @Test
    void theDemoIsReadyOnceItsBackupsAreShown() throws Exception {
        Stage stage = openProbed(Simulators.demo());

        PageRobot.waitFor(() -> !stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertOneReadyLine();
    }

    private Stage openProbed(BackupService service) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            StartupProbe.closeWhenInteractive(DesktopApp.show(stage, service), stage, false, said::add);
            return stage;
        }).get();
    }

    private void assertOneReadyLine() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(said.get(0).matches("ready at \\d+"), "said: " + said);
        assertEquals(1, said.stream().filter(line -> line.startsWith("ready at")).count(), "said: " + said);
        if (said.size() > 1) {
            assertEquals(3, said.size(), "said: " + said);
            assertTrue(said.get(1).matches("resident at ready \\d+ KiB"), "said: " + said);
            assertTrue(said.get(2).matches("resident a second after ready \\d+ KiB"), "said: " + said);
        }
    }
}
