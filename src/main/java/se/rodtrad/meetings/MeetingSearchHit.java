package se.rodtrad.meetings;

/**
 * One hit of the meetings' search, in a shape a product-wide search can merge with others: what it is
 * ({@code kind}: CASE, ITEM or DECISION), its title, where it is ({@code url}, a path in the product), a snippet of the
 * matching text, the body's code and the year.
 */
public record MeetingSearchHit(String kind, String title, String url, String snippet, String bodyCode, int year) {
}
