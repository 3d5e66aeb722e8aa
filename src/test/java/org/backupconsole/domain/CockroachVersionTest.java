package org.backupconsole.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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

    @Test
    void aBackupGoesIntoTheSameOrANewerVersion() {
        CockroachVersion v243 = CockroachVersion.parse("v24.3");
        CockroachVersion v252 = CockroachVersion.parse("v25.2");
        assertTrue(v252.canRestoreFrom(v243));
        assertTrue(v252.canRestoreFrom(v252));
        assertFalse(v243.canRestoreFrom(v252));
        assertTrue(CockroachVersion.parse("v25.10").compareTo(CockroachVersion.parse("v25.9")) > 0, "not compared as text");
    }
}
