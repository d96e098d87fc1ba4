package se.rodtrad.followup.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.followup.reports.AssignmentActions;
import se.rodtrad.followup.reports.AssignmentStatus;
import se.rodtrad.followup.reports.AssignmentStatuses;
import se.rodtrad.followup.reports.Occasions;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.FormSubmission;

/**
 * The assignments of a plan with their status at a report occasion. Each row is its own form: saved with htmx
 * the row alone is swapped (with the error or the other person's version in it); without script the whole
 * page comes back.
 */
@Controller
class AssignmentStatusPages {

    /** A row as the page shows it: the line, and what the person typed when the save was refused. */
    record Row(AssignmentStatuses.Line line, String formStatus, String formComment, List<String> errors, AssignmentStatuses.Line conflict,
            boolean saved) {
    }

    private final AssignmentStatuses statuses;
    private final Plans plans;
    private final FormSubmission forms;

    AssignmentStatusPages(AssignmentStatuses statuses, Plans plans, FormSubmission forms) {
        this.statuses = statuses;
        this.plans = plans;
        this.forms = forms;
    }

    @GetMapping("/uppfoljning/planer/{id}/uppdrag")
    String page(@PathVariable UUID id, @RequestParam(name = "tillfalle", required = false) String occasion, Model model) {
        PlanSummary plan = plans.plan(id);
        ReportOccasion o = Occasions.orFirst(occasion);
        List<Row> rows = statuses.forPlan(id, o).stream().map(l -> new Row(l, null, null, List.of(), null, false)).toList();
        return show(plan, o, rows, model);
    }

    @PostMapping("/uppfoljning/planer/{id}/uppdrag/{itemId}")
    String save(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(name = "tillfalle", required = false) String occasion,
            @RequestParam(name = "status", required = false) String status, @RequestParam(name = "comment", required = false) String comment,
            @RequestParam(name = "version", required = false) Integer version, HttpServletRequest request, Model model) {
        PlanSummary plan = plans.plan(id);
        ReportOccasion o = statuses.reportable(id, occasion);
        Row row = forms.validateOrConflict(
                () -> new Row(statuses.set(id, o, new AssignmentStatuses.Change(itemId, status, comment, version)), null, null, List.of(), null, true),
                refusal -> new Row(statuses.line(id, itemId, o), status, comment, refusal.sentences(), (AssignmentStatuses.Line) refusal.current(),
                        false));
        if ("true".equals(request.getHeader("HX-Request"))) {
            model.addAttribute("row", row);
            model.addAttribute("plan", plan);
            model.addAttribute("occasion", o);
            model.addAttribute("statuses", AssignmentStatus.values());
            model.addAttribute("actions", new AssignmentActions(true));
            return "followup/assignments :: row";
        }
        Row result = row;
        List<Row> rows = statuses.forPlan(id, o).stream()
                .map(l -> l.item().id().equals(itemId) ? result : new Row(l, null, null, List.of(), null, false)).toList();
        return show(plan, o, rows, model);
    }

    private String show(PlanSummary plan, ReportOccasion occasion, List<Row> rows, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("occasion", occasion);
        model.addAttribute("occasions", ReportOccasion.values());
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", AssignmentStatus.values());
        model.addAttribute("actions", statuses.actions(plan.id()));
        model.addAttribute("summary", AssignmentStatuses.Summary.of(rows.stream().map(Row::line).toList()));
        return "followup/assignments";
    }
}
