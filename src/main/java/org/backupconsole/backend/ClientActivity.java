package org.backupconsole.backend;

import java.time.Duration;

/**
 * What a backend's client is doing while a call waits, for the window to show. Called on the thread that makes
 * the call, so a listener that shows it hands it to the UI thread itself.
 */
public interface ClientActivity {

    ClientActivity NONE = new ClientActivity() {
        @Override
        public void retrying(int nextAttempt, int attempts, Duration wait, FailureReason reason) {
        }

        @Override
        public void settled() {
        }
    };

    /** A read failed for a passing reason; attempt {@code nextAttempt} of {@code attempts} follows after the wait. */
    void retrying(int nextAttempt, int attempts, Duration wait, FailureReason reason);

    /** The call that was retried has ended, answered or failed for good. */
    void settled();
}
