package org.backupconsole.server;

import java.util.List;
import java.util.Optional;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;

/**
 * One page of ListClusterBackups computed as the server computes it, by keyset over the engine's ordered
 * backups, and as it did before, by sorting and filtering the cluster's whole list for each page: the
 * benchmark's baseline, kept here only.
 */
public final class PagingCost {

    private PagingCost() {
    }

    /** The page after {@code token} (or the first), newest first, as served. */
    public static Page byKeyset(BackupService service, String clusterId, Optional<String> token, int limit) {
        KeysetPager.TimeSlices<Backup> slices = (window, newestFirst, count) -> service.listBackups(clusterId,
                window, newestFirst ? TimeOrder.NEWEST_FIRST : TimeOrder.OLDEST_FIRST, count);
        var page = KeysetPager.pageByTime(slices, PagingCost::key, Backup::isComplete, TimeRange.ALL, true, "backups",
                token, limit);
        return new Page(page.items(), Optional.ofNullable(page.pagination()).map(p -> p.nextPage()));
    }

    /** The same page by the former way: the whole list, sorted and filtered. */
    public static Page byFullSort(BackupService service, String clusterId, Optional<String> token, int limit) {
        List<Backup> complete = service.listBackups(clusterId, TimeRange.ALL).stream().filter(Backup::isComplete)
                .toList();
        var page = KeysetPager.page(complete, PagingCost::key, true, "backups", token, limit);
        return new Page(page.items(), Optional.ofNullable(page.pagination()).map(p -> p.nextPage()));
    }

    private static String key(Backup backup) {
        return KeysetPager.timeKey(backup.asOfTime(), backup.id());
    }

    /** A page's backups and the token of the next one. */
    public record Page(List<Backup> backups, Optional<String> nextPage) {
    }
}
