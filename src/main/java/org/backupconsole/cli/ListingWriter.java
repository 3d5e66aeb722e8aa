package org.backupconsole.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.backupconsole.json.DefaultMapper;

/** Writes a {@link Listing} as an aligned table, as JSON or as CSV. */
final class ListingWriter {

    private static final CsvMapper CSV = new CsvMapper();
    private static final String GAP = "  ";

    private ListingWriter() {
    }

    static void write(Listing listing, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(listing, out);
            case JSON -> out.println(json(listing));
            case CSV -> out.print(csv(listing));
        }
        out.flush();
    }

    private static void table(Listing listing, PrintWriter out) {
        List<Column> shown = listing.columns().stream().filter(Column::inTable).toList();
        List<List<String>> lines = new ArrayList<>();
        lines.add(shown.stream().map(Column::heading).toList());
        for (Map<String, Object> row : listing.rows()) {
            lines.add(shown.stream().map(column -> column.tableText().apply(row.get(column.field()))).toList());
        }
        int[] widths = new int[shown.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                text.append(cell);
                if (i < widths.length - 1) {
                    text.append(" ".repeat(widths[i] - cell.length())).append(GAP);
                }
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static String json(Listing listing) {
        List<Map<String, Object>> rows = listing.rows().stream().map(ListingWriter::jsonRow).toList();
        try {
            return DefaultMapper.get().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(listing.single() ? rows.get(0) : rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a result could not be written as JSON", e);
        }
    }

    /** Times as RFC 3339 strings; numbers, booleans, lists and nulls as JSON has them. */
    private static Map<String, Object> jsonRow(Map<String, Object> row) {
        Map<String, Object> json = new LinkedHashMap<>();
        row.forEach((field, value) -> json.put(field, value instanceof Instant ? Column.plain(value, "") : value));
        return json;
    }

    private static String csv(Listing listing) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        listing.columns().forEach(column -> schema.addColumn(column.field()));
        List<Map<String, String>> rows = listing.rows().stream().map(ListingWriter::csvRow).toList();
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a result could not be written as CSV", e);
        }
    }

    private static Map<String, String> csvRow(Map<String, Object> row) {
        return row.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue() == null ? "" : Column.plain(entry.getValue(), ";"),
                (a, b) -> a, LinkedHashMap::new));
    }
}
