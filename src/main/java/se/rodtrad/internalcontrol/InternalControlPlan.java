package se.rodtrad.internalcontrol;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rodtrad.planning.PlanSummary;

/**
 * A plan's internal control plan: the texts the plan prints (description, requirements a–e, explanations),
 * its risks in document order, and the body's ISK judgement for the year when given. When the plan prints
 * no requirements (the RTN 2026 slide), {@code requirements} are those of the latest plan that does and
 * {@code requirementsFrom} names that plan's key; otherwise it is null.
 */
public record InternalControlPlan(
        UUID id,
        PlanSummary plan,
        String title,
        String section,
        String source,
        List<String> description,
        List<RequirementText> requirements,
        String requirementsFrom,
        List<Explanation> explanations,
        List<RiskView> risks,
        JudgementView judgement,
        int version) {

    /** A slip found in the plan's texts (message key and its arguments); the text itself stays as printed. */
    public record Finding(String messageKey, List<String> arguments) {
    }

    public List<Finding> findings() {
        return IskTextCheck.check(description);
    }

    /** "Verksamhet: Process/område." — the plan's explanation of a column of its table. */
    public record Explanation(String label, String text) {
    }

    public RiskMatrix matrix() {
        return RiskMatrix.of(risks);
    }

    public Optional<RiskView> risk(UUID riskId) {
        return risks.stream().filter(r -> r.id().equals(riskId)).findFirst();
    }

    public Optional<RequirementText> requirement(String letter) {
        return requirements.stream().filter(r -> r.letter().equals(letter)).findFirst();
    }

    public boolean containsExempeldata() {
        return risks.stream().anyMatch(RiskView::containsExempeldata) || (judgement != null && judgement.exempeldata());
    }
}
