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

    private OpenData() {
    }

    /** The data wrapped with its licence, the licence also in the {@code Link} header. */
    public static <T> ResponseEntity<Published<T>> json(T data) {
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"")
                .body(new Published<>(LICENCE, PUBLISHER, data));
    }

    /** A CSV file (the rows already written) with its licence in the {@code Link} header. */
    public static ResponseEntity<String> csv(String body) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"").body("\uFEFF" + body);
    }
}
