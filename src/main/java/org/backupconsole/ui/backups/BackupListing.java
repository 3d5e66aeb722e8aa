package org.backupconsole.ui.backups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;

/**
 * How the page lists a cluster's backups without waiting for all of them: the newest page first and the rest
 * after it, a calendar day on its own, and a refresh of a whole list read before that asks only for what came
 * since and for the oldest backup still listed. On the Cloud API a year of backups every 5 minutes is over 200
 * pages at 10 requests a second; each of these is one or two.
 */
final class BackupListing {

    /** The first rows: one page of the Cloud API. */
    static final int FIRST_PAGE = 500;

    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::asOfTime).reversed();

    private BackupListing() {
    }

    /** Backups newest first, and whether they are every backup of the cluster or only its newest. */
    record Listed(List<Backup> newestFirst, boolean complete) {
        Listed {
            newestFirst = newestFirst.stream().sorted(NEWEST_FIRST).toList();
        }
    }

    static Listed newest(BackupService service, String clusterId) {
        List<Backup> newest = service.listBackups(clusterId, TimeRange.ALL, TimeOrder.NEWEST_FIRST, FIRST_PAGE);
        return new Listed(newest, newest.size() < FIRST_PAGE);
    }

    static Listed all(BackupService service, String clusterId) {
        return new Listed(service.listBackups(clusterId, TimeRange.ALL), true);
    }

    /** The backups of one day in the zone, newest first. */
    static List<Backup> day(BackupService service, String clusterId, LocalDate day, ZoneId zone) {
        TimeRange range = TimeRange.between(day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        return service.listBackups(clusterId, range, TimeOrder.NEWEST_FIRST, Integer.MAX_VALUE).stream()
                .sorted(NEWEST_FIRST).toList();
    }

    /**
     * The whole list again, from the whole list read before: what was taken since the newest known backup (or
     * since the oldest one still being taken, whose status may have changed), and the oldest still listed, so
     * that backups that expired drop off; so does a known backup whose exact expiry has passed.
     */
    static Listed refreshed(BackupService service, String clusterId, List<Backup> known, Instant now) {
        if (known.isEmpty()) {
            return newest(service, clusterId);
        }
        Instant from = known.stream().filter(b -> b.status().isPresent() && !b.isComplete()).map(Backup::asOfTime)
                .min(Comparator.naturalOrder()).orElse(known.get(0).asOfTime());
        List<Backup> since = service.listBackups(clusterId, new TimeRange(Optional.of(from), Optional.empty()));
        List<Backup> oldest = service.listBackups(clusterId, TimeRange.ALL, TimeOrder.OLDEST_FIRST, 1);
        if (oldest.isEmpty()) {
            return new Listed(List.of(), true);
        }
        Instant oldestListed = oldest.get(0).asOfTime();
        List<Backup> merged = new ArrayList<>(since);
        for (Backup backup : known) {
            if (backup.asOfTime().isBefore(from) && !backup.asOfTime().isBefore(oldestListed)
                    && (backup.expiryEstimated() || backup.expiresAt().isAfter(now))) {
                merged.add(backup);
            }
        }
        return new Listed(merged, true);
    }
}
