package se.rodtrad.planning;

import java.util.UUID;

/**
 * New content for an item, read at {@code version}. Null {@code kind}, {@code tag} or {@code unit} clear them;
 * {@code target} is only read for indicators; {@code koladaId} must name a KPI of the catalog or be blank.
 */
public record UpdateItem(UUID itemId, int version, String kind, String number, String text, String tag, TargetDraft target,
        String unit, String koladaId) {
}
