package org.backupconsole.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.backupconsole.backend.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paging a time-ordered listing by keyset, asking its source only for the slice past the token. */
class KeysetPagerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private record Item(Instant time, String id, boolean listed, String key) {
        Item(Instant time, String id, boolean listed) {
            this(time, id, listed, KeysetPager.timeKey(time, id));
        }
    }

    /** A source that answers slices as the engine does, and counts what it hands out. */
    private static final class Source implements KeysetPager.TimeSlices<Item> {
        final List<Item> oldestFirst;
        final AtomicInteger handedOut = new AtomicInteger();

        Source(List<Item> items) {
            oldestFirst = items.stream().sorted(Comparator.comparing(Item::key)).toList();
        }

        @Override
        public List<Item> slice(TimeRange window, boolean descending, int limit) {
            List<Item> inWindow = new ArrayList<>(oldestFirst.stream().filter(i -> window.contains(i.time())).toList());
            if (descending) {
                Collections.reverse(inWindow);
            }
            List<Item> slice = inWindow.subList(0, Math.min(limit, inWindow.size()));
            handedOut.addAndGet(slice.size());
            return slice;
        }
    }

    private static List<Item> walk(Source source, TimeRange range, boolean descending, int limit) {
        List<Item> seen = new ArrayList<>();
        Optional<String> token = Optional.empty();
        for (int pages = 0; pages < 1_000; pages++) {
            var page = KeysetPager.pageByTime(source, Item::key, Item::listed, range, descending, "backups", token,
                    limit);
            seen.addAll(page.items());
            if (page.pagination() == null) {
                return seen;
            }
            assertEquals(limit, page.items().size(), "a page followed by another is full");
            token = Optional.of(page.pagination().nextPage());
        }
        throw new AssertionError("the pages did not end");
    }

    private static List<Item> expected(List<Item> items, TimeRange range, boolean descending) {
        Stream<Item> listed = items.stream().filter(Item::listed).filter(i -> range.contains(i.time()));
        Comparator<Item> byKey = Comparator.comparing(Item::key);
        return listed.sorted(descending ? byKey.reversed() : byKey).toList();
    }

    /** Seven backups share one instant, around a page boundary whatever the page size. */
    private static List<Item> withEqualTimes() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new Item(T0.plusSeconds(i / 7 == 1 ? 7 : i), "b" + (char) ('a' + i), i % 5 != 3));
        }
        return items;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6, 7, 8, 19, 20, 21})
    void everyListedItemComesOnceInOrderWhateverThePageSize(int limit) {
        List<Item> items = withEqualTimes();
        for (boolean descending : new boolean[] {false, true}) {
            assertEquals(expected(items, TimeRange.ALL, descending),
                    walk(new Source(items), TimeRange.ALL, descending, limit), "descending " + descending);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void startIsInclusiveAndEndExclusiveOnEveryPage(int limit) {
        List<Item> items = withEqualTimes();
        TimeRange range = TimeRange.between(T0.plusSeconds(4), T0.plusSeconds(15));
        for (boolean descending : new boolean[] {false, true}) {
            List<Item> seen = walk(new Source(items), range, descending, limit);
            assertEquals(expected(items, range, descending), seen);
            assertTrue(seen.stream().anyMatch(i -> i.time().equals(T0.plusSeconds(4))));
            assertTrue(seen.stream().noneMatch(i -> i.time().equals(T0.plusSeconds(15))));
        }
    }

    @Test
    void aPageAsksTheSourceForAboutAPageNotTheWholeList() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            items.add(new Item(T0.plusSeconds(300L * i), "b" + i, true));
        }
        Source source = new Source(items);
        var first = KeysetPager.pageByTime(source, Item::key, Item::listed, TimeRange.ALL, true, "backups",
                Optional.empty(), 500);
        var second = KeysetPager.pageByTime(source, Item::key, Item::listed, TimeRange.ALL, true, "backups",
                Optional.of(first.pagination().nextPage()), 500);
        assertEquals("b99999", first.items().get(0).id());
        assertEquals("b99499", second.items().get(0).id());
        // Each page: its 500 and one to tell that more follow; the second also the token's own item again.
        assertTrue(source.handedOut.get() <= 501 + 502, "handed out " + source.handedOut.get());
    }

    @Test
    void theLastPageHasNoNextPage() {
        List<Item> items = withEqualTimes();
        var page = KeysetPager.pageByTime(new Source(items), Item::key, Item::listed, TimeRange.ALL, false,
                "backups", Optional.empty(), 100);
        assertEquals(expected(items, TimeRange.ALL, false), page.items());
        assertNull(page.pagination());
    }

    @Test
    void aTokenIssuedForOneOrderIsRefusedInTheOther() {
        Source source = new Source(withEqualTimes());
        String ascending = KeysetPager.pageByTime(source, Item::key, Item::listed, TimeRange.ALL, false, "backups",
                Optional.empty(), 2).pagination().nextPage();
        ApiError refused = assertThrows(ApiError.class, () -> KeysetPager.pageByTime(source, Item::key,
                Item::listed, TimeRange.ALL, true, "backups", Optional.of(ascending), 2));
        assertEquals(400, refused.httpStatus());
    }

    @Test
    void aTokenPastTheEndOfTheRangeGivesAnEmptyLastPage() {
        List<Item> items = withEqualTimes();
        String token = KeysetPager.pageByTime(new Source(items), Item::key, Item::listed, TimeRange.ALL, true,
                "backups", Optional.empty(), 2).pagination().nextPage();
        TimeRange later = TimeRange.between(T0.plusSeconds(18), T0.plusSeconds(30));
        var page = KeysetPager.pageByTime(new Source(items), Item::key, Item::listed, later, true, "backups",
                Optional.of(token), 2);
        assertEquals(List.of(), page.items());
        assertNull(page.pagination());
    }
}
