package org.backupconsole.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal across a kill of the process: a child JVM appends entries as fast as it can and is killed without
 * warning; every entry it was told was written is there, in order, and at most the line it was writing is damaged.
 */
class JournalAcrossAKillTest {

    /** Appends numbered entries until killed, printing each number once its append has returned. */
    public static final class Appender {
        public static void main(String[] args) throws IOException {
            FileJournal journal = new FileJournal(Path.of(args[0]));
            for (int n = 0; ; n++) {
                journal.append(Entries.restoreRequested(n, "r-" + n));
                System.out.println(n);
                System.out.flush();
            }
        }
    }

    @Test
    void everyEntryWrittenBeforeTheKillIsReadBackAndAtMostTheLastLineIsDamaged(@TempDir Path folder)
            throws IOException, InterruptedException {
        Path file = folder.resolve(FileJournal.FILE_NAME);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Appender.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < 200 && (line = out.readLine()) != null) {
                acknowledged = Integer.parseInt(line.strip());
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        }
        assertTrue(acknowledged >= 200, "the child appended entries before it was killed");

        JournalRead read = new FileJournal(file).read();
        List<ActivityEntry> entries = read.entries();
        assertTrue(entries.size() > acknowledged, "every acknowledged entry is there: " + entries.size() + " read, "
                + (acknowledged + 1) + " acknowledged");
        for (int n = 0; n < entries.size(); n++) {
            assertEquals(Entries.restoreRequested(n, "r-" + n), entries.get(n), "entry " + n + " whole and in order");
        }
        assertTrue(read.damaged().size() <= 1, "at most the line being written: " + read.damaged());
        read.damaged().forEach(damaged -> assertEquals(entries.size() + 1, damaged.number(),
                "only the last line may be damaged"));

        new FileJournal(file).append(Entries.drop(9999));
        JournalRead after = new FileJournal(file).read();
        assertEquals(entries.size() + 1, after.entries().size(), "the journal goes on after the kill");
        assertEquals(Entries.drop(9999), after.entries().get(after.entries().size() - 1));
    }
}
