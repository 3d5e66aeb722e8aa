package org.backupconsole.server.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the requests of one connection as HTTP/1.1 frames them (RFC 9112): the request line, the headers,
 * then a body of Content-Length bytes or in chunks, refusing what is malformed or larger than the limits.
 * It reads as fast as the client sends; the connection bounds how long that may take.
 */
final class RequestReader {

    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADER_BYTES = 32 * 1024;
    static final int MAX_HEADERS = 100;
    /** Empty lines before a request line are ignored (RFC 9112 section 2.2), but not without end. */
    private static final int MAX_EMPTY_LINES = 8;
    private static final String TOKEN_CHARACTERS = "!#$%&'*+-.^_`|~";

    /** What the request line and the headers say. */
    record Head(String method, String target, String version, Map<String, List<String>> headers,
                long contentLength, boolean chunked) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name)).map(values -> values.get(0));
        }

        /** HTTP/1.1 keeps a connection unless told to close it; HTTP/1.0 connections are closed. */
        boolean keepAlive() {
            return version.equals("HTTP/1.1") && header("Connection")
                    .map(value -> !value.toLowerCase(Locale.ROOT).contains("close")).orElse(true);
        }

        boolean expectsContinue() {
            return version.equals("HTTP/1.1") && (chunked || contentLength > 0)
                    && header("Expect").filter(value -> value.equalsIgnoreCase("100-continue")).isPresent();
        }
    }

    private final InputStream in;
    private final int maxBodyBytes;

    RequestReader(InputStream in, int maxBodyBytes) {
        this.in = in;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * The request line and headers of the next request, or empty when the client closed the connection
     * before sending one. A body larger than the limit is refused here, before a byte of it is read.
     */
    Optional<Head> readHead() throws IOException, HttpRefusal {
        Optional<String> requestLine;
        int emptyLines = 0;
        do {
            requestLine = readLine(MAX_REQUEST_LINE, 414, "the request line is longer than " + MAX_REQUEST_LINE
                    + " bytes");
            if (requestLine.isEmpty()) {
                return Optional.empty();
            }
        } while (requestLine.get().isEmpty() && ++emptyLines <= MAX_EMPTY_LINES);
        String[] parts = requestLine.get().split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()
                || parts[1].chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new HttpRefusal(400, "malformed request line: send METHOD /path HTTP/1.1, with the path in "
                    + "ASCII and percent-encoded where needed");
        }
        if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new HttpRefusal(400, "unsupported protocol " + parts[2] + ": send HTTP/1.1");
        }
        Map<String, List<String>> headers = readHeaders();
        List<String> encodings = headers.getOrDefault("Transfer-Encoding", List.of());
        List<String> lengths = headers.getOrDefault("Content-Length", List.of());
        if (!encodings.isEmpty()) {
            if (!lengths.isEmpty()) {
                throw new HttpRefusal(400, "a request may not have both Content-Length and Transfer-Encoding");
            }
            if (encodings.size() != 1 || !encodings.get(0).equalsIgnoreCase("chunked")) {
                throw new HttpRefusal(501, "the only Transfer-Encoding supported is chunked");
            }
            return Optional.of(new Head(parts[0], parts[1], parts[2], headers, -1, true));
        }
        long length = contentLength(lengths);
        if (length > maxBodyBytes) {
            throw tooLarge();
        }
        return Optional.of(new Head(parts[0], parts[1], parts[2], headers, length, false));
    }

    /** The body the head announced, read in full. */
    byte[] readBody(Head head) throws IOException, HttpRefusal {
        if (!head.chunked()) {
            byte[] body = in.readNBytes((int) head.contentLength());
            if (body.length < head.contentLength()) {
                throw new EOFException("the client closed the connection inside the body");
            }
            return body;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            if (body.size() + size > maxBodyBytes) {
                throw tooLarge();
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new EOFException("the client closed the connection inside a chunk");
            }
            body.writeBytes(chunk);
            if (!requiredLine(MAX_REQUEST_LINE).isEmpty()) {
                throw new HttpRefusal(400, "malformed chunked body: a chunk must end with CRLF");
            }
        }
        readHeaders();
        return body.toByteArray();
    }

    private HttpRefusal tooLarge() {
        return new HttpRefusal(413, "The request body is larger than " + maxBodyBytes + " bytes; send a smaller one.");
    }

    private Map<String, List<String>> readHeaders() throws IOException, HttpRefusal {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int bytes = 0;
        int count = 0;
        for (String line = requiredLine(MAX_HEADER_BYTES); !line.isEmpty(); line = requiredLine(MAX_HEADER_BYTES)) {
            bytes += line.length();
            if (bytes > MAX_HEADER_BYTES || ++count > MAX_HEADERS) {
                throw new HttpRefusal(431, "the request has more than " + MAX_HEADERS + " headers or "
                        + MAX_HEADER_BYTES + " bytes of them");
            }
            int colon = line.indexOf(':');
            if (colon < 0 || !isToken(line.substring(0, colon))) {
                throw new HttpRefusal(400, "malformed header line: send Name: value");
            }
            headers.computeIfAbsent(line.substring(0, colon), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return headers;
    }

    private static long contentLength(List<String> lengths) throws HttpRefusal {
        if (lengths.isEmpty()) {
            return 0;
        }
        String length = lengths.get(0);
        if (lengths.stream().anyMatch(value -> !value.equals(length)) || length.isEmpty() || length.length() > 18
                || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new HttpRefusal(400, "Content-Length must be one number of bytes");
        }
        return Long.parseLong(length);
    }

    private long chunkSize() throws IOException, HttpRefusal {
        String line = requiredLine(MAX_REQUEST_LINE);
        int extension = line.indexOf(';');
        String size = (extension < 0 ? line : line.substring(0, extension)).strip();
        if (size.isEmpty() || size.length() > 15 || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new HttpRefusal(400, "malformed chunked body: a chunk must start with its size in hexadecimal");
        }
        return Long.parseLong(size, 16);
    }

    private String requiredLine(int max) throws IOException, HttpRefusal {
        return readLine(max, 431, "a header or chunk line is longer than " + max + " bytes")
                .orElseThrow(() -> new EOFException("the client closed the connection inside the request"));
    }

    /**
     * A line without its CRLF (or bare LF), its bytes read as ISO-8859-1 as HTTP's are, or empty at the end of
     * the stream before any byte.
     */
    private Optional<String> readLine(int max, int tooLongStatus, String tooLong) throws IOException, HttpRefusal {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                if (line.length() == 0) {
                    return Optional.empty();
                }
                throw new EOFException("the client closed the connection inside a line");
            }
            if (line.length() == max) {
                throw new HttpRefusal(tooLongStatus, tooLong);
            }
            line.append((char) c);
        }
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        return Optional.of(line.substring(0, end));
    }

    private static boolean isToken(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c > ' ' && c < 127
                && (Character.isLetterOrDigit(c) || TOKEN_CHARACTERS.indexOf(c) >= 0));
    }
}
