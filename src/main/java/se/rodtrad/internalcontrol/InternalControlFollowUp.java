package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import java.util.List;
import java.util.UUID;

/**
 * What a report (delårsrapport or verksamhetsberättelse) needs of a plan's internal control: every risk with
 * its assessment and decision, each control with its result at this occasion, the deviations found and the
 * actions decided because of them; at year end also the ISK judgement. Read API for the reports module.
 */
public record InternalControlFollowUp(
        UUID planId,
        String planKey,
        String bodyCode,
        String bodyName,
        int year,
        ReportOccasion occasion,
        List<RiskFollowUp> risks,
        JudgementView judgement,
        boolean containsExempeldata) {

    public record RiskFollowUp(UUID riskId, int number, String activity, String text, RiskScope scope, String requirement,
            Assessment assessment, RiskDecision decision, String decisionReason, List<ActionView> actions, List<ControlFollowUp> controls) {
    }

    /** A control and its result at this occasion (null when not yet reported), with the actions its deviation led to. */
    public record ControlFollowUp(UUID controlId, String what, String how, String frequency, String responsible, ControlResultView result,
            List<ActionView> newActions) {
    }

    /** The same follow-up without who wrote the results and the judgement (their accounts): what the public may read. */
    public InternalControlFollowUp withoutAccounts() {
        List<RiskFollowUp> anonymous = risks.stream().map(r -> new RiskFollowUp(r.riskId(), r.number(), r.activity(), r.text(), r.scope(),
                r.requirement(), r.assessment(), r.decision(), r.decisionReason(), r.actions(), r.controls().stream()
                        .map(c -> new ControlFollowUp(c.controlId(), c.what(), c.how(), c.frequency(), c.responsible(), c.result() == null ? null
                                : new ControlResultView(c.result().id(), c.result().controlId(), c.result().occasion(), c.result().outcome(),
                                        c.result().result(), c.result().deviation(), c.result().exempeldata(), c.result().version(), null,
                                        c.result().updatedAt()), c.newActions())).toList())).toList();
        JudgementView j = judgement == null ? null : new JudgementView(judgement.id(), judgement.sufficient(), judgement.reasons(),
                judgement.exempeldata(), judgement.version(), null, judgement.updatedAt());
        return new InternalControlFollowUp(planId, planKey, bodyCode, bodyName, year, occasion, anonymous, j, containsExempeldata);
    }

    public int controls() {
        return risks.stream().mapToInt(r -> r.controls().size()).sum();
    }

    public int controlsReported() {
        return (int) risks.stream().flatMap(r -> r.controls().stream()).filter(c -> c.result() != null).count();
    }

    public int deviations() {
        return (int) risks.stream().flatMap(r -> r.controls().stream())
                .filter(c -> c.result() != null && c.result().outcome() == ControlOutcome.DEVIATION).count();
    }
}
