package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ExpiryTextTest {

    @Test
    void wholeDaysLeftAreCountedDown() {
        assertEquals("29 days", ExpiryText.of(Duration.ofDays(29).plusHours(23), false));
        assertEquals("2 days", ExpiryText.of(Duration.ofDays(2), false));
        assertEquals("1 day", ExpiryText.of(Duration.ofDays(1).plusMinutes(5), false));
    }

    @Test
    void theLastDayIsLessThanADay() {
        assertEquals("less than a day", ExpiryText.of(Duration.ofHours(23).plusMinutes(59), false));
        assertEquals("less than a day", ExpiryText.of(Duration.ofSeconds(1), false));
        assertEquals("expired", ExpiryText.of(Duration.ZERO, false));
    }

    @Test
    void anEstimateIsMarkedAndShortEnoughForTheColumn() {
        assertEquals("≈ 6 days", ExpiryText.of(Duration.ofDays(6).plusHours(3), true));
        assertEquals("≈ 1 day", ExpiryText.of(Duration.ofDays(1).plusHours(3), true));
        assertEquals("≈ 365 days", ExpiryText.of(Duration.ofDays(365), true));
    }

    @Test
    void anEstimateIsNeverExpiredSinceTheServiceStillListsTheBackup() {
        assertEquals("≈ 0 days", ExpiryText.of(Duration.ofHours(5), true));
        assertEquals("≈ 0 days", ExpiryText.of(Duration.ofHours(-5), true));
    }

    @Test
    void explainedSaysHowAnEstimateWasFound() {
        assertEquals("≈ 6 days, estimated from the cluster's current retention setting",
                ExpiryText.explained(Duration.ofDays(6).plusHours(3), true));
        assertEquals("6 days", ExpiryText.explained(Duration.ofDays(6).plusHours(3), false));
    }
}
