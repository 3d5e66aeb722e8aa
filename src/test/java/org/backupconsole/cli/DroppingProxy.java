package org.backupconsole.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of a server that passes every request on, but for a POST to a restores path it
 * drops the connection once the server has answered: the request arrived, its answer is lost, as when the network
 * fails at the worst moment. It counts those POSTs.
 */
final class DroppingProxy implements AutoCloseable {

    private final ServerSocket socket;
    private final URI upstream;
    private final AtomicInteger restorePosts = new AtomicInteger();

    DroppingProxy(String upstreamUrl) throws IOException {
        this.upstream = URI.create(upstreamUrl);
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "dropping-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int restorePosts() {
        return restorePosts.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread serving = new Thread(() -> serve(client), "dropping-proxy-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                byte[] body = in.readNBytes(contentLength(head));
                byte[] answer = forward(head, body);
                String requestLine = head.substring(0, head.indexOf("\r\n"));
                if (requestLine.startsWith("POST ") && requestLine.contains("/restores")) {
                    restorePosts.incrementAndGet();
                    return;
                }
                out.write(answer);
                out.flush();
            }
        } catch (IOException e) {
            // The client went away; nothing to pass on.
        }
    }

    /** Sends one request to the server on a connection of its own, and reads its whole answer. */
    private byte[] forward(String head, byte[] body) throws IOException {
        try (Socket server = new Socket(upstream.getHost(), upstream.getPort())) {
            String closing = head.replaceAll("(?im)^connection:.*\r\n", "").replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
            server.getOutputStream().write(closing.getBytes(StandardCharsets.ISO_8859_1));
            server.getOutputStream().write(body);
            server.getOutputStream().flush();
            return server.getInputStream().readAllBytes();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
