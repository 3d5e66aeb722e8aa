package org.backupconsole.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backupconsole.app.DesktopApp;
import org.junit.jupiter.api.Test;

/** The startup baselines open a window of the app's size: a larger one costs more to draw and to hold. */
class EmptyWindowTest {

    @Test
    void theBaselineWindowIsTheAppsSize() {
        assertEquals(DesktopApp.WIDTH, EmptyWindow.WIDTH);
        assertEquals(DesktopApp.HEIGHT, EmptyWindow.HEIGHT);
    }
}
