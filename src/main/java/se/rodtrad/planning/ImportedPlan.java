package se.rodtrad.planning;

import java.util.List;
import java.util.UUID;

/**
 * A draft plan made from an imported document: the body and year, the title, where it came from ({@code source},
 * "Importerad från vp-2023.pdf") and its items in document order, each pointing at its parent by index in the list
 * (-1 at the top, always an earlier item) and carrying where it was read ({@link Item#source}: "Importerad från
 * vp-2023.pdf, s. 7").
 */
public record ImportedPlan(UUID bodyId, Integer year, String title, String planningYears, String source, List<Item> items) {

    public ImportedPlan {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item as read and reviewed; {@code target} and {@code additionalTargets} for indicators only. */
    public record Item(int parentIndex, ItemType type, String kind, String number, String text, String tag, String issuer, String assignee,
            String heading, String section, TargetDraft target, List<TargetDraft> additionalTargets, String source) {

        public Item {
            additionalTargets = additionalTargets == null ? List.of() : List.copyOf(additionalTargets);
        }
    }
}
