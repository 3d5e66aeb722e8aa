package org.backupconsole.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import okhttp3.Headers;

/**
 * A client as a fuzzer is one: bytes on a socket exactly as given, sent in pieces or not at all, and the
 * answer read as it comes. No HTTP library stands between, so nothing is fixed up on the way.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(CloudApiServer server) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout((int) Duration.ofSeconds(15).toMillis());
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    RawHttp send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return this;
    }

    /** Sends a request with the bearer key and a body of {@code Content-Length} bytes. */
    LocalApi.Answer call(String method, String target, String key, String body) throws IOException {
        return send(method + " " + target + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + key
                + (body.isEmpty() ? "" : "\r\nContent-Type: application/json")
                + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).answer();
    }

    /** Reads one answer: the status line, the headers and as many bytes of body as Content-Length says. */
    LocalApi.Answer answer() throws IOException {
        String statusLine = line();
        Headers.Builder headers = new Headers.Builder();
        for (String header = line(); !header.isEmpty(); header = line()) {
            headers.add(header);
        }
        Headers all = headers.build();
        String length = all.get("Content-Length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        return new LocalApi.Answer(Integer.parseInt(statusLine.split(" ")[1]), new String(body, StandardCharsets.UTF_8),
                all);
    }

    /** Waits until the server closes the connection, and tells how long that took. */
    Duration untilClosed() throws IOException {
        long start = System.nanoTime();
        try {
            while (in.read() >= 0) {
                // what the server sent before closing does not matter here
            }
        } catch (SocketException e) {
            // A reset is a close too.
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection inside its answer: " + line);
            }
            line.write(c);
        }
        return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
