package org.backupconsole.ui.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.backupconsole.live.LiveBackupService;
import org.backupconsole.ui.common.UiExecutors;

/** The Connect dialog checks its input before sending anything, then lists the clusters the key can see. */
class ConnectViewModelTest {

    private static final String KEY = "CCDB1_connectDialogKey";
    private static final String TWO_CLUSTERS = "{\"clusters\":["
            + "{\"id\":\"c-1\",\"name\":\"payments\",\"plan\":\"BASIC\",\"state\":\"CREATED\",\"cloud_provider\":\"GCP\"},"
            + "{\"id\":\"c-2\",\"name\":\"ledger\",\"plan\":\"ADVANCED\",\"state\":\"LOCKED\",\"cloud_provider\":\"AWS\"}],"
            + "\"pagination\":null}";

    private final MockWebServer server = new MockWebServer();
    private final AtomicReference<ConnectViewModel.Connection> opened = new AtomicReference<>();
    private ConnectViewModel viewModel;

    @BeforeEach
    void start() throws Exception {
        server.start();
        viewModel = new ConnectViewModel(UiExecutors.direct(), LiveBackupService::connect, opened::set);
    }

    @AfterEach
    void stop() {
        viewModel.dispose();
        if (opened.get() != null) {
            opened.get().service().close();
        }
        server.close();
    }

    @Test
    void connectNeedsAUrlAndAKey() {
        assertFalse(viewModel.connectCommand().isExecutable());
        viewModel.secretKeyProperty().set(KEY);
        assertTrue(viewModel.connectCommand().isExecutable(), "the URL starts as the public API");
        viewModel.apiUrlProperty().set(" ");
        assertFalse(viewModel.connectCommand().isExecutable());
    }

    @Test
    void plainHttpToARemoteHostIsRefusedBeforeAnythingIsSent() {
        viewModel.apiUrlProperty().set("http://api.example.com");
        viewModel.secretKeyProperty().set(KEY);
        viewModel.connectCommand().execute();
        assertTrue(viewModel.errorMessageProperty().get().contains("unencrypted"), viewModel.errorMessageProperty().get());
        assertFalse(viewModel.connectedProperty().get());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void eachFieldSaysWhatTheClientWouldRefuseAsItIsTyped() {
        assertEquals("", viewModel.apiUrlProblemProperty().get(), "the public API's URL is fine");
        assertEquals("", viewModel.secretKeyProblemProperty().get(), "an empty key only keeps Connect disabled");

        viewModel.apiUrlProperty().set("http://api.example.com");
        viewModel.secretKeyProperty().set("CCDB1 with spaces");

        assertTrue(viewModel.apiUrlProblemProperty().get().contains("unencrypted"), viewModel.apiUrlProblemProperty().get());
        assertEquals("The secret key contains spaces or characters a key cannot have. "
                + "Copy it again from the service account's API keys.", viewModel.secretKeyProblemProperty().get());
        assertFalse(viewModel.secretKeyProblemProperty().get().contains("with spaces"), "the key is never shown back");
        viewModel.secretKeyProperty().set(KEY);
        assertEquals("", viewModel.secretKeyProblemProperty().get());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aConnectionListsTheClustersTheKeyCanSeeAndOpensOnRequest() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(TWO_CLUSTERS).build());
        viewModel.apiUrlProperty().set(server.url("/").toString());
        viewModel.secretKeyProperty().set(KEY);
        viewModel.connectCommand().execute();

        assertTrue(viewModel.connectedProperty().get());
        assertEquals("Connected. This key can see 2 clusters.", viewModel.statusProperty().get());
        assertEquals("ledger", viewModel.clusters().get(1).name());
        assertEquals("Bearer " + KEY, server.takeRequest().getHeaders().get("Authorization"));

        assertEquals("payments", viewModel.selectedClusterProperty().get().name(), "the first cluster until one is chosen");
        viewModel.selectedClusterProperty().set(viewModel.clusters().get(1));
        viewModel.openCommand().execute();
        assertSame(LiveBackupService.class, opened.get().service().getClass());
        assertEquals("c-2", opened.get().cluster().orElseThrow().id(), "the page opens on the chosen cluster");
        assertFalse(viewModel.openCommand().isExecutable(), "a connection is handed over once");
    }

    @Test
    void aRefusedKeySaysWhatToDoAndKeepsTheDialogOpen() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"code\":16,\"message\":\"unauthenticated\"}").build());
        viewModel.apiUrlProperty().set(server.url("/").toString());
        viewModel.secretKeyProperty().set(KEY);
        viewModel.connectCommand().execute();

        assertFalse(viewModel.connectedProperty().get());
        assertEquals("The Cloud API did not accept the secret key (HTTP 401). "
                + "Check the API secret key, or create a new one for the service account.",
                viewModel.errorMessageProperty().get());
        assertTrue(viewModel.connectCommand().isExecutable(), "the user can correct the key and try again");
        assertNull(opened.get());
    }

    @Test
    void changingTheKeyForgetsTheConnection() {
        server.enqueue(new MockResponse.Builder().code(200).body(TWO_CLUSTERS).build());
        viewModel.apiUrlProperty().set(server.url("/").toString());
        viewModel.secretKeyProperty().set(KEY);
        viewModel.connectCommand().execute();
        viewModel.secretKeyProperty().set(KEY + "x");
        assertFalse(viewModel.connectedProperty().get());
        assertTrue(viewModel.clusters().isEmpty());
    }
}
