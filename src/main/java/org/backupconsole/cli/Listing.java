package org.backupconsole.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command's result: its columns and its rows, one thing (a restore, a cluster's settings) or a list. */
final class Listing {

    private final List<Column> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final boolean single;

    private Listing(List<Column> columns, boolean single) {
        this.columns = List.copyOf(columns);
        this.single = single;
    }

    static Listing list(List<Column> columns) {
        return new Listing(columns, false);
    }

    static Listing one(List<Column> columns) {
        return new Listing(columns, true);
    }

    /** Adds a row; its values are given in the order of the columns. */
    Listing row(Object... values) {
        if (values.length != columns.size() || (single && !rows.isEmpty())) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + columns.size()
                    + " columns" + (single ? ", in a result of one row" : ""));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i).field(), values[i]);
        }
        rows.add(row);
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    List<Map<String, Object>> rows() {
        return rows;
    }

    boolean single() {
        return single;
    }
}
