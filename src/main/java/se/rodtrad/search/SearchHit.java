package se.rodtrad.search;

import java.util.List;

/**
 * One hit: what it is, its title, where it is (a path in the product; in the public search a path of the portal), the
 * matching text in context as {@code parts} (text and whether it is a matching word — shown marked, never as markup,
 * so a text holding HTML stays text) and as plain {@code snippet}, the body's code and the year.
 */
public record SearchHit(SearchKind kind, String title, String url, List<Part> parts, String body, int year, double rank) {

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
