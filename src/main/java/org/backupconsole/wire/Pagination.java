package org.backupconsole.wire;

/**
 * {@code KeysetPaginationResponse}: pass {@code next_page} back as {@code pagination.page}. Absent, empty or a
 * null {@code pagination} object all mean there are no more pages.
 */
public record Pagination(String nextPage, String previousPage) {

    public static boolean hasNext(Pagination pagination) {
        return pagination != null && pagination.nextPage() != null && !pagination.nextPage().isEmpty();
    }
}
