package org.backupconsole.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a benchmark's figures into its own section of docs/PERFORMANCE.md, between
 * {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}, leaving the other sections as they are.
 */
public final class PerformanceReport {

    static final Path FILE = Path.of("docs", "PERFORMANCE.md");

    private PerformanceReport() {
    }

    /** Prints the section and replaces (or appends) it in the report. */
    public static void publish(String name, String markdown) {
        System.out.println(markdown);
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String section = begin + "\n" + markdown.strip() + "\n" + end;
        try {
            String report = Files.exists(FILE)
                    ? Files.readString(FILE, StandardCharsets.UTF_8)
                    : "# Performance\n\nFigures written by the benchmarks (`./mvnw -Pbench verify`) on the machine named in each section.\n";
            int from = report.indexOf(begin);
            int to = report.indexOf(end);
            String updated = from >= 0 && to > from
                    ? report.substring(0, from) + section + report.substring(to + end.length())
                    : report.stripTrailing() + "\n\n" + section + "\n";
            Path temp = FILE.resolveSibling(FILE.getFileName() + ".tmp");
            Files.createDirectories(FILE.getParent());
            Files.writeString(temp, updated, StandardCharsets.UTF_8);
            Files.move(temp, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The load averages over 1, 5 and 15 minutes, as {@code /proc/loadavg} gives them, or "unknown". */
    public static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip().split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    /** This process's peak resident set size ({@code VmHWM} of {@code /proc/self/status}), or "unknown". */
    public static String peakResidentSet() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0))
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A line naming the machine the figures come from. */
    public static String machine() {
        return "Measured on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ".";
    }

    /** A sentence giving the machine's load averages as the figures were taken. */
    public static String loadNote() {
        return "Load averages over 1, 5 and 15 minutes as they were taken: " + load() + ".";
    }
}
