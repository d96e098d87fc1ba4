package se.rodtrad.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.followup.AssessmentStatus;
import se.rodtrad.followup.AssessmentTexts;
import se.rodtrad.followup.Assessments;
import se.rodtrad.followup.Assessments.IndicatorAssessment;
import se.rodtrad.followup.Period;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * Assessments by program. {@code GET /api/v1/plans/{id}/assessments?period=YYYY} answers per indicator
 * (and target) of the plan: {@code itemId} is the plan item's lineage key until plan items have ids of
 * their own in this module's reach.
 */
@RestController
@Tag(name = "Uppföljning: bedömningar", description = "Bedömning av styrtal mot mål, med förklaring och en persons ställningstagande")
class AssessmentApi {

    record AssessmentJson(String itemId, UUID indicatorId, String key, String planKey, String indicator, String period,
            AssessmentStatus status, AssessmentStatus computedStatus, String explanation, boolean judgedByPerson, String judgementReason,
            String judgedBy, Integer judgementVersion) {
    }

    record JudgementBody(Integer period, String status, String reason, Integer version) {
    }

    private final Assessments assessments;
    private final AssessmentTexts texts;
    private final Plans plans;

    AssessmentApi(Assessments assessments, AssessmentTexts texts, Plans plans) {
        this.assessments = assessments;
        this.texts = texts;
        this.plans = plans;
    }

    @GetMapping("/api/v1/plans/{id}/assessments")
    @Operation(summary = "Bedömning av planens styrtal för ett år: itemId, status och förklaring")
    List<AssessmentJson> forPlan(@PathVariable UUID id, @RequestParam int period) {
        PlanSummary plan = plans.plan(id);
        return assessments.assessPlan(plan.key(), year(period)).stream().map(this::json).toList();
    }

    @GetMapping("/api/v1/followed-indicators/{id}/assessment")
    @Operation(summary = "Bedömning av ett uppföljt styrtal för ett år")
    AssessmentJson one(@PathVariable UUID id, @RequestParam int period) {
        return json(assessments.assess(id, year(period)));
    }

    @PostMapping("/api/v1/followed-indicators/{id}/judgement")
    @Operation(summary = "En persons bedömning med motivering; den beräknade bedömningen sparas med den (409 om någon annan hunnit före)")
    AssessmentJson judge(@PathVariable UUID id, @RequestBody JudgementBody body) {
        return json(assessments.judge(id, year(body.period() == null ? 0 : body.period()), body.status(), body.reason(), body.version()));
    }

    private static Period year(int y) {
        if (y < Period.MIN_YEAR || y > Period.MAX_YEAR) {
            throw se.rodtrad.shared.domain.ValidationException.of("period", "followup.validation.period", String.valueOf(y));
        }
        return Period.year(y);
    }

    private AssessmentJson json(IndicatorAssessment a) {
        var f = a.indicator();
        return new AssessmentJson(f.lineage(), f.id(), f.key(), f.planKey(), f.text(), a.period().code(), a.status(), a.computed().status(),
                texts.explain(a.computed()), a.judged(), a.judged() ? a.judgement().reason() : null,
                a.judgement() == null ? null : a.judgement().updatedBy(), a.judgement() == null ? null : a.judgement().version());
    }
}
