package org.backupconsole.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.BackupType;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;
import org.junit.jupiter.api.Test;

/**
 * A cluster's backups, kept in arrays: what is listed, in what order, with which ids and types, as chains expire
 * from the front and out of order and the arrays are compacted under them.
 */
class BackupTimelineTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int CHAIN = 10;
    private static final int CHAINS = 400;

    private final TimeBase time = new TimeBase(START);
    private final SimCluster cluster = new SimCluster("c1", "one", Plan.STANDARD, CloudProvider.GCP, List.of("us-east1"),
            "us-east1", START, Catalog.EMPTY, CockroachVersion.CURRENT, time);
    private final BackupTimeline timeline = cluster.backups;
    private final List<BackupChain> chains = new ArrayList<>();
    private final List<UUID> ids = new ArrayList<>();

    /** Backup i is taken at minute i + 1; every tenth starts a chain. */
    private void take(int count) {
        for (int i = 0; i < count; i++) {
            int n = ids.size();
            long at = (n + 1) * TimeBase.NANOS_PER_MINUTE;
            if (n % CHAIN == 0) {
                chains.add(new BackupChain(at, 7, timeline.nextPosition()));
            }
            UUID id = new UUID(n, ~n);
            ids.add(id);
            timeline.add(at, at + 2 * TimeBase.NANOS_PER_MINUTE, id, chains.get(chains.size() - 1), Catalog.EMPTY);
        }
    }

    private void expire(BackupChain chain) {
        timeline.remove(chain.first, chain.end);
    }

    @Test
    void listsWhatIsKeptNewestFirstThroughExpiriesAndCompaction() {
        take(CHAIN * CHAINS);
        for (int chain = 0; chain < CHAINS - 20; chain++) {
            expire(chains.get(chain));
            take(CHAIN);
        }
        // A later chain expiring before older ones, as after a shorter retention.
        BackupChain early = chains.get(chains.size() - 5);
        expire(early);

        List<SimBackup> listed = timeline.newestFirst(TimeRange.ALL);
        List<String> expected = new ArrayList<>();
        for (int n = ids.size() - 1; n >= (CHAINS - 20) * CHAIN; n--) {
            int position = n;
            if (position < early.first || position >= early.end) {
                expected.add(ids.get(n).toString());
            }
        }
        assertEquals(expected, listed.stream().map(backup -> backup.id).toList());
        assertEquals(expected.size(), timeline.size());
        SimBackup newest = listed.get(0);
        assertEquals(START.plus(Duration.ofMinutes(ids.size())), newest.asOf);
        assertEquals(newest.asOf.plus(Duration.ofMinutes(2)), newest.completesAt);
        assertEquals(BackupType.INCREMENTAL, newest.type);
        SimBackup full = timeline.find(ids.get(chains.get(chains.size() - 1).first).toString());
        assertEquals(BackupType.FULL, full.type);
        assertEquals(full.asOf.plus(Duration.ofDays(7)), full.expiresAt);
        assertEquals(7, full.retentionDays);
    }

    @Test
    void findsOnlyListedBackupsByTheirCanonicalIds() {
        take(CHAIN * 3);
        expire(chains.get(0));
        assertNull(timeline.find(ids.get(0).toString()), "an expired backup");
        assertEquals(ids.get(CHAIN).toString(), timeline.find(ids.get(CHAIN).toString()).id);
        assertNull(timeline.find(ids.get(CHAIN).toString().toUpperCase()), "another spelling of a listed id");
        assertNull(timeline.find("not-an-id"));
    }

    @Test
    void aRangeIsReadByAsOfTime() {
        take(CHAIN * 3);
        TimeRange range = new TimeRange(Optional.of(START.plus(Duration.ofMinutes(5))),
                Optional.of(START.plus(Duration.ofMinutes(8))));
        assertEquals(List.of(7, 6, 5).stream().map(minute -> START.plus(Duration.ofMinutes(minute))).toList(),
                timeline.newestFirst(range).stream().map(backup -> backup.asOf).toList());
        TimeRange beyondReach = new TimeRange(Optional.of(START.minus(Duration.ofDays(366 * 400))),
                Optional.of(START.plus(Duration.ofDays(366 * 400))));
        assertEquals(CHAIN * 3, timeline.newestFirst(beyondReach).size());
    }

    @Test
    void asOfTimesMustIncrease() {
        take(1);
        assertThrows(IllegalStateException.class, () -> timeline.add(TimeBase.NANOS_PER_MINUTE, 0, new UUID(9, 9),
                chains.get(0), Catalog.EMPTY));
    }
}
