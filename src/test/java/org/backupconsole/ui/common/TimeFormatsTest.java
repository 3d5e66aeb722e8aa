package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The one style of times, in the English of the test run's locale. */
class TimeFormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant NOV_23 = Instant.parse("2026-11-23T15:30:00Z");

    @Test
    void aMomentIsItsLocalDateAndTimeWithTheZone() {
        assertEquals("Nov 23, 2026, 4:30 PM CET", TimeFormats.local(NOV_23, BERLIN));
        assertEquals("Nov 23, 2026, 4:30:00 PM CET", TimeFormats.withSeconds(NOV_23, BERLIN));
        assertEquals("Nov 23, 2026,", TimeFormats.localDate(NOV_23, BERLIN));
        assertEquals("4:30 PM CET", TimeFormats.localTime(NOV_23, BERLIN));
        assertEquals("Nov 23, 2026", TimeFormats.day(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void utcIsSaidBesideOnlyWhereTheZoneIsNotAtUtcThen() {
        assertEquals(Optional.of("Nov 23, 2026, 3:30 PM UTC"), TimeFormats.utcIfDifferent(NOV_23, BERLIN));
        assertEquals(Optional.empty(), TimeFormats.utcIfDifferent(NOV_23, UTC));
        assertEquals(Optional.empty(), TimeFormats.utcIfDifferent(NOV_23, ZoneId.of("Europe/London")), "GMT in winter");
        assertEquals(Optional.of("Jul 1, 2026, 12:00 PM UTC"),
                TimeFormats.utcIfDifferent(Instant.parse("2026-07-01T12:00:00Z"), ZoneId.of("Europe/London")), "BST");
    }

    @Test
    void aRecentMomentLeavesOutTheYearOnlyWhenItIsThisYear() {
        assertEquals("Nov 23, 4:30 PM CET", TimeFormats.recent(NOV_23, BERLIN, NOV_23.plusSeconds(86_400)));
        assertEquals("Nov 23, 2026, 4:30 PM CET", TimeFormats.recent(NOV_23, BERLIN, Instant.parse("2027-01-02T00:00:00Z")));
        assertEquals("Dec 31, 2026, 11:30 PM UTC", TimeFormats.recent(Instant.parse("2026-12-31T23:30:00Z"), UTC,
                Instant.parse("2027-01-01T00:10:00Z")), "a year that has just ended is named");
    }

    @Test
    void theYearLeavesLocalizedPatternsWithTheSeparatorThatJoinedIt() {
        assertEquals("MMM d, h:mm a", TimeFormats.withoutYear("MMM d, y, h:mm a"));
        assertEquals("dd.MM, HH:mm", TimeFormats.withoutYear("dd.MM.y, HH:mm"));
        assertEquals("d MMM, HH:mm", TimeFormats.withoutYear("d MMM y, HH:mm"));
        assertEquals("MM/dd H:mm", TimeFormats.withoutYear("y/MM/dd H:mm"));
        assertEquals("M月d日 ah:mm", TimeFormats.withoutYear("y年M月d日 ah:mm"));
        assertEquals("M. d. a h:mm", TimeFormats.withoutYear("y. M. d. a h:mm"));
        assertEquals("d 'de' MMM, H:mm", TimeFormats.withoutYear("d 'de' MMM 'de' y, H:mm"));
    }
}
