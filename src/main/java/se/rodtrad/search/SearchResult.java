package se.rodtrad.search;

import java.util.List;

/**
 * What a search found: the hits, best first, at most {@link Search#MAX_HITS}; {@code more} when there were more;
 * when nothing was found a {@code suggestion} — the query with a word spelled as the texts spell it — or
 * {@code widerFilter}, when the same words are found without the kind, body or year chosen.
 */
public record SearchResult(String query, List<SearchHit> hits, boolean more, String suggestion, boolean widerFilter) {

    /** No search run: the query was refused (the page shows why). */
    public static SearchResult refused() {
        return empty(null);
    }

    static SearchResult empty(String query) {
        return new SearchResult(query, List.of(), false, null, false);
    }
}
