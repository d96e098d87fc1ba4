package se.rodtrad.planning;

import java.util.Set;

/**
 * Items of a plan not yet decided were added, changed or removed (edited by hand, from an accepted proposal, or
 * a new plan made as a copy): what follows the plan's indicators reads them again. {@code items} are the items
 * added or changed; removed items are no longer in the plan.
 */
public record PlanContentChanged(PlanId planId, Set<PlanItemId> items, Set<PlanItemId> removed) {

    public PlanContentChanged {
        items = Set.copyOf(items);
        removed = Set.copyOf(removed);
    }
}
