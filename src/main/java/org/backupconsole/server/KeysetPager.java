package org.backupconsole.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
