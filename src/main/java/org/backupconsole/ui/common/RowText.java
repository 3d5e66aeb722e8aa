package org.backupconsole.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A table row as text to copy: tab-separated fields for a spreadsheet, or labelled lines for a person. */
public final class RowText {

    private RowText() {
    }

    /** The non-blank fields, joined by tabs. */
    public static String fields(String... values) {
        return Stream.of(values).filter(Objects::nonNull).filter(v -> !v.isBlank()).collect(Collectors.joining("\t"));
    }

    /** "Label: value" lines from label, value pairs; a blank value leaves its line out. */
    public static String lines(String... labelsAndValues) {
        if (labelsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("labels and values come in pairs");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            String value = labelsAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                lines.add(labelsAndValues[i] + ": " + value);
            }
        }
        return String.join("\n", lines);
    }
}
