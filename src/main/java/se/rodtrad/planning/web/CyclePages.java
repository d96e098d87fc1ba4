package se.rodtrad.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.Cycle;
import se.rodtrad.planning.PlanCycle;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.TaskActions;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;

/** The yearly cycle: milestones, tasks with deadlines, who has not delivered, and a unit's own task. */
@Controller
class CyclePages {

    private final PlanCycle cycles;
    private final Plans plans;
    private final PlanModel model;
    private final Organisation organisation;
    private final AccessPolicy access;

    private final FormSubmission forms;

    CyclePages(PlanCycle cycles, Plans plans, PlanModel model, Organisation organisation, AccessPolicy access, FormSubmission forms) {
        this.forms = forms;
        this.cycles = cycles;
        this.plans = plans;
        this.model = model;
        this.organisation = organisation;
        this.access = access;
    }

    @GetMapping("/planer/arshjul")
    String index(Model m) {
        List<Cycle> all = cycles.plansWithCycle().stream().map(p -> cycles.cycle(p.id())).toList();
        m.addAttribute("cycles", all);
        m.addAttribute("today", cycles.today());
        return "planning/cycles";
    }

    @GetMapping("/planer/{id}/arshjul")
    String cycle(@PathVariable UUID id, Model m) {
        Cycle cycle = cycles.cycle(id);
        PlanSummary plan = cycle.plan();
        m.addAttribute("cycle", cycle);
        m.addAttribute("plan", plan);
        m.addAttribute("today", cycles.today());
        m.addAttribute("notDelivered", cycle.notDelivered(cycles.today()));
        boolean canEdit = access.allows(Permission.EDIT_PLAN, plan.bodyId());
        m.addAttribute("canEdit", canEdit);
        if (canEdit) {
            Map<String, List<Unit>> areas = new LinkedHashMap<>();
            for (Unit u : organisation.areas()) {
                String parent = u.parentId() == null ? "–" : organisation.unit(u.parentId()).name();
                areas.computeIfAbsent(parent, k -> new ArrayList<>()).add(u);
            }
            m.addAttribute("areas", areas);
        }
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "planning/cycle";
    }

    @PostMapping("/planer/{id}/arshjul/milstolpar")
    String addMilestone(@PathVariable UUID id, @RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "title", required = false) String title, @RequestParam(name = "description", required = false) String description,
            RedirectAttributes redirect) {
        forms.run(() -> {
            FormInput in = new FormInput();
            LocalDate d = in.date("date", date);
            in.check();
            cycles.addMilestone(id, d, title, description);
            redirect.addFlashAttribute("cycleSaved", true);
            redirect.addFlashAttribute("errors", Map.of());
        }, refusal -> redirect.addFlashAttribute("errors", refusal.errorsAt("date")));
        return "redirect:/planer/" + id + "/arshjul";
    }

    @PostMapping("/planer/{id}/arshjul/uppgifter")
    String addTasks(@PathVariable UUID id, @RequestParam(name = "milestoneId", required = false) String milestoneId,
            @RequestParam(name = "units", required = false) List<UUID> units, @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "instruction", required = false) String instruction, @RequestParam(name = "due", required = false) String due,
            @RequestParam(name = "minActivities", required = false) Integer minActivities,
            @RequestParam(name = "minChallenges", required = false) Integer minChallenges, RedirectAttributes redirect) {
        forms.run(() -> {
            FormInput in = new FormInput();
            LocalDate d = in.date("due", due);
            UUID milestone = in.id("milestoneId", milestoneId);
            in.check();
            cycles.addTasks(id, milestone, units, title, instruction, d, minActivities, minChallenges);
            redirect.addFlashAttribute("cycleSaved", true);
            redirect.addFlashAttribute("errors", Map.of());
        }, refusal -> redirect.addFlashAttribute("errors", refusal.errorsAt("title")));
        return "redirect:/planer/" + id + "/arshjul";
    }

    @GetMapping("/planer/uppgifter/{taskId}")
    String task(@PathVariable UUID taskId, Model m) {
        Cycle.Task task = cycles.task(taskId);
        PlanSummary plan = plans.plan(task.planId());
        m.addAttribute("task", task);
        m.addAttribute("plan", plan);
        m.addAttribute("focusItems", model.focusGoals(plan.id()));
        m.addAttribute("today", cycles.today());
        TaskActions actions = cycles.actions(task);
        m.addAttribute("canWork", actions.mayWork());
        m.addAttribute("canReopen", actions.mayReopen());
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "planning/task";
    }

    @PostMapping("/planer/uppgifter/{taskId}/rader")
    String addEntry(@PathVariable UUID taskId, @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "focusItemId", required = false) String focus, @RequestParam(name = "text", required = false) String text,
            RedirectAttributes redirect) {
        forms.run(() -> {
            FormInput in = new FormInput();
            UUID focusId = in.id("focusItemId", focus);
            in.check();
            cycles.addEntry(taskId, FormInput.enumOrNull(Cycle.EntryKind.class, kind), focusId, text);
            redirect.addFlashAttribute("entryAdded", true);
            redirect.addFlashAttribute("errors", Map.of());
        }, refusal -> {
            redirect.addFlashAttribute("typedText", text);
            redirect.addFlashAttribute("errors", refusal.errorsAt("text"));
        });
        return "redirect:/planer/uppgifter/" + taskId;
    }

    @PostMapping("/planer/uppgifter/{taskId}/rader/{entryId}/ta-bort")
    String removeEntry(@PathVariable UUID taskId, @PathVariable UUID entryId) {
        cycles.removeEntry(entryId);
        return "redirect:/planer/uppgifter/" + taskId;
    }

    @PostMapping("/planer/uppgifter/{taskId}/lamna")
    String submit(@PathVariable UUID taskId, @RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
        forms.run(() -> {
            cycles.submit(taskId, version == null ? -1 : version);
            redirect.addFlashAttribute("submitted", true);
            redirect.addFlashAttribute("errors", Map.of());
        }, refusal -> redirect.addFlashAttribute("errors", refusal.errorsAt("version")));
        return "redirect:/planer/uppgifter/" + taskId;
    }

    @PostMapping("/planer/uppgifter/{taskId}/oppna")
    String reopen(@PathVariable UUID taskId, @RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
        forms.run(() -> cycles.reopen(taskId, version == null ? -1 : version),
                refusal -> redirect.addFlashAttribute("errors", refusal.errorsAt("version")));
        return "redirect:/planer/uppgifter/" + taskId;
    }
}
