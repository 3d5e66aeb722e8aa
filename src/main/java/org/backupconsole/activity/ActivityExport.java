package org.backupconsole.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.backupconsole.json.DefaultMapper;

/**
 * Writes entries as CSV (a header, then one row each, the details as {@code name=value} pairs joined by "; ") or
 * as a JSON array of the journal's objects. Times are RFC 3339 in UTC.
 */
public final class ActivityExport {

    /** The CSV columns, in order: the journal's field names. */
    public static final List<String> COLUMNS = List.of("at", "actor", "backend", "where", "cluster_id", "cluster_name",
            "action", "what", "details", "outcome", "reason", "job_id", "origin");

    private static final CsvMapper CSV = new CsvMapper();

    private ActivityExport() {
    }

    public static void csv(List<ActivityEntry> entries, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows = entries.stream().map(ActivityExport::row).toList();
        CSV.writer(schema.build()).writeValues(out).writeAll(rows).close();
    }

    public static void json(List<ActivityEntry> entries, OutputStream out) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        entries.forEach(entry -> array.add(ActivityJson.write(entry)));
        DefaultMapper.get().writerWithDefaultPrettyPrinter().writeValue(out, array);
    }

    private static Map<String, String> row(ActivityEntry entry) {
        return Map.ofEntries(
                Map.entry("at", entry.at().toString()),
                Map.entry("actor", entry.actor()),
                Map.entry("backend", entry.backend().name()),
                Map.entry("where", entry.where()),
                Map.entry("cluster_id", entry.clusterId()),
                Map.entry("cluster_name", entry.clusterName()),
                Map.entry("action", entry.action().name()),
                Map.entry("what", entry.what()),
                Map.entry("details", details(entry)),
                Map.entry("outcome", entry.outcome().name()),
                Map.entry("reason", entry.reason().orElse("")),
                Map.entry("job_id", entry.jobId().orElse("")),
                Map.entry("origin", entry.origin().name()));
    }

    /** The details as "name=value" pairs in name order, joined by "; ". */
    public static String details(ActivityEntry entry) {
        return entry.sortedDetails().entrySet().stream().map(detail -> detail.getKey() + "=" + detail.getValue())
                .collect(Collectors.joining("; "));
    }
}
