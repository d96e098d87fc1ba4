package se.rodtrad.planning;

import java.util.UUID;

/**
 * What an item (or a whole action plan) serves outside its own plan, by lineage: the RUS goal or priority area
 * named by the document. {@code relation} SERVES is the starting point the document names, ALSO a further link.
 * The target item is the newest plan item of that lineage; null when no plan holds it.
 */
public record ServesLink(UUID lineageId, String lineageKey, String relation, UUID itemId, UUID planId, String planTitle,
        String kind, String text) {
}
