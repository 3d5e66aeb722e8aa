package org.backupconsole.server.http;

/** Answers the requests of a {@link HttpTransport}, and words the refusals the transport makes itself. */
public interface HttpHandler {

    /** Answers a request; it must not throw. */
    HttpResponse handle(HttpRequest request);

    /** The answer to a request the transport refused before or while reading it. */
    HttpResponse refuse(HttpRefusal refusal);
}
