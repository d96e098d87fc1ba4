package se.rodtrad.search;

import java.util.List;

/**
 * One hit: what it is, its title, where it is (a path in the product; in the public search a path of the portal), the
 * matching text in context as {@code parts} (text and whether it is a matching word — shown marked, never as markup,
 * so a text holding HTML stays text) and as plain {@code snippet}, the body's code, the year, and where it stands when
 * the title does not say it ({@code source}: a plan item's plan, "Verksamhetsplan med budget 2023"; else null).
 */
public record SearchHit(SearchKind kind, String title, String url, List<Part> parts, String body, int year, double rank, String source) {

    public SearchHit(SearchKind kind, String title, String url, List<Part> parts, String body, int year, double rank) {
        this(kind, title, url, parts, body, year, rank, null);
    }

    SearchHit withRank(double newRank) {
        return new SearchHit(kind, title, url, parts, body, year, newRank, source);
    }

    SearchHit withParts(List<Part> newParts) {
        return new SearchHit(kind, title, url, newParts, body, year, rank, source);
    }

    /** A piece of the snippet; {@code match}: a word the query matched. */
    public record Part(String text, boolean match) {
    }

    /** The snippet as plain text. */
    public String snippet() {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.text()));
        return s.toString();
    }
}
