package org.backupconsole.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CockroachVersionTest {

    @Test
    void readsTheFormsTheApiAndPeopleWrite() {
        assertEquals(new CockroachVersion(25, 2), CockroachVersion.parse("v25.2"));
        assertEquals(new CockroachVersion(25, 2), CockroachVersion.parse("25.2"));
        assertEquals(new CockroachVersion(24, 3), CockroachVersion.parse(" v24.3.11 "));
        assertEquals("v24.3", CockroachVersion.parse("v24.3.11").toString());
    }

    @Test
    void refusesWhatIsNotAVersionAndSaysHowToWriteOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CockroachVersion.parse("latest"));
        assertEquals("'latest' is not a CockroachDB version; write it as v25.2.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CockroachVersion.parse("v25"));
    }

    /**
     * CockroachDB docs, "Restoring Backups Across Versions": the same major version or the next one, where an
     * innovation release may be skipped; its table is checked row by row, then the 2025 cadence.
     */
    @ParameterizedTest(name = "a backup on {0} restores into {1}")
    @CsvSource(delimiter = '|', value = {
        "v23.1 | v23.1, v23.2",
        "v23.2 | v23.2, v24.1",
        "v24.1 | v24.1, v24.2, v24.3",
        "v24.2 | v24.2, v24.3",
        "v24.3 | v24.3, v25.1, v25.2",
        "v25.1 | v25.1, v25.2",
        "v25.2 | v25.2, v25.3, v25.4",
        "v25.3 | v25.3, v25.4",
        "v25.4 | v25.4, v26.1, v26.2",
        "v25.9 | v25.9",
    })
    void aBackupGoesIntoTheSameOrTheNextMajorVersionSkippingAnInnovationRelease(String backup, String into) {
        List<CockroachVersion> expected = Arrays.stream(into.split(",\\s*")).map(CockroachVersion::parse).toList();
        assertEquals(expected, CockroachVersion.parse(backup).restorableInto());
        for (String other : List.of("v23.1", "v23.2", "v24.1", "v24.2", "v24.3", "v25.1", "v25.2", "v25.3",
                "v25.4", "v26.1", "v26.2", "v26.3", "v25.9")) {
            CockroachVersion target = CockroachVersion.parse(other);
            assertEquals(expected.contains(target), target.canRestoreFrom(CockroachVersion.parse(backup)),
                    backup + " into " + other);
        }
    }

    @Test
    void innovationReleasesAreV24Point2AndTheOddReleasesFrom2025() {
        assertTrue(CockroachVersion.parse("v24.2").isInnovation());
        assertTrue(CockroachVersion.parse("v25.1").isInnovation());
        assertTrue(CockroachVersion.parse("v25.3").isInnovation());
        assertFalse(CockroachVersion.parse("v24.1").isInnovation());
        assertFalse(CockroachVersion.parse("v24.3").isInnovation());
        assertFalse(CockroachVersion.parse("v25.2").isInnovation());
        assertFalse(CockroachVersion.parse("v23.2").isInnovation());
        assertEquals("v25.2, v25.3 or v25.4", CockroachVersion.parse("v25.2").restorableIntoText());
        assertEquals("v25.9", CockroachVersion.parse("v25.9").restorableIntoText());
    }

    @Test
    void versionsCompareAsNumbers() {
        assertTrue(CockroachVersion.parse("v25.10").compareTo(CockroachVersion.parse("v25.9")) > 0, "not compared as text");
        assertFalse(CockroachVersion.parse("v24.3").canRestoreFrom(CockroachVersion.parse("v25.2")), "never back");
    }
}
