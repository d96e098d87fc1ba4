package se.rodtrad.shared.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Open data, the same way everywhere under {@code /api/v1/public}: every answer wrapped with its licence and
 * publisher ({@link Published}), the licence also as a {@code Link: rel="license"} header (RFC 4946), CSV with a BOM so
 * that Excel reads the Swedish letters. No usernames or other personal data go into it (OpenDataIsAnonymousTest).
 */
public final class OpenData {

    public static final String LICENCE = "CC0 1.0 Universal — https://creativecommons.org/publicdomain/zero/1.0/";
    public static final String LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/";
    public static final String PUBLISHER = "Röd tråd";
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** Public data with the licence it is given under and who publishes it. */
    public record Published<T>(String licence, String publisher, T data) {
    }

    /**
     * One page of a public list, wrapped like {@link Published}, with where it is in the whole list and the address of
     * the next page ({@code null} on the last one). Long lists are paged so that no request reads them whole.
     */
    public record PublishedPage<T>(String licence, String publisher, T data, Paging paging) {
    }

    /** A page's place in a list: page from 0, rows per page, how many in all, and the next page's address. */
    public record Paging(int page, int size, long total, int totalPages, String next) {

        /**
         * The paging of page {@code page} of {@code total} rows at {@code path}, the next page's address keeping the
         * other query parameters ({@code null}-valued ones left out).
         */
        public static Paging of(String path, java.util.Map<String, ?> query, int page, int size, long total) {
            int pages = (int) Math.max(1, (total + size - 1) / size);
            String next = null;
            if ((long) (page + 1) * size < total) {
                var uri = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
                query.forEach((k, v) -> {
                    if (v != null) {
                        uri.queryParam(k, v);
                    }
                });
                next = uri.queryParam("page", page + 1).queryParam("size", size).encode().build().toUriString();
            }
            return new Paging(page, size, total, pages, next);
        }
    }

    private OpenData() {
    }

    /** A page of data wrapped with its licence and paging; the next page also as a {@code Link: rel="next"} header. */
    public static <T> ResponseEntity<PublishedPage<T>> page(T data, Paging paging) {
        var answer = ResponseEntity.ok().header(HttpHeaders.LINK, links(paging.next()));
        return answer.body(new PublishedPage<>(LICENCE, PUBLISHER, data, paging));
    }

    /**
     * A page of an internal API's list as a plain array: how many in all in {@code X-Total-Count}, the next page in the
     * {@code Link} header ({@code rel="next"}).
     */
    public static <T> ResponseEntity<java.util.List<T>> list(java.util.List<T> rows, Paging paging) {
        var answer = ResponseEntity.ok().header("X-Total-Count", Long.toString(paging.total()));
        if (paging.next() != null) {
            answer = answer.header(HttpHeaders.LINK, "<" + paging.next() + ">; rel=\"next\"");
        }
        return answer.body(rows);
    }

    /** A CSV page (the rows already written) with its licence and, when there is one, its next page in the {@code Link} header. */
    public static ResponseEntity<String> csv(String body, String next) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.LINK, links(next)).body("\uFEFF" + body);
    }

    private static String links(String next) {
        String licence = "<" + LICENCE_URL + ">; rel=\"license\"";
        return next == null ? licence : licence + ", <" + next + ">; rel=\"next\"";
    }

    /** The data wrapped with its licence, the licence also in the {@code Link} header. */
    public static <T> ResponseEntity<Published<T>> json(T data) {
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"")
                .body(new Published<>(LICENCE, PUBLISHER, data));
    }

    /** A CSV file (the rows already written) with its licence in the {@code Link} header. */
    public static ResponseEntity<String> csv(String body) {
        return csv(body, null);
    }
}
