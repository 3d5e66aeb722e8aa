package org.backupconsole.live;

import java.time.Duration;
import java.util.Objects;

import org.backupconsole.backend.RetryPolicy;

/** The timeouts and retry policy of the live client. */
public record ClientSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout, RetryPolicy retry) {

    public static final ClientSettings DEFAULT = new ClientSettings(
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), RetryPolicy.DEFAULT);

    public ClientSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(retry, "retry");
    }
}
