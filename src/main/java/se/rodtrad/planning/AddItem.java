package se.rodtrad.planning;

import java.util.UUID;

/** A new item, last under {@code parentId} (or last at the top of the plan when null). */
public record AddItem(UUID planId, UUID parentId, ItemType type, String kind, String number, String text, String tag,
        String issuer, TargetDraft target) {
}
