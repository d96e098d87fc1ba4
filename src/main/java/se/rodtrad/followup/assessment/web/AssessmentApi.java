package se.rodtrad.followup.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.assessment.AssessmentTexts;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.assessment.Assessments.IndicatorAssessment;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.followup.web.ValueJson;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * Assessments by program. {@code GET /api/v1/plans/{id}/assessments?period=YYYY} answers once per indicator of the
 * plan: {@code itemId} is the indicator's plan item, as {@code GET /api/v1/plans/{id}/items} gives it; an indicator
 * with several targets is judged by the rule of the weakest target ({@code IndicatorVerdict}), each target's own
 * verdict under {@code targets}.
 */
@RestController
@Tag(name = "Uppföljning: bedömningar", description = "Bedömning av styrtal mot mål, med förklaring och en persons ställningstagande")
class AssessmentApi {

    /**
     * {@code itemId} is the indicator's plan item (as in /plans/{id}/items); {@code indicatorId} the followed indicator (its
     * first target, under which a person's judgement is kept); {@code targets} each target judged on its own.
     */
    record AssessmentJson(UUID itemId, UUID indicatorId, UUID planId, String indicator, String period,
            AssessmentStatus status, AssessmentStatus computedStatus, String explanation, boolean judgedByPerson, String judgementReason,
            String judgedBy, Integer judgementVersion, List<TargetJson> targets) {

        static AssessmentJson of(IndicatorAssessment a, String explanation, List<TargetJson> targets) {
            var f = a.indicator();
            var j = a.judgement();
            return new AssessmentJson(f.planItemId(), f.id(), f.planId(), f.text(), a.period().code(), a.status(), a.computed().status(),
                    explanation, a.judged(), a.reason(), j == null ? null : j.updatedBy(), j == null ? null : j.version(), targets);
        }
    }

    /** One target of the indicator: its place among the item's targets, the target in words, its own verdict and why. */
    record TargetJson(UUID followedId, int targetIndex, String target, AssessmentStatus status, String explanation) {
    }

    record LinkBody(String measure, Integer version) {
    }

    record LinkJson(UUID indicatorId, UUID itemId, String measureCode, String measureName, int version, String updatedBy) {
    }

    /** {@code itemId} is the goal's plan item (the plan's id for indicators under no goal); {@code indicatorIds} their plan items. */
    record GoalJson(String itemId, String type, UUID planId, String goal, String period, AssessmentStatus status,
            AssessmentStatus computedStatus, String explanation, List<UUID> indicatorIds, boolean judgedByPerson, String judgementReason,
            String judgedBy, Integer judgementVersion) {

        static GoalJson of(Assessments.GoalAssessment g, String explanation) {
            var j = g.judgement();
            return new GoalJson(g.id(), "GOAL", g.planId(), g.goal(), g.period().code(), g.status(), g.computed(), explanation,
                    g.indicators().stream().map(a -> a.indicator().planItemId()).distinct().toList(), g.judged(), g.reason(),
                    j == null ? null : j.updatedBy(), j == null ? null : j.version());
        }
    }

    record GoalJudgementBody(String goal, Integer period, String status, String reason, Integer version) {
    }

    record JudgementBody(Integer period, String status, String reason, Integer version) {
    }

    private final Assessments assessments;
    private final AssessmentTexts texts;
    private final Plans plans;
    private final se.rodtrad.followup.measures.Measures measures;

    private final TargetTexts targetTexts;

    AssessmentApi(Assessments assessments, AssessmentTexts texts, Plans plans, se.rodtrad.followup.measures.Measures measures,
            TargetTexts targetTexts) {
        this.targetTexts = targetTexts;
        this.measures = measures;
        this.assessments = assessments;
        this.texts = texts;
        this.plans = plans;
    }

    @GetMapping("/api/v1/plans/{id}/assessments")
    @Operation(summary = "Bedömning av planens styrtal för ett år: itemId, status och förklaring")
    List<AssessmentJson> forPlan(@PathVariable UUID id, @RequestParam int period) {
        PlanSummary plan = plans.plan(id);
        return assessments.assessPlan(plan.id(), Assessments.judgementYear(period)).stream().map(this::json).toList();
    }

    @GetMapping("/api/v1/plans/{id}/goal-assessments")
    @Operation(summary = "Planens mål bedömda utifrån sina styrtal enligt en angiven regel, med en persons bedömning om den finns")
    List<GoalJson> goals(@PathVariable UUID id, @RequestParam int period) {
        PlanSummary plan = plans.plan(id);
        return assessments.assessGoals(plan.id(), Assessments.judgementYear(period)).stream().map(this::json).toList();
    }

    @PostMapping("/api/v1/plans/{id}/goal-assessments")
    @Operation(summary = "En persons bedömning av ett mål med motivering (409 om någon annan hunnit före)")
    GoalJson judgeGoal(@PathVariable UUID id, @RequestBody GoalJudgementBody body) {
        PlanSummary plan = plans.plan(id);
        return json(assessments.judgeGoal(plan.id(), body.goal(), body.period(), body.status(),
                body.reason(), body.version()));
    }

    private GoalJson json(Assessments.GoalAssessment g) {
        return GoalJson.of(g, texts.explain(g.explanation()));
    }

    @GetMapping("/api/v1/followed-indicators/{id}/assessment")
    @Operation(summary = "Bedömning av ett uppföljt styrtal för ett år")
    AssessmentJson one(@PathVariable UUID id, @RequestParam int period) {
        return json(assessments.assess(id, Assessments.judgementYear(period)));
    }

    @GetMapping("/api/v1/indicators/{id}/values")
    @Operation(summary = "Värdena för det mått styrtalet är kopplat till: regionen, jämförelseenheterna och riket (tom lista utan koppling). "
            + "{id} är antingen det uppföljda styrtalets id (followed indicator, som i /api/v1/plans/{id}/assessments) eller "
            + "styrtalets planpunkt-id (PlanItem av typen INDICATOR, som i /api/v1/plans/{id}/items); en planpunkt slås upp via planen och "
            + "punktens linje. 404 när id:t är inget av dem")
    List<ValueJson> values(@PathVariable UUID id) {
        return assessments.linkedValues(id).stream().map(ValueJson::of).toList();
    }

    @PutMapping("/api/v1/followed-indicators/{id}/measure")
    @Operation(summary = "Koppla styrtalet till ett annat mått (kod eller Kolada-id; tomt = ingen koppling). Kräver rätt att ändra planen; 409 om någon hunnit före")
    LinkJson relink(@PathVariable UUID id, @RequestBody LinkBody body) {
        var f = assessments.relink(id, body.measure(), body.version());
        var m = f.measureId() == null ? null : measures.measure(f.measureId());
        return new LinkJson(f.id(), f.planItemId(), m == null ? null : m.code(), m == null ? null : m.name(), f.version(), f.updatedBy());
    }

    @PostMapping("/api/v1/followed-indicators/{id}/judgement")
    @Operation(summary = "En persons bedömning med motivering; den beräknade bedömningen sparas med den (409 om någon annan hunnit före)")
    AssessmentJson judge(@PathVariable UUID id, @RequestBody JudgementBody body) {
        return json(assessments.judge(id, body.period(), body.status(), body.reason(), body.version()));
    }


    private AssessmentJson json(IndicatorAssessment a) {
        List<TargetJson> targets = a.targets().stream().map(p -> new TargetJson(p.indicator().id(), p.indicator().targetIndex(),
                targetTexts.describe(p.indicator().target()), p.computed().status(), texts.explain(p.computed()))).toList();
        return AssessmentJson.of(a, texts.explain(a.computed()), targets);
    }
}
