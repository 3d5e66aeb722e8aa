package org.backupconsole.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import org.backupconsole.json.JsonPlace;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.StrictJson;
import org.backupconsole.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file: one JSON line per entry, read back whole, a damaged line skipped with a warning. */
class FileJournalTest {

    @TempDir
    Path folder;

    @Test
    void entriesComeBackAsTheyWereAppendedInTheirOrder() throws IOException {
        FileJournal journal = new FileJournal(folder.resolve("activity").resolve(FileJournal.FILE_NAME));
        List<ActivityEntry> written = List.of(Entries.restoreRequested(1, "r-1"), Entries.drop(2),
                Entries.restoreRequested(3, "r-3"));
        for (ActivityEntry entry : written) {
            journal.append(entry);
        }
        JournalRead read = journal.read();
        assertEquals(written, read.entries());
        assertEquals(List.of(), read.damaged());
        assertEquals(3, Files.readAllLines(journal.file()).size(), "one line per entry");
    }

    @Test
    void aJournalNotYetWrittenIsEmpty() throws IOException {
        JournalRead read = new FileJournal(folder.resolve("none.jsonl")).read();
        assertEquals(List.of(), read.entries());
        assertEquals(List.of(), read.damaged());
    }

    @Test
    void aDamagedLineIsSkippedWithAWarningNamingTheFileAndTheLineAndTheRestIsKept() throws IOException {
        Path file = folder.resolve(FileJournal.FILE_NAME);
        FileJournal journal = new FileJournal(file);
        journal.append(Entries.drop(1));
        Files.writeString(file, "{\"at\": \"not a time\"}\n", StandardOpenOption.APPEND);
        journal.append(Entries.drop(3));
        Files.write(file, new byte[] {'{', '"', (byte) 0xC3}, StandardOpenOption.APPEND);

        try (LogCapture log = LogCapture.of(FileJournal.class)) {
            JournalRead read = journal.read();
            assertEquals(List.of(Entries.drop(1), Entries.drop(3)), read.entries());
            assertEquals(List.of(2, 4), read.damaged().stream().map(JournalRead.DamagedLine::number).toList());
            assertEquals(2, log.records().size());
            log.records().forEach(record -> {
                assertEquals(Level.WARNING, record.getLevel());
                assertTrue(record.getMessage().startsWith(file + ", line "), record.getMessage());
            });
            assertTrue(log.records().get(0).getMessage().contains("line 2: $.at"), log.records().get(0).getMessage());
        }
    }

    @Test
    void anEntryAppendedAfterATornLineStartsALineOfItsOwn() throws IOException {
        Path file = folder.resolve(FileJournal.FILE_NAME);
        FileJournal journal = new FileJournal(file);
        journal.append(Entries.drop(1));
        String whole = ActivityJson.line(Entries.drop(2));
        Files.writeString(file, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);
        journal.append(Entries.drop(3));

        JournalRead read = journal.read();
        assertEquals(List.of(Entries.drop(1), Entries.drop(3)), read.entries());
        assertEquals(List.of(2), read.damaged().stream().map(JournalRead.DamagedLine::number).toList());
    }

    @Test
    void aRestoresLaterOutcomeIsFoldedIntoTheRowThatRequestedIt() {
        ActivityEntry first = Entries.restoreRequested(1, "r-1");
        ActivityEntry second = Entries.restoreRequested(2, "r-2");
        ActivityEntry failed = Entries.restoreEnded(first, ActivityOutcome.FAILED, Optional.of("Error 9: not empty."));
        JournalRead read = new JournalRead("test", List.of(first, second, Entries.drop(3), failed), List.of());

        List<ActivityEntry> rows = read.folded();
        assertEquals(3, rows.size(), "one row per change");
        assertEquals(ActivityOutcome.FAILED, rows.get(0).outcome());
        assertEquals(Optional.of("Error 9: not empty."), rows.get(0).reason());
        assertEquals(first.what(), rows.get(0).what(), "the row keeps what was asked");
        assertEquals(first.at(), rows.get(0).at());
        assertEquals(failed.at().toString(), rows.get(0).details().get("ended_at"));
        assertEquals(ActivityOutcome.REQUESTED, rows.get(1).outcome(), "a restore not seen ending stays requested");
    }

    @Test
    void theJsonFormIsReadBackStrictlyWithThePlaceOfAMistake() {
        ActivityEntry entry = Entries.restoreRequested(1, "r-1");
        String line = ActivityJson.line(entry);
        assertEquals(entry, ActivityJson.read(StrictJson.tree(line.getBytes(StandardCharsets.UTF_8)), JsonPlace.ROOT));

        String unknownAction = line.replace("\"RESTORE\"", "\"RESTART\"");
        JsonRefusal refusal = assertThrows(JsonRefusal.class, () -> ActivityJson.read(
                StrictJson.tree(unknownAction.getBytes(StandardCharsets.UTF_8)), "$.activity[0]"));
        assertEquals("$.activity[0].action", refusal.place());
        assertTrue(refusal.reason().contains("RESTART"), refusal.reason());
    }
}
