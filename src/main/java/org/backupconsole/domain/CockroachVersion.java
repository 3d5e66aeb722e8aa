package org.backupconsole.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The major CockroachDB version a cluster runs, such as {@code v25.2}. A backup restores only into a cluster on
 * its own version or a newer one: that is what the console means by "incompatible versions cannot be selected".
 */
public record CockroachVersion(int year, int release) implements Comparable<CockroachVersion> {

    /** What the simulator's clusters run unless a scenario says otherwise. */
    public static final CockroachVersion CURRENT = new CockroachVersion(25, 2);

    private static final Pattern FORM = Pattern.compile("v?(\\d{1,3})\\.(\\d{1,2})(?:\\.\\d+)?(?:-.*)?");

    public CockroachVersion {
        if (year < 0 || release < 0) {
            throw new IllegalArgumentException("a version has no negative parts");
        }
    }

    /** Reads {@code v25.2}, {@code 25.2} or {@code v25.2.4}; the patch is not part of compatibility. */
    public static CockroachVersion parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a CockroachDB version; write it as v25.2.");
        }
        return new CockroachVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Whether a backup taken on {@code backupVersion} can be restored into a cluster on this version. */
    public boolean canRestoreFrom(CockroachVersion backupVersion) {
        return compareTo(backupVersion) >= 0;
    }

    @Override
    public int compareTo(CockroachVersion other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(release, other.release);
    }

    @Override
    public String toString() {
        return "v" + year + "." + release;
    }
}
