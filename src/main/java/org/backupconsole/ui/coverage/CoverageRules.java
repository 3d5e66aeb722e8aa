package org.backupconsole.ui.coverage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.IncompleteBackup;

/**
 * Whether a cluster's backups keep up with its schedule, judged from the backups list and the settings alone, so
 * that the live Cloud API and the simulator are judged alike. Gaps are measured between instants, so a day of 23
 * or 25 hours at a change of daylight saving time neither hides nor invents one; days are the user's.
 */
public final class CoverageRules {

    /** How far ahead "expires soon" looks. */
    public static final Duration EXPIRY_HORIZON = Duration.ofDays(7);
    /** The least grace: a run takes minutes and starts a little after its time, so a short schedule is not late at once. */
    static final Duration LEAST_GRACE = Duration.ofMinutes(15);

    private final ZoneId zone;

    public CoverageRules(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** How late a backup may be before it counts as missed: half the frequency, and at least 15 minutes. */
    public static Duration graceFor(Duration frequency) {
        Duration half = frequency.dividedBy(2);
        return half.compareTo(LEAST_GRACE) < 0 ? LEAST_GRACE : half;
    }

    /**
     * Judges the backups (in any order) at {@code now}. A backup counts toward the recovery point unless the
     * backend reports it still in progress: the Cloud API lists only backups that were taken.
     *
     * @param runs the cluster's failed and pending runs, or empty when the backend does not report them
     */
    public Coverage judge(List<Backup> backups, BackupSettings settings, Optional<List<IncompleteBackup>> runs,
                          Instant now) {
        Duration frequency = Duration.ofMinutes(settings.frequencyMinutes());
        Duration allowed = frequency.plus(graceFor(frequency));
        List<Backup> taken = backups.stream().filter(b -> !b.isInProgress())
                .sorted(Comparator.comparing(Backup::asOfTime)).toList();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        backups.forEach(b -> perDay.merge(day(b.asOfTime()), 1, Integer::sum));
        List<Gap> gaps = new ArrayList<>();
        if (settings.enabled()) {
            for (int i = 1; i < taken.size(); i++) {
                Instant from = taken.get(i - 1).asOfTime();
                Instant to = taken.get(i).asOfTime();
                if (Duration.between(from, to).compareTo(allowed) > 0) {
                    gaps.add(new Gap(from, to));
                }
            }
        }
        Optional<Instant> newest = taken.isEmpty() ? Optional.empty() : Optional.of(taken.get(taken.size() - 1).asOfTime());
        boolean overdue = settings.enabled() && newest.isPresent()
                && Duration.between(newest.get(), now).compareTo(allowed) > 0;
        if (overdue) {
            gaps.add(new Gap(newest.get(), now));
        }
        Set<LocalDate> shortDays = new HashSet<>();
        gaps.forEach(gap -> shortDays.addAll(daysMissed(gap, allowed)));
        Instant horizon = now.plus(EXPIRY_HORIZON);
        List<Backup> expiring = backups.stream()
                .filter(b -> b.expiresAt().isAfter(now) && !b.expiresAt().isAfter(horizon))
                .sorted(Comparator.comparing(Backup::expiresAt)).toList();
        Set<LocalDate> expiringDays = new HashSet<>();
        expiring.forEach(b -> expiringDays.add(day(b.asOfTime())));
        Optional<List<IncompleteBackup>> failed = runs.map(all -> all.stream()
                .filter(run -> run.failure().isPresent())
                .sorted(Comparator.comparing(IncompleteBackup::startedAt).reversed()).toList());
        return new Coverage(settings, frequency, allowed, now, newest, overdue, List.copyOf(gaps), perDay, shortDays,
                expiring, expiringDays, failed);
    }

    /** The days on which a backup was due and none came: from the first missed due time to the gap's end. */
    private Set<LocalDate> daysMissed(Gap gap, Duration allowed) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate last = day(gap.to());
        for (LocalDate d = day(gap.from().plus(allowed)); !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** A stretch longer than the frequency plus the grace without a taken backup; {@code to} is now while it lasts. */
    public record Gap(Instant from, Instant to) {

        public Duration length() {
            return Duration.between(from, to);
        }
    }

    /**
     * The verdict at one moment.
     *
     * @param allowed      the frequency plus the grace: the longest wait for the next backup that is not a gap
     * @param newestTaken  the as-of time of the newest backup not in progress
     * @param perDay       the number of backups listed for each day
     * @param shortDays    the days on which a due backup did not come
     * @param expiringSoon the backups that expire within {@link #EXPIRY_HORIZON}, soonest first
     * @param expiringDays the days of the backups that expire soon
     * @param failedRuns   failed runs, newest first; empty when the backend does not report them
     */
    public record Coverage(BackupSettings settings, Duration frequency, Duration allowed, Instant now,
                           Optional<Instant> newestTaken, boolean overdue, List<Gap> gaps,
                           Map<LocalDate, Integer> perDay, Set<LocalDate> shortDays, List<Backup> expiringSoon,
                           Set<LocalDate> expiringDays, Optional<List<IncompleteBackup>> failedRuns) {

        public static final Coverage NONE = new Coverage(new BackupSettings(false, 1440, 30), Duration.ofDays(1),
                Duration.ofDays(1), Instant.EPOCH, Optional.empty(), false, List.of(), Map.of(), Set.of(), List.of(),
                Set.of(), Optional.of(List.of()));

        public Coverage {
            perDay = Map.copyOf(perDay);
            shortDays = Set.copyOf(shortDays);
            expiringSoon = List.copyOf(expiringSoon);
            expiringDays = Set.copyOf(expiringDays);
        }

        /** How old the newest taken backup is now: the recovery point if the cluster were lost this moment. */
        public Optional<Duration> recoveryPoint() {
            return newestTaken.map(t -> Duration.between(t, now));
        }

        public int backupsOn(LocalDate day) {
            return perDay.getOrDefault(day, 0);
        }

        /** A day's marks in words, for hover texts and screen readers: "48 backups. Some expire within 7 days." */
        public String dayInWords(LocalDate day) {
            int backups = backupsOn(day);
            StringBuilder words = new StringBuilder(backups == 1 ? "1 backup." : backups + " backups.");
            if (shortDays.contains(day)) {
                words.append(" A scheduled backup did not come.");
            }
            if (expiringDays.contains(day)) {
                words.append(" Some expire within 7 days.");
            }
            return words.toString();
        }
    }
}
