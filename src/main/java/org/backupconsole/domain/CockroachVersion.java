package org.backupconsole.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The major CockroachDB version a cluster runs, such as {@code v25.2}. A backup restores only into a cluster on
 * its own major version or the next one, where an innovation release may be skipped: that is what the console
 * means by "incompatible versions cannot be selected".
 *
 * <p>Source: CockroachDB docs, "Restoring Backups Across Versions" (v24.1 to v25.4): "Cockroach Labs supports
 * restoring a backup taken on a cluster on a specific major version into a cluster that is on the same version
 * or the next major version. [...] Additionally, you can skip an innovation release version when restoring a
 * backup." Its table: 23.2 into 23.2 or 24.1; 24.1 into 24.1, 24.2 or 24.3; 24.2 (innovation) into 24.2 or 24.3;
 * 24.3 into 24.3, 25.1 (innovation) or 25.2. The release cadence: two regular releases a year up to 23.2
 * (x.1, x.2); in 2024 v24.1 and v24.3 regular with v24.2 an innovation release; from 2025 four a year, the
 * even ones (x.2, x.4) regular and the odd ones (x.1, x.3) innovation releases. A version off that cadence
 * (v25.9, say) restores only into itself.
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

    /** The rule, as messages state it. */
    public static final String RESTORE_RULE = "a backup restores only into the same major version or the next one, "
            + "where an innovation release may be skipped";

    /** Whether a backup taken on {@code backupVersion} can be restored into a cluster on this version. */
    public boolean canRestoreFrom(CockroachVersion backupVersion) {
        return backupVersion.restorableInto().contains(this);
    }

    /** The versions a backup taken on this one restores into, oldest first: itself, the next, and maybe one more. */
    public List<CockroachVersion> restorableInto() {
        List<CockroachVersion> into = new ArrayList<>(List.of(this));
        Optional<CockroachVersion> next = next();
        next.ifPresent(into::add);
        next.filter(CockroachVersion::isInnovation).flatMap(CockroachVersion::next).ifPresent(into::add);
        return List.copyOf(into);
    }

    /** The versions a backup on this one restores into, as a sentence says them: "v25.2, v25.3 or v25.4". */
    public String restorableIntoText() {
        List<String> names = restorableInto().stream().map(CockroachVersion::toString).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** An innovation release: v24.2, and from 2025 the odd releases (v25.1, v25.3, ...). */
    public boolean isInnovation() {
        return isRelease() && (year == 24 ? release == 2 : year >= 25 && release % 2 == 1);
    }

    /** The major release after this one on the cadence; empty for a version off it. */
    Optional<CockroachVersion> next() {
        if (!isRelease()) {
            return Optional.empty();
        }
        return Optional.of(release < releasesIn(year) ? new CockroachVersion(year, release + 1)
                : new CockroachVersion(year + 1, 1));
    }

    private boolean isRelease() {
        return release >= 1 && release <= releasesIn(year);
    }

    private static int releasesIn(int year) {
        return year < 24 ? 2 : year == 24 ? 3 : 4;
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
