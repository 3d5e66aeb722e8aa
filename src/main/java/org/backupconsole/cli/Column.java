package org.backupconsole.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One field of a result: its stable name in JSON and CSV, its heading in the table, how the table shows a value,
 * and whether the table shows it at all (the table keeps to what people read; JSON and CSV carry every field).
 */
record Column(String field, String heading, Function<Object, String> tableText, boolean inTable) {

    static final String NONE = "—";

    Column {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(tableText, "tableText");
    }

    static Column of(String field, String heading) {
        return new Column(field, heading, Column::plainOrNone, true);
    }

    /** A field the table leaves out. */
    static Column machineOnly(String field) {
        return new Column(field, field, Column::plainOrNone, false);
    }

    /** A field the table shows in words of its own. */
    Column shownAs(Function<Object, String> text) {
        return new Column(field, heading, value -> value == null ? NONE : text.apply(value), inTable);
    }

    /** A field whose absence the table names, such as "Not reported". */
    Column absentAs(String text) {
        Function<Object, String> shown = tableText;
        return new Column(field, heading, value -> value == null ? text : shown.apply(value), inTable);
    }

    private static String plainOrNone(Object value) {
        return value == null ? NONE : plain(value, ", ");
    }

    /** A value as text: times to the second in UTC (RFC 3339), lists joined. */
    static String plain(Object value, String separator) {
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(item -> plain(item, separator)).collect(Collectors.joining(separator));
        }
        return String.valueOf(value);
    }
}
