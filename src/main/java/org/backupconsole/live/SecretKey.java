package org.backupconsole.live;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An API secret key. It is kept in memory only; {@link #toString()} never shows it, and {@link #redact} takes it
 * out of any text that is about to be shown or logged.
 */
public final class SecretKey {

    public static final String ENVIRONMENT_VARIABLE = "COCKROACH_API_KEY";
    private static final String REDACTED = "[secret key]";

    private final String value;

    private SecretKey(String value) {
        this.value = value;
    }

    /** Refuses an empty key, and whitespace or control characters, which cannot travel in a header. */
    public static SecretKey of(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The secret key is empty. Paste the key of a service account.");
        }
        if (trimmed.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c > 0x7e)) {
            throw new IllegalArgumentException("The secret key contains spaces or characters a key cannot have. "
                    + "Copy it again from the service account's API keys.");
        }
        return new SecretKey(trimmed);
    }

    /** The key in {@value #ENVIRONMENT_VARIABLE}, if it is set and not blank. */
    public static Optional<SecretKey> fromEnvironment(Map<String, String> environment) {
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(of(value));
    }

    /** The value of the Authorization header. */
    String bearer() {
        return "Bearer " + value;
    }

    /** The text with every occurrence of the key replaced by a placeholder. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, REDACTED);
    }

    /** Whether this is the given key; for the local server's tests and key rings, not for display. */
    public boolean matches(String candidate) {
        return value.equals(candidate);
    }

    @Override
    public String toString() {
        return "SecretKey" + REDACTED;
    }
}
