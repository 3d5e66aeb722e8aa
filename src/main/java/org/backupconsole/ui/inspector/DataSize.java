package org.backupconsole.ui.inspector;

import java.util.Locale;

/** A number of bytes as people read it: 512 MB, 3.4 GB. */
final class DataSize {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private DataSize() {
    }

    static String of(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 || value >= 100
                ? String.format(Locale.ROOT, "%.0f %s", value, UNITS[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
