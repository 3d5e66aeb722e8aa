package org.backupconsole.server.http;

import java.util.Map;

/** An answer: its status, its headers (the transport adds Content-Length, Date and Connection) and its body. */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {
}
