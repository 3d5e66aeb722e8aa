package org.backupconsole.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

/** OkHttp leaves Nagle's algorithm on; the live client's sockets turn it off, connected or not. */
class NoDelaySocketsTest {

    @Test
    void everySocketTheClientMakesHasTcpNoDelay() throws Exception {
        NoDelaySockets sockets = new NoDelaySockets();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 8, loopback);
             Socket unconnected = sockets.createSocket();
             Socket byName = sockets.createSocket(loopback.getHostAddress(), server.getLocalPort());
             Socket byAddress = sockets.createSocket(loopback, server.getLocalPort())) {
            assertTrue(unconnected.getTcpNoDelay(), "the socket OkHttp asks for and then connects");
            assertTrue(byName.getTcpNoDelay());
            assertTrue(byAddress.getTcpNoDelay());
        }
    }
}
