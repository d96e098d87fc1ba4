package se.rodtrad.internalcontrol;

import java.util.List;
import java.util.UUID;

/** A region-wide risk of a year, its region-wide actions, and the bodies' plans it appears in. */
public record RegionRiskView(UUID id, int year, int number, String activity, String text, String requirement, String source,
        List<ActionView> actions, List<PlanRef> plans, int version) {

    /** A body's plan that carries the region-wide risk, with that body's assessment and decision. */
    public record PlanRef(UUID planId, String planKey, String bodyCode, String bodyName, UUID riskId, Assessment assessment,
            RiskDecision decision) {
    }
}
