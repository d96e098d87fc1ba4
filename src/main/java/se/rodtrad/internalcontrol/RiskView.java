package se.rodtrad.internalcontrol;

import java.util.List;
import java.util.UUID;

/**
 * A risk as a body's internal control plan shows it. {@code number} is its place in the plan (1, 2, …);
 * {@code scope} is null when the plan does not say; {@code requirement} is c, d or e, or null when the plan
 * does not say. A region-wide risk's activity, text and region-wide actions come from the region's
 * definition; assessment, decision, the body's own actions and controls belong to this plan.
 */
public record RiskView(
        UUID id,
        UUID planId,
        int number,
        UUID regionRiskId,
        String activity,
        String text,
        RiskScope scope,
        String requirement,
        Assessment assessment,
        RiskDecision decision,
        String decisionReason,
        boolean decisionExempeldata,
        List<ActionView> actions,
        List<ControlView> controls,
        String source,
        int version) {

    public boolean isAssessed() {
        return assessment != null;
    }

    public boolean isTreated() {
        return decision == RiskDecision.TREAT;
    }

    public Integer probability() {
        return assessment == null ? null : assessment.probability();
    }

    public Integer consequence() {
        return assessment == null ? null : assessment.consequence();
    }

    /** The actions as the plan decided them, without those added in its follow-up after a deviation. */
    public List<ActionView> plannedActions() {
        return actions.stream().filter(ActionView::planned).toList();
    }

    public boolean containsExempeldata() {
        return (assessment != null && assessment.exempeldata()) || decisionExempeldata
                || actions.stream().anyMatch(ActionView::exempeldata)
                || controls.stream().anyMatch(c -> c.exempeldata() || c.results().values().stream().anyMatch(ControlResultView::exempeldata));
    }
}
