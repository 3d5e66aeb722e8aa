package org.backupconsole.server.http;

/** A request the transport answers itself, before it reaches the handler: malformed, too large or too many. */
public final class HttpRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    HttpRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status of the answer: 400, 413, 414, 431, 501 or 503. */
    public int status() {
        return status;
    }
}
