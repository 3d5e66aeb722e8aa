package org.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.SimpleObjectProperty;

import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.ui.backups.PageState;
import org.junit.jupiter.api.Test;

/** The status bar's words: the backend, the last refresh, the client's retries and the simulated time. */
class StatusViewModelTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final SimpleObjectProperty<PageState> page = new SimpleObjectProperty<>(PageState.LOADING);
    private final StatusViewModel status = new StatusViewModel("Local Cloud API at http://127.0.0.1:8080/.", page,
            InstantSource.fixed(Instant.parse("2026-11-23T15:30:00Z")), UTC, Runnable::run);

    @Test
    void aRetryIsSaidUntilTheCallEnds() {
        ClientActivity client = status.clientActivity();

        client.retrying(2, 4, Duration.ofMillis(2_600), FailureReason.RATE_LIMITED);
        assertEquals("Retry 2 of 4 in 3 s: rate limited.", status.activityProperty().get());
        client.retrying(3, 4, Duration.ofMillis(300), FailureReason.SERVER_ERROR);
        assertEquals("Retry 3 of 4 in 1 s: the service failed.", status.activityProperty().get());

        client.settled();
        assertEquals("", status.activityProperty().get());
    }

    @Test
    void eachTimeThePageIsReadyTheRefreshIsStamped() {
        assertEquals("", status.refreshedProperty().get());

        page.set(PageState.READY);

        assertEquals("Page refreshed at 3:30 PM UTC.", status.refreshedProperty().get());
        assertEquals("Local Cloud API at http://127.0.0.1:8080/.", status.backendProperty().get());
    }

    @Test
    void theSimulatedTimeIsShownOnlyForASimulationAndFollowsItsClock() {
        assertEquals("", status.simulatedTimeProperty().get());
        AtomicReference<Instant> clock = new AtomicReference<>(Instant.parse("2026-11-23T15:30:00Z"));

        status.showSimulatedTime(clock::get);
        clock.set(clock.get().plus(Duration.ofDays(1)));
        status.tick();

        assertEquals("Simulated time Nov 24, 2026, 3:30 PM UTC.", status.simulatedTimeProperty().get());
    }
}
