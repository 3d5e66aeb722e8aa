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
    void anEstimateSaysSo() {
        assertEquals("~6 days (estimated)", ExpiryText.of(Duration.ofDays(6).plusHours(3), true));
    }
}
