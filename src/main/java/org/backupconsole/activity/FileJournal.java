package org.backupconsole.activity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

import org.backupconsole.json.JsonPlace;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.StrictJson;

/**
 * The journal of real clusters: one JSON object per line, appended and forced to disk one line at a time, so a
 * process killed at any moment loses at most the line it was writing. Reading skips a damaged line with a
 * warning naming the file and the line, and keeps the rest. The app and a command may append at once: each
 * append holds the file's lock.
 */
public final class FileJournal implements ActivityJournal {

    /** The journal's file name in its folder. */
    public static final String FILE_NAME = "activity.jsonl";

    private static final Logger LOG = Logger.getLogger(FileJournal.class.getName());
    private static final byte LINE_END = '\n';

    private final Path file;

    public FileJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void append(ActivityEntry entry) throws IOException {
        byte[] line = (ActivityJson.line(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
             FileLock lock = channel.lock()) {
            long end = channel.size();
            channel.position(end);
            if (end > 0 && !endsWithLineEnd(channel, end)) {
                // A line torn by a crash: end it, so it stays the only damaged line.
                channel.write(ByteBuffer.wrap(new byte[] {LINE_END}));
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
    }

    private static boolean endsWithLineEnd(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == LINE_END;
    }

    @Override
    public JournalRead read() throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new JournalRead(describe(), List.of(), List.of());
        }
        List<ActivityEntry> entries = new ArrayList<>();
        List<JournalRead.DamagedLine> damaged = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != LINE_END) {
                end++;
            }
            number++;
            if (end > start) {
                readLine(content, start, end, number, entries, damaged);
            }
            start = end + 1;
        }
        return new JournalRead(describe(), entries, damaged);
    }

    private void readLine(byte[] content, int start, int end, int number, List<ActivityEntry> entries,
                          List<JournalRead.DamagedLine> damaged) {
        try {
            byte[] line = Arrays.copyOfRange(content, start, end);
            entries.add(ActivityJson.read(StrictJson.tree(line), JsonPlace.ROOT));
        } catch (JsonRefusal e) {
            String reason = e.place() + ": " + e.reason();
            LOG.warning(() -> file + ", line " + number + ": " + reason + " The line is skipped.");
            damaged.add(new JournalRead.DamagedLine(number, reason));
        }
    }

    @Override
    public long outsideChanges() throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    @Override
    public String describe() {
        return file.toString();
    }
}
