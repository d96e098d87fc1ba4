package se.rodtrad.planning;

import java.util.UUID;

/**
 * A new plan for a body and year, as a draft. With {@code copyFromPlanId} it starts as a copy of that plan of the
 * same body, every item keeping its lineage (the usual way a new year begins); without it, it starts empty and the
 * lineage of what is added is proposed later by wording and position.
 */
public record CreatePlan(UUID bodyId, Integer year, String title, String planningYears, UUID copyFromPlanId) {
}
