package org.backupconsole.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.wire.ApiPaths;
import org.backupconsole.wire.Pagination;

/**
 * Keyset pagination: items are ordered by a string key, and a page token is the key of the last item already
 * returned, so a page stays correct when items before it expire between requests.
 *
 * <p>A token carries a check of its key and of the listing it came from (the order), so a token this service
 * did not issue, or one issued for another order, is refused rather than read as some position in the list.
 */
final class KeysetPager {

    private static final int CHECK_BYTES = 8;
    private static final String EXPECTED = "a page token this service issued for this listing";

    private KeysetPager() {
    }

    record Page<T>(List<T> items, Pagination pagination) {
    }

    /** At most {@code limit} items whose time lies in the window, from the end the order starts at, in order. */
    @FunctionalInterface
    interface TimeSlices<T> {
        List<T> slice(TimeRange window, boolean descending, int limit);
    }

    /** The key of an item listed by time: by time, then id; 20 digits hold any epoch-nanosecond count of this era. */
    static String timeKey(Instant time, String id) {
        long nanos = time.getEpochSecond() * 1_000_000_000L + time.getNano();
        return String.format("%020d/%s", nanos, id);
    }

    /**
     * A page of a listing kept in time order (keys made by {@link #timeKey}), asking the source only for the
     * slice past the token: it costs the page, not the whole list. Items that are not {@code listed} are left out.
     */
    static <T> Page<T> pageByTime(TimeSlices<T> source, Function<T, String> key, Predicate<T> listed,
                                  TimeRange range, boolean descending, String listing, Optional<String> token,
                                  int limit) {
        Comparator<String> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        String context = listing + (descending ? "/DESC" : "/ASC");
        Optional<String> after = token.map(t -> decode(t, context));
        Optional<TimeRange> window = after.isEmpty() ? Optional.of(range)
                : windowPast(range, timeOf(after.get(), token.get()), descending);
        if (window.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        // One more than a page tells whether another follows, and the window holds the token's own item again.
        // Other items at the token's time, or not listed, are skipped, so the source is asked again for more
        // until a page is full or the window is exhausted.
        int wanted = (int) Math.min(Integer.MAX_VALUE, limit + 1L + (after.isPresent() ? 1 : 0));
        List<T> kept;
        while (true) {
            List<T> slice = source.slice(window.get(), descending, wanted);
            kept = slice.stream()
                    .filter(listed)
                    .filter(item -> after.map(a -> order.compare(key.apply(item), a) > 0).orElse(true))
                    .toList();
            if (kept.size() > limit || slice.size() < wanted || wanted == Integer.MAX_VALUE) {
                break;
            }
            wanted = (int) Math.min(Integer.MAX_VALUE, 2L * wanted);
        }
        if (kept.size() <= limit) {
            return new Page<>(kept, null);
        }
        List<T> page = kept.subList(0, limit);
        return new Page<>(page, new Pagination(encode(key.apply(page.get(limit - 1)), context), null));
    }

    /** The part of the range at or past the token's time, in the listing's order; empty when nothing is left. */
    private static Optional<TimeRange> windowPast(TimeRange range, Instant time, boolean descending) {
        if (descending) {
            Instant end = time.plusNanos(1);
            Instant bounded = range.end().filter(e -> e.isBefore(end)).orElse(end);
            return range.start().filter(s -> !s.isBefore(bounded)).isPresent() ? Optional.empty()
                    : Optional.of(new TimeRange(range.start(), Optional.of(bounded)));
        }
        Instant bounded = range.start().filter(s -> s.isAfter(time)).orElse(time);
        return range.end().filter(e -> !e.isAfter(bounded)).isPresent() ? Optional.empty()
                : Optional.of(new TimeRange(Optional.of(bounded), range.end()));
    }

    private static Instant timeOf(String key, String token) {
        try {
            long nanos = Long.parseLong(key.substring(0, key.indexOf('/')));
            return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        } catch (RuntimeException e) {
            throw ApiError.badQuery(ApiPaths.PAGE, EXPECTED, token);
        }
    }

    /**
     * @param listing what is listed and by what key, such as {@code clusters/NAME}; a token is valid only for
     *                the listing and order it was issued for
     */
    static <T> Page<T> page(List<T> items, Function<T, String> key, boolean descending, String listing,
                            Optional<String> token, int limit) {
        Comparator<String> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        String context = listing + (descending ? "/DESC" : "/ASC");
        Optional<String> after = token.map(t -> decode(t, context));
        List<T> remaining = items.stream()
                .sorted(Comparator.comparing(key, order))
                .filter(item -> after.map(a -> order.compare(key.apply(item), a) > 0).orElse(true))
                .toList();
        if (remaining.size() <= limit) {
            return new Page<>(remaining, null);
        }
        List<T> page = remaining.subList(0, limit);
        return new Page<>(page, new Pagination(encode(key.apply(page.get(limit - 1)), context), null));
    }

    private static String encode(String key, String context) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        byte[] check = check(keyBytes, context);
        byte[] token = Arrays.copyOf(keyBytes, keyBytes.length + CHECK_BYTES);
        System.arraycopy(check, 0, token, keyBytes.length, CHECK_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    private static String decode(String token, String context) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw ApiError.badQuery(ApiPaths.PAGE, EXPECTED, token);
        }
        if (bytes.length < CHECK_BYTES) {
            throw ApiError.badQuery(ApiPaths.PAGE, EXPECTED, token);
        }
        byte[] keyBytes = Arrays.copyOf(bytes, bytes.length - CHECK_BYTES);
        byte[] check = Arrays.copyOfRange(bytes, bytes.length - CHECK_BYTES, bytes.length);
        if (!MessageDigest.isEqual(check, Arrays.copyOf(check(keyBytes, context), CHECK_BYTES))) {
            throw ApiError.badQuery(ApiPaths.PAGE, EXPECTED, token);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(keyBytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badQuery(ApiPaths.PAGE, EXPECTED, token);
        }
    }

    private static byte[] check(byte[] key, String context) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("backup-console page token\u0000".getBytes(StandardCharsets.UTF_8));
            digest.update(context.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(key);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
