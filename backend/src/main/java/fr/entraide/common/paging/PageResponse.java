package fr.entraide.common.paging;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record PageResponse<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only tells that there is more, and the
     * cursor names the last row that is returned.
     */
    public static <R, T> PageResponse<T> of(List<R> rows, int limit, Function<R, String> cursorOf, Function<R, T> map) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(page.get(page.size() - 1)) : null;
        return new PageResponse<>(page.stream().map(map).toList(), next);
    }

    /** The same, for rows whose views are made all at once (counts for the whole page in a few queries). */
    public static <R, T> PageResponse<T> ofAll(List<R> rows, int limit, Function<R, String> cursorOf, Function<List<R>, List<T>> mapAll) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        return new PageResponse<>(mapAll.apply(page), more ? cursorOf.apply(page.get(page.size() - 1)) : null);
    }
}
