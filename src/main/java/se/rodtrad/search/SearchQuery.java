package se.rodtrad.search;

/** A search as asked: the words, and optionally a kind, a body's code and a year (as typed; {@link Search} checks them). */
public record SearchQuery(String q, String kind, String body, String year) {

    public SearchQuery(String q) {
        this(q, null, null, null);
    }
}
