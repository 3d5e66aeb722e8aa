package org.backupconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.testing.Simulators;
import org.junit.jupiter.api.Test;

/** The header badge tells a simulation, an API on this machine and the production service apart. */
class BackendBadgeTest {

    private static final SecretKey KEY = SecretKey.of("CCDB1_badge-test-key");

    @Test
    void theSimulatorIsSimulated() {
        assertEquals("SIMULATED", DesktopApp.badge(Simulators.demo()));
    }

    @Test
    void anApiOnALoopbackAddressIsLocal() {
        try (LiveBackupService local = LiveBackupService.connect(ApiUrl.parse("http://127.0.0.1:8080"), KEY)) {
            assertEquals("LOCAL API", DesktopApp.badge(local));
        }
    }

    @Test
    void theCloudServiceIsLive() {
        try (LiveBackupService cloud = LiveBackupService.connect(ApiUrl.parse(ApiUrl.DEFAULT), KEY)) {
            assertEquals("LIVE", DesktopApp.badge(cloud));
        }
    }
}
