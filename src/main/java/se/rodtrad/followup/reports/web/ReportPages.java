package se.rodtrad.followup.reports.web;

import java.util.ArrayList;
import java.util.List;
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
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.web.Messages;

/**
 * The follow-up reports: the list per body and year with "start a report", the report (a live preview while it
 * is a draft, the snapshot once submitted), the editing of its texts and the confirmed submission.
 */
@Controller
class ReportPages {

    private final Reports reports;
    private final ReportCharts charts;
    private final Organisation organisation;
    private final Messages messages;

    ReportPages(Reports reports, ReportCharts charts, Organisation organisation, Messages messages) {
        this.reports = reports;
        this.charts = charts;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/uppfoljning/rapporter")
    String list(@RequestParam(name = "organ", required = false) UUID body, @RequestParam(name = "ar", required = false) Integer year,
            Model model) {
        List<FollowReport> all = reports.list(null, null);
        model.addAttribute("reports", reports.list(body, year));
        model.addAttribute("bodies", all.stream().map(FollowReport::bodyId).distinct().map(organisation::unit).toList());
        model.addAttribute("years", all.stream().map(FollowReport::year).distinct().toList());
        model.addAttribute("body", body);
        model.addAttribute("year", year);
        model.addAttribute("plans", reports.plansToReportOn());
        model.addAttribute("occasions", ReportOccasion.values());
        return "followup/reports";
    }

    @PostMapping("/uppfoljning/rapporter")
    String create(@RequestParam(name = "plan", required = false) UUID plan, @RequestParam(name = "tillfalle", required = false) String occasion,
            RedirectAttributes redirect) {
        try {
            FollowReport r = reports.create(plan, occasion);
            redirect.addFlashAttribute("created", true);
            return "redirect:/uppfoljning/rapporter/" + r.id() + "/redigera";
        } catch (ValidationException e) {
            List<String> errors = new ArrayList<>();
            e.errors().forEach(f -> errors.add(messages.of(f)));
            redirect.addFlashAttribute("createErrors", errors);
        } catch (ConflictException e) {
            throw e;
        } catch (DomainException e) {
            if (e instanceof se.rodtrad.shared.domain.NotFoundException) {
                throw e;
            }
            redirect.addFlashAttribute("createErrors", List.of(messages.of(e)));
        }
        return "redirect:/uppfoljning/rapporter";
    }

    @GetMapping("/uppfoljning/rapporter/{id}")
    String view(@PathVariable UUID id, Model model) {
        FollowReport r = reports.report(id);
        content(reports.content(id), model);
        model.addAttribute("report", r);
        model.addAttribute("actions", reports.actions(r));
        model.addAttribute("previous", r.previousId() == null ? null : reports.list(null, null).stream()
                .filter(x -> x.id().equals(r.previousId())).findFirst().orElse(null));
        return "followup/report";
    }

    @GetMapping("/uppfoljning/rapporter/{id}/redigera")
    String edit(@PathVariable UUID id, Model model) {
        FollowReport r = reports.draft(id);
        ReportContent c = reports.content(id);
        model.addAttribute("report", r);
        model.addAttribute("c", c);
        model.addAttribute("statuses", AssessmentStatus.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Form.of(r, c));
        }
        return "followup/report-edit";
    }

    /** The texts as the person typed them, kept when a save is refused. */
    record Form(int version, String summary, List<GoalForm> goals) {
        record GoalForm(String goal, String status, String analysis, AssessmentStatus ruleStatus, AssessmentStatus judgedStatus) {
        }

        static Form of(FollowReport r, ReportContent c) {
            List<GoalForm> goals = c.goals().stream().map(g -> new GoalForm(g.goal(), g.reportStatus() == null ? "" : g.reportStatus().name(),
                    g.analysis() == null ? "" : g.analysis(), g.ruleStatus(), g.judgedStatus()))
                    .toList();
            return new Form(r.version(), r.summary() == null ? "" : r.summary(), goals);
        }
    }

    @PostMapping("/uppfoljning/rapporter/{id}/redigera")
    String save(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "summary", required = false) String summary,
            @RequestParam(name = "goal", required = false) List<String> goals, @RequestParam(name = "status", required = false) List<String> statuses,
            @RequestParam(name = "analysis", required = false) List<String> analyses, Model model, RedirectAttributes redirect) {
        FollowReport r = reports.draft(id);
        List<Reports.GoalInput> inputs = new ArrayList<>();
        int n = goals == null ? 0 : goals.size();
        for (int i = 0; i < n; i++) {
            inputs.add(new Reports.GoalInput(goals.get(i), statuses != null && i < statuses.size() ? statuses.get(i) : null,
                    analyses != null && i < analyses.size() ? analyses.get(i) : null));
        }
        try {
            reports.saveTexts(id, version, summary, inputs);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/uppfoljning/rapporter/" + id + "/redigera";
        } catch (ValidationException e) {
            List<String> errors = new ArrayList<>();
            e.errors().forEach(f -> errors.add(messages.of(f)));
            model.addAttribute("errors", errors);
        } catch (ConflictException e) {
            model.addAttribute("errors", List.of(messages.of(e)));
            model.addAttribute("conflict", e.current());
        }
        ReportContent c = reports.content(id);
        List<Form.GoalForm> typed = new ArrayList<>();
        for (ReportContent.GoalSection g : c.goals()) {
            int i = goals == null ? -1 : goals.indexOf(g.goal());
            typed.add(new Form.GoalForm(g.goal(), i >= 0 && statuses != null && i < statuses.size() ? statuses.get(i) : "",
                    i >= 0 && analyses != null && i < analyses.size() ? analyses.get(i) : "", g.ruleStatus(), g.judgedStatus()));
        }
        model.addAttribute("form", new Form(version == null ? r.version() : version, summary, typed));
        return edit(id, model);
    }

    @GetMapping("/uppfoljning/rapporter/{id}/lamna-in")
    String confirm(@PathVariable UUID id, Model model) {
        FollowReport r = reports.draft(id);
        model.addAttribute("report", r);
        model.addAttribute("c", reports.content(id));
        return "followup/report-submit";
    }

    @PostMapping("/uppfoljning/rapporter/{id}/lamna-in")
    String submit(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        FollowReport r = reports.draft(id);
        try {
            reports.submit(id, version);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/uppfoljning/rapporter/" + id;
        } catch (ConflictException e) {
            model.addAttribute("errors", List.of(messages.of(e)));
            model.addAttribute("report", reports.report(id));
            model.addAttribute("c", reports.content(id));
            return "followup/report-submit";
        }
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
