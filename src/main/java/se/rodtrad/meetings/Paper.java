package se.rodtrad.meetings;

import java.util.UUID;

/**
 * A decision paper (beslutsunderlag) of an agenda item: listed by title as the notice prints it ({@code LISTED}), a file
 * uploaded to the case ({@code UPLOAD}, {@code documentId}), or a document the product renders ({@code RENDERED},
 * {@code href} to it: the plan as PDF, the report of delegated decisions).
 */
public record Paper(UUID id, int position, String title, String kind, UUID documentId, String href) {

    public static Paper listed(String title) {
        return new Paper(null, 0, title, "LISTED", null, null);
    }

    public static Paper rendered(String title, String href) {
        return new Paper(null, 0, title, "RENDERED", null, href);
    }
}
