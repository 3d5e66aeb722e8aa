package org.backupconsole.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.backupconsole.wire.ApiPaths;
import org.backupconsole.wire.Pagination;

/**
 * Keyset pagination: items are ordered by a string key, and a page token is the key of the last item already
 * returned, so a page stays correct when items before it expire between requests.
 */
final class KeysetPager {

    private KeysetPager() {
    }

    record Page<T>(List<T> items, Pagination pagination) {
    }

    static <T> Page<T> page(List<T> items, Function<T, String> key, boolean descending, Optional<String> token,
                            int limit) {
        Comparator<String> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Optional<String> after = token.map(KeysetPager::decode);
        List<T> remaining = items.stream()
                .sorted(Comparator.comparing(key, order))
                .filter(item -> after.map(a -> order.compare(key.apply(item), a) > 0).orElse(true))
                .toList();
        if (remaining.size() <= limit) {
            return new Page<>(remaining, null);
        }
        List<T> page = remaining.subList(0, limit);
        return new Page<>(page, new Pagination(encode(key.apply(page.get(limit - 1))), null));
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badQuery(ApiPaths.PAGE, "a page token this service issued", token);
        }
    }
}
