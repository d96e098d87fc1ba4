package se.rodtrad.followup.reports.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import se.rodtrad.followup.reports.ReportSection;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.reports.FollowReport;
import se.rodtrad.followup.reports.ReportContent;
import se.rodtrad.followup.reports.Reports;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.FormSubmission;

/**
 * The follow-up reports: the list per body and year with "start a report", the report (a live preview while it
 * is a draft, the snapshot once submitted), the editing of its texts and the confirmed submission.
 */
@Controller
class ReportPages {

    private final Reports reports;
    private final ReportCharts charts;
    private final Organisation organisation;
    private final FormSubmission forms;

    ReportPages(Reports reports, ReportCharts charts, Organisation organisation, FormSubmission forms) {
        this.reports = reports;
        this.charts = charts;
        this.organisation = organisation;
        this.forms = forms;
    }

    @GetMapping("/uppfoljning/rapporter")
    String list(@RequestParam(name = "organ", required = false) UUID body, @RequestParam(name = "ar", required = false) Integer year,
            @RequestParam(name = "sida", required = false) Integer sida, Model model) {
        // a page at a time: every body reports three times a year, and an installation may hold many organisations' years
        Reports.ReportPage found = reports.page(body, year, sida == null || sida < 1 ? 0 : Math.min(sida, 100_000) - 1, Reports.PUBLIC_PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("reports", found.reports().stream()
                .sorted(java.util.Comparator.comparingInt(FollowReport::year).reversed()
                        .thenComparing(FollowReport::bodyName, se.rodtrad.shared.domain.Texts.swedishOrder())
                        .thenComparing(r -> r.occasion().name()))
                .toList());
        model.addAttribute("bodies", reports.bodiesWithReports().stream().map(organisation::unit)
                .sorted(java.util.Comparator.comparing(se.rodtrad.organisation.Unit::name, se.rodtrad.shared.domain.Texts.swedishOrder())).toList());
        model.addAttribute("years", reports.yearsWithReports());
        model.addAttribute("body", body);
        model.addAttribute("year", year);
        model.addAttribute("plans", reports.plansToReportOn());
        model.addAttribute("occasions", ReportOccasion.values());
        return "followup/reports";
    }

    @PostMapping("/uppfoljning/rapporter")
    String create(@RequestParam(name = "plan", required = false) UUID plan, @RequestParam(name = "tillfalle", required = false) String occasion,
            RedirectAttributes redirect) {
        return forms.submit(() -> {
            FollowReport r = reports.create(plan, occasion);
            redirect.addFlashAttribute("created", true);
            return "redirect:/uppfoljning/rapporter/" + r.id() + "/redigera";
        }, refusal -> {
            // the list shows why no report was started (no plan chosen, one already exists for the occasion)
            redirect.addFlashAttribute("createErrors", refusal.sentences());
            return "redirect:/uppfoljning/rapporter";
        });
    }

    @GetMapping("/uppfoljning/rapporter/{id}")
    String view(@PathVariable UUID id, Model model) {
        FollowReport r = reports.report(id);
        content(reports.content(id), model);
        model.addAttribute("report", r);
        model.addAttribute("actions", reports.actions(r));
        model.addAttribute("previous", r.previousId() == null ? null : reports.report(r.previousId()));
        return "followup/report";
    }

    @GetMapping("/uppfoljning/rapporter/{id}/redigera")
    String edit(@PathVariable UUID id, Model model) {
        Reports.Editor e = reports.editor(id);
        model.addAttribute("e", e);
        model.addAttribute("report", e.report());
        model.addAttribute("c", e.content());
        model.addAttribute("statuses", AssessmentStatus.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form(e.report().version(), e.report().summary() == null ? "" : e.report().summary()));
        }
        if (!model.containsAttribute("goalForms")) {
            model.addAttribute("goalForms", Map.of());
        }
        return "followup/report-edit";
    }

    /** The summary as the person typed it, kept when a save is refused. */
    record Form(int version, String summary) {
    }

    /**
     * A goal's form as the person sent it, kept when its save is refused: the typed judgement and analysis, the
     * messages, and the goal as someone else saved it meanwhile; or {@code saved} after a save that went through.
     */
    record GoalForm(String status, String analysis, List<String> errors, ReportSection theirs, boolean saved) {
    }

    /** The whole form at once (summary and every goal) — what the API and older pages send. */
    @PostMapping("/uppfoljning/rapporter/{id}/redigera")
    String save(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "summary", required = false) String summary,
            @RequestParam(name = "goal", required = false) List<String> goals, @RequestParam(name = "status", required = false) List<String> statuses,
            @RequestParam(name = "analysis", required = false) List<String> analyses, Model model, RedirectAttributes redirect) {
        reports.draft(id);
        List<Reports.GoalInput> inputs = new ArrayList<>();
        int n = goals == null ? 0 : goals.size();
        for (int i = 0; i < n; i++) {
            inputs.add(new Reports.GoalInput(goals.get(i), statuses != null && i < statuses.size() ? statuses.get(i) : null,
                    analyses != null && i < analyses.size() ? analyses.get(i) : null));
        }
        return forms.validateOrConflict(() -> {
            reports.saveTexts(id, version, summary, inputs);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/uppfoljning/rapporter/" + id + "/redigera";
        }, refusal -> {
            model.addAttribute("errors", refusal.sentences());
            if (refusal.conflict()) {
                model.addAttribute("conflict", refusal.current());
            }
            return editAsTyped(id, version, summary, goals, statuses, analyses, model);
        });
    }

    /** The editor again with the summary and every goal as the person sent them. */
    private String editAsTyped(UUID id, Integer version, String summary, List<String> goals, List<String> statuses, List<String> analyses,
            Model model) {
        Map<Integer, GoalForm> typed = new HashMap<>();
        Reports.Editor e = reports.editor(id);
        for (Reports.EditorGoal g : e.goals()) {
            int i = goals == null ? -1 : goals.indexOf(g.content().goal());
            if (i >= 0) {
                typed.put(g.index(), new GoalForm(statuses != null && i < statuses.size() ? statuses.get(i) : "",
                        analyses != null && i < analyses.size() ? analyses.get(i) : "", List.of(), null, false));
            }
        }
        model.addAttribute("goalForms", typed);
        model.addAttribute("form", new Form(version == null ? e.report().version() : version, summary));
        return edit(id, model);
    }

    /**
     * One goal's judgement and analysis, saved on its own against the version of that goal the person saw. With htmx
     * the goal's section comes back alone (saved, or with the error and the other person's text beside the person's
     * own) and the progress is swapped out of band; without script the editor comes back at the goal.
     */
    @PostMapping("/uppfoljning/rapporter/{id}/mal")
    String saveGoal(@PathVariable UUID id, @RequestParam(name = "goal", required = false) String goal,
            @RequestParam(name = "version", required = false) Integer version, @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "analysis", required = false) String analysis, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        GoalForm form = forms.validateOrConflict(() -> {
            reports.writeGoal(id, goal, status, analysis, version);
            return new GoalForm(null, null, List.of(), null, true);
        }, refusal -> new GoalForm(status, analysis, refusal.sentences(), (ReportSection) refusal.current(), false));
        return goalAnswer(id, goal, form, request, model, redirect);
    }

    /** The goal's copied text stands as it is: someone read it. */
    @PostMapping("/uppfoljning/rapporter/{id}/mal/bekrafta")
    String confirmGoal(@PathVariable UUID id, @RequestParam(name = "goal", required = false) String goal, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        reports.confirmCopied(id, goal);
        return goalAnswer(id, goal, new GoalForm(null, null, List.of(), null, true), request, model, redirect);
    }

    /** Who writes the goal: a unit and the person there. */
    @PostMapping("/uppfoljning/rapporter/{id}/mal/skribent")
    String assignWriter(@PathVariable UUID id, @RequestParam(name = "goal", required = false) String goal,
            @RequestParam(name = "unit", required = false) UUID unit, @RequestParam(name = "person", required = false) String person,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        GoalForm form = forms.validate(() -> {
            reports.assignWriter(id, goal, unit, person);
            return new GoalForm(null, null, List.of(), null, true);
        }, refusal -> new GoalForm(null, null, refusal.sentences(), null, false));
        return goalAnswer(id, goal, form, request, model, redirect);
    }

    /** The copied summary stands as it is. */
    @PostMapping("/uppfoljning/rapporter/{id}/sammanfattning/bekrafta")
    String confirmSummary(@PathVariable UUID id, RedirectAttributes redirect) {
        reports.confirmCopiedSummary(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/uppfoljning/rapporter/" + id + "/redigera";
    }

    /** The day the report's texts are due. */
    @PostMapping("/uppfoljning/rapporter/{id}/senast")
    String setDue(@PathVariable UUID id, @RequestParam(name = "due", required = false) String due, Model model, RedirectAttributes redirect) {
        return forms.validate(() -> {
            reports.setDue(id, due);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/uppfoljning/rapporter/" + id + "/redigera";
        }, refusal -> {
            model.addAttribute("errors", refusal.sentences());
            return edit(id, model);
        });
    }

    private String goalAnswer(UUID id, String goal, GoalForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Reports.Editor e = reports.editor(id);
        Reports.EditorGoal g = e.goals().stream().filter(x -> x.content().goal().equals(goal)).findFirst().orElse(null);
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        if (g == null) {
            // not a goal the report lists (a stale page after the plan changed): the editor as it is now, with the message
            model.addAttribute("errors", form.errors());
            return edit(id, model);
        }
        if (htmx) {
            model.addAttribute("e", e);
            model.addAttribute("report", e.report());
            model.addAttribute("statuses", AssessmentStatus.values());
            model.addAttribute("g", g);
            model.addAttribute("gf", form);
            return "followup/report-edit :: goalAnswer";
        }
        if (form.saved()) {
            redirect.addFlashAttribute("savedGoal", g.index());
            return "redirect:/uppfoljning/rapporter/" + id + "/redigera#mal-" + g.index();
        }
        model.addAttribute("goalForms", Map.of(g.index(), form));
        return edit(id, model);
    }

    @GetMapping("/uppfoljning/rapporter/{id}/lamna-in")
    String confirm(@PathVariable UUID id, Model model) {
        FollowReport r = reports.draft(id);
        model.addAttribute("report", r);
        model.addAttribute("c", reports.content(id));
        model.addAttribute("check", reports.submitCheck(id));
        return "followup/report-submit";
    }

    @PostMapping("/uppfoljning/rapporter/{id}/lamna-in")
    String submit(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        reports.draft(id);
        return forms.submit(() -> {
            reports.submit(id, version);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/uppfoljning/rapporter/" + id;
        }, refusal -> {
            // a stale version, an unreviewed copy, a goal without judgement: the confirmation again, with why
            model.addAttribute("errors", List.of(refusal.message()));
            model.addAttribute("report", reports.report(id));
            model.addAttribute("c", reports.content(id));
            model.addAttribute("check", reports.submitCheck(id));
            return "followup/report-submit";
        });
    }

    private void content(ReportContent c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("charts", charts.indicators(c));
        model.addAttribute("economySvg", charts.economy(c));
    }

    static String bodyName(Unit u) {
        return u.name();
    }
}
