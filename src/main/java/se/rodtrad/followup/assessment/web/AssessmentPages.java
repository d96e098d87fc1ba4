package se.rodtrad.followup.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.assessment.AssessmentTexts;
import se.rodtrad.followup.assessment.Assessments.IndicatorAssessment;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.assessment.FollowedIndicator;
import se.rodtrad.followup.assessment.Judgement;
import se.rodtrad.followup.assessment.TargetChart;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.followup.web.Charts;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/** The plans' indicators assessed for a year, each with its explanation, chart and a person's judgement. */
@Controller
class AssessmentPages {

    /** One row of the list: the assessment and its explanation rendered. */
    record Row(IndicatorAssessment a, String explanation) {
    }

    /** A goal of the plan with its rule's explanation and the history of a person's judgement. */
    record GoalRow(Assessments.GoalAssessment g, String explanation, List<se.rodtrad.audit.HistoryEntry> history) {
    }

    private final Assessments assessments;
    private final IndicatorValues values;
    private final AssessmentTexts texts;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Charts charts;
    private final Messages messages;
    private final Plans planReader;

    private final FormSubmission forms;

    AssessmentPages(Assessments assessments, IndicatorValues values, AssessmentTexts texts, Organisation organisation, AccessPolicy access,
            AuditTrail audit, Charts charts, Messages messages, Plans planReader, FormSubmission forms) {
        this.forms = forms;
        this.planReader = planReader;
        this.assessments = assessments;
        this.values = values;
        this.texts = texts;
        this.organisation = organisation;
        this.access = access;
        this.audit = audit;
        this.charts = charts;
        this.messages = messages;
    }

    /** The plans whose indicators are followed and the reader may see, newest year first. */
    private List<PlanSummary> followedPlans() {
        return assessments.plans().stream().map(planReader::find).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(PlanSummary::year).reversed().thenComparing(PlanSummary::bodyName)).toList();
    }

    @GetMapping("/uppfoljning/indikatorer")
    String list(@RequestParam(name = "plan", required = false) String plan, @RequestParam(name = "ar", required = false) Integer year,
            Model model) {
        List<PlanSummary> plans = followedPlans();
        PlanSummary chosen = plans.stream().filter(p -> p.id().toString().equals(plan) || p.key().equals(plan)).findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(0));
        int y = year != null && year >= Period.MIN_YEAR && year <= Period.MAX_YEAR ? year
                : chosen == null ? java.time.Year.now().getValue() - 1 : assessments.defaultYear(chosen.id(), java.time.Year.now().getValue() - 1);
        List<Row> rows = new ArrayList<>();
        Map<AssessmentStatus, Integer> counts = new LinkedHashMap<>();
        for (AssessmentStatus s : AssessmentStatus.values()) {
            counts.put(s, 0);
        }
        if (chosen != null) {
            for (IndicatorAssessment a : assessments.assessPlan(chosen.id(), Period.year(y))) {
                rows.add(new Row(a, texts.explain(a.computed())));
                counts.merge(a.status(), 1, Integer::sum);
            }
        }
        List<GoalRow> goals = new ArrayList<>();
        boolean canJudgeGoals = false;
        if (chosen != null) {
            for (Assessments.GoalAssessment g : assessments.assessGoals(chosen.id(), Period.year(y))) {
                goals.add(new GoalRow(g, texts.explain(g.explanation()),
                        g.judgement() == null ? List.of() : audit.history("assessment_judgement", g.judgement().id())));
                canJudgeGoals = canJudgeGoals || access.allows(Permission.REPORT, g.bodyId());
            }
        }
        model.addAttribute("goals", goals);
        model.addAttribute("canJudgeGoals", canJudgeGoals);
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("plans", plans);
        model.addAttribute("plan", chosen);
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        return "followup/indicators";
    }

    @PostMapping("/uppfoljning/mal/bedomning")
    String judgeGoal(@RequestParam(name = "plan", required = false) UUID plan, @RequestParam(name = "goal", required = false) String goal,
            @RequestParam(name = "ar", required = false) Integer year,
            @RequestParam(name = "status", required = false) String status, @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
        forms.validateOrConflict(() -> {
            assessments.judgeGoal(plan, goal, year, status, reason, version);
            return redirect.addFlashAttribute("goalSaved", goal);
        }, refusal -> {
            redirect.addFlashAttribute("goalError", goal);
            redirect.addFlashAttribute("goalErrors", List.copyOf(refusal.errorsAt("_").values()));
            return redirect.addFlashAttribute("goalReason", reason);
        });
        if (plan != null) {
            redirect.addAttribute("plan", plan);
        }
        if (year != null) {
            redirect.addAttribute("ar", year);
        }
        return "redirect:/uppfoljning/indikatorer";
    }

    @PostMapping("/uppfoljning/indikatorer/{id}/matt")
    String relink(@PathVariable UUID id, @RequestParam(name = "ar", required = false) Integer year,
            @RequestParam(name = "measure", required = false) String measure,
            @RequestParam(name = "linkVersion", required = false) Integer version, RedirectAttributes redirect) {
        forms.validateOrConflict(() -> {
            assessments.relink(id, measure, version);
            return redirect.addFlashAttribute("linkSaved", true);
        }, refusal -> redirect.addFlashAttribute("linkErrors", List.copyOf(refusal.errorsAt("_").values())));
        return "redirect:/uppfoljning/indikatorer/" + id + (year == null ? "" : "?ar=" + year);
    }

    @GetMapping("/uppfoljning/indikatorer/{id}")
    String indicator(@PathVariable UUID id, @RequestParam(name = "ar", required = false) Integer year, Model model) {
        FollowedIndicator f = assessments.indicator(id);
        int y = year != null && year >= Period.MIN_YEAR && year <= Period.MAX_YEAR ? year
                : assessments.defaultYear(f.planId(), java.time.Year.now().getValue() - 1);
        return show(assessments.assess(id, Period.year(y)), null, null, model);
    }

    @PostMapping("/uppfoljning/indikatorer/{id}/bedomning")
    String judge(@PathVariable UUID id, @RequestParam(name = "ar", required = false) Integer year,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "reason", required = false) String reason, @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "action", defaultValue = "judge") String action, Model model, RedirectAttributes redirect) {
        return forms.validateOrConflict(() -> {
            if ("withdraw".equals(action)) {
                assessments.withdraw(id, year, reason, version);
            } else {
                assessments.judge(id, year, status, reason, version);
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/uppfoljning/indikatorer/" + id + "?ar=" + year;
        }, refusal -> {
            if (refusal.conflict()) {
                model.addAttribute("conflict", refusal.current());
                model.addAttribute("conflictMessage", refusal.message());
            } else {
                model.addAttribute("errors", refusal.errors());
            }
            // a year outside the form's choices fails again here and is answered by the error page
            return show(assessments.assess(id, Assessments.judgementYear(year)), status, reason, model);
        });
    }

    private String show(IndicatorAssessment a, String status, String reason, Model model) {
        FollowedIndicator f = a.indicator();
        model.addAttribute("a", a);
        model.addAttribute("f", f);
        model.addAttribute("sentences", texts.sentences(a.computed()));
        model.addAttribute("year", a.period().year());
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("formStatus", status != null ? status : a.status().name());
        model.addAttribute("formReason", reason != null ? reason : java.util.Objects.toString(a.reason(), ""));
        model.addAttribute("canJudge", access.allows(Permission.REPORT, f.bodyId()));
        model.addAttribute("body", organisation.unit(f.bodyId()));
        model.addAttribute("planTitle", planReader.find(f.planId()).map(PlanSummary::title).orElse(""));
        model.addAttribute("canRelink", access.allows(Permission.EDIT_PLAN, f.bodyId()));
        Judgement j = a.judgement();
        model.addAttribute("history", j == null ? List.of() : audit.history("assessment_judgement", j.id()));
        if (a.measure() != null) {
            TargetChart c = a.chart();
            List<IndicatorValue> all = values.values(a.measure().id(), c.unitIds());
            TargetChart.Line line = c.line();
            Charts.Chart chart = charts.trend(a.measure().caption(), all, c.gender(),
                    line == null ? null : new Charts.TargetMark(texts.render(line.label(), LocaleContextHolder.getLocale()), line.lower(), line.upper()),
                    c.unitIds());
            model.addAttribute("chart", charts.withMean(chart, messages.get("followup.chart.groupMean"), c.mean(all)));
        }
        return "followup/indicator";
    }
}
