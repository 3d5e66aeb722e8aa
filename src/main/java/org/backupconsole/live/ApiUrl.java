package org.backupconsole.live;

import java.net.InetAddress;
import java.net.UnknownHostException;

import okhttp3.HttpUrl;

/**
 * The base URL of a Cloud API. Plain {@code http://} is accepted only for a loopback address, because the secret
 * key travels in every request's header and would otherwise cross the network unencrypted.
 */
public final class ApiUrl {

    public static final String DEFAULT = "https://cockroachlabs.cloud";

    private final HttpUrl url;

    private ApiUrl(HttpUrl url) {
        this.url = url;
    }

    public static ApiUrl parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        HttpUrl url = HttpUrl.parse(trimmed);
        if (url == null) {
            throw new IllegalArgumentException("'" + trimmed + "' is not an http or https URL; "
                    + "use one such as " + DEFAULT + ".");
        }
        if (url.query() != null || url.fragment() != null || !url.username().isEmpty()) {
            throw new IllegalArgumentException("The API URL must be only a scheme, host, port and path, "
                    + "such as " + DEFAULT + ".");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException("Refusing plain http:// to " + url.host()
                    + ": the secret key would cross the network unencrypted. Use https://, "
                    + "or http:// only to a loopback address such as 127.0.0.1.");
        }
        return new ApiUrl(url);
    }

    /** True for an API on this machine, such as the local Cloud API. */
    public boolean isLoopback() {
        return isLoopback(url.host());
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|.*:.*")) {
            return false; // a name other than localhost would need DNS, which could point anywhere
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The URL of an API path (which already starts with "/"), under this base. */
    HttpUrl.Builder resolve(String path) {
        String base = url.encodedPath().endsWith("/")
                ? url.encodedPath().substring(0, url.encodedPath().length() - 1)
                : url.encodedPath();
        return url.newBuilder().encodedPath(base + path);
    }

    public String host() {
        return url.host();
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
