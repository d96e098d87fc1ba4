package se.rodtrad.followup.assessment.web;

import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.followup.assessment.AssessmentTexts;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.CsvDownload;
import se.rodtrad.shared.web.Messages;
import se.rodtrad.shared.web.XlsxDownload;

/**
 * The goal overview of a body's plan for a year as CSV for Excel and as an Excel workbook — each goal with the status that
 * counts (in words), its indicators counted by status and how many a person judged, a person's judgement of the goal and the
 * rule's explanation ({@link CsvDownload}: for Swedish Excel; {@link XlsxDownload}: counts as numbers, the header frozen).
 */
@Controller
class GoalExports {

    private final Assessments assessments;
    private final AssessmentTexts texts;
    private final Plans plans;
    private final Messages messages;

    GoalExports(Assessments assessments, AssessmentTexts texts, Plans plans, Messages messages) {
        this.assessments = assessments;
        this.texts = texts;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/uppfoljning/mal.csv")
    ResponseEntity<byte[]> goals(@RequestParam("plan") UUID planId, @RequestParam(name = "ar", required = false) Integer year) {
        PlanSummary plan = plans.plan(planId);
        var period = Assessments.judgementYear(year);
        CsvDownload csv = new CsvDownload().row(m("followup.goals.goal"), m("followup.goals.status"), m("followup.goals.count"),
                m("followup.goals.csv.assessed"), m("assessment.status.UPPFYLLT"), m("assessment.status.DELVIS_UPPFYLLT"),
                m("assessment.status.EJ_UPPFYLLT"), m("assessment.status.KAN_EJ_BEDOMAS"), m("followup.goals.byPerson"),
                m("followup.goals.csv.judged"), m("followup.goals.csv.reason"), m("followup.goals.csv.explanation"));
        for (Assessments.GoalAssessment g : assessments.assessGoals(plan.id(), period)) {
            csv.row(GoalCsvRow.of(g, texts.explain(g.explanation()), this::m).cells());
        }
        return csv.download("malbedomning-" + plan.key() + "-" + period.year() + ".csv");
    }

    @GetMapping("/uppfoljning/mal.xlsx")
    ResponseEntity<byte[]> goalsXlsx(@RequestParam("plan") UUID planId, @RequestParam(name = "ar", required = false) Integer year) {
        PlanSummary plan = plans.plan(planId);
        var period = Assessments.judgementYear(year);
        XlsxDownload xlsx = new XlsxDownload(m("followup.goals.xlsx.sheet") + " " + period.year(),
                plan.bodyName() + ", " + plan.title() + ": " + m("followup.goals.xlsx.sheet").toLowerCase(java.util.Locale.ROOT) + " "
                        + period.year());
        xlsx.header(m("followup.goals.goal"), m("followup.goals.status"), m("followup.goals.count"), m("followup.goals.csv.assessed"),
                m("assessment.status.UPPFYLLT"), m("assessment.status.DELVIS_UPPFYLLT"), m("assessment.status.EJ_UPPFYLLT"),
                m("assessment.status.KAN_EJ_BEDOMAS"), m("followup.goals.byPerson"), m("followup.goals.csv.judged"),
                m("followup.goals.csv.reason"), m("followup.goals.csv.explanation"));
        for (Assessments.GoalAssessment g : assessments.assessGoals(plan.id(), period)) {
            // the same line as the CSV's; the counts (columns 3-9) as numbers
            String[] cells = GoalCsvRow.of(g, texts.explain(g.explanation()), this::m).cells();
            XlsxDownload.Line line = xlsx.row().text(cells[0]).text(cells[1]);
            for (int i = 2; i <= 8; i++) {
                line.number(Long.parseLong(cells[i]));
            }
            line.text(cells[9]).text(cells[10]).text(cells[11]);
        }
        return xlsx.download("malbedomning-" + plan.key() + "-" + period.year() + ".xlsx");
    }

    /** A goal as a line of the overview. */
    record GoalCsvRow(String[] cells) {

        static GoalCsvRow of(Assessments.GoalAssessment g, String explanation, Function<String, String> m) {
            var c = g.counts();
            String goal = g.goal() == null || g.goal().isBlank() ? m.apply("followup.goals.noGoal") : g.goal();
            return new GoalCsvRow(new String[] {goal, m.apply("assessment.status." + g.status().name()), String.valueOf(c.indicators()),
                    String.valueOf(c.assessed()), String.valueOf(c.met()), String.valueOf(c.partly()), String.valueOf(c.notMet()),
                    String.valueOf(c.cannot()), String.valueOf(c.byPerson()), m.apply(g.judged() ? "followup.goals.csv.yes" : "followup.goals.csv.no"),
                    g.reason(), explanation});
        }
    }

    private String m(String key) {
        return messages.get(key);
    }
}
