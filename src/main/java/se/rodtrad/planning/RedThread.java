package se.rodtrad.planning;

import java.util.List;

/**
 * The röd tråd of one item: the chain above it — what the document says it serves (RUS vision, overall goal,
 * effect goal or priority area) and its parents in its own plan — and everything below it; beside it the same item
 * in other years and the items of other plans that serve it.
 *
 * @param up        from the top (e.g. the RUS vision) down to the item's parent; each step names its plan
 * @param down      the item's descendants in document order (depth relative to the item, 1 = child)
 * @param servedBy  items of other plans that name this item's lineage as what they serve (with their plan)
 * @param planWide  what the item's plan as a whole says it addresses (action plans)
 * @param years     the same lineage in every plan that holds it, oldest first
 */
public record RedThread(PlanSummary plan, PlanEntry item, List<Step> up, List<PlanEntry> down, List<SearchHit> servedBy,
        List<ServesLink> planWide, List<SearchHit> years) {

    /** One step of the upward chain; {@code via} tells whether it is a parent in the plan or a link the document makes. */
    public record Step(PlanSummary plan, PlanEntry entry, String via) {
    }
}
