package se.rodtrad.planning;

import java.util.List;
import java.util.UUID;

/** One lineage in a comparison of two plans; {@code from}/{@code to} are null where the item is missing. */
public record ComparisonEntry(Change change, ItemType type, UUID lineageId, PlanEntry from, PlanEntry to, List<WordDiff.Token> diff,
        boolean renumbered, boolean targetChanged) {

    public UUID fromItemId() {
        return from == null ? null : from.id();
    }

    public UUID toItemId() {
        return to == null ? null : to.id();
    }
}
