package se.rodtrad.planning;

/** An item found by search, with the plan it belongs to. */
public record SearchHit(PlanSummary plan, PlanEntry entry) {
}
