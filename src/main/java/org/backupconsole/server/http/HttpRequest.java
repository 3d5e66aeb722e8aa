package org.backupconsole.server.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request read in full: its method, its target exactly as sent (percent-encoding and all), its headers by
 * name in any case, and its body.
 */
public record HttpRequest(String method, String target, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).map(values -> values.get(0));
    }
}
