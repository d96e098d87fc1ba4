package se.rodtrad.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.CreatePlan;
import se.rodtrad.planning.Decision;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.LineageMatching;
import se.rodtrad.planning.PlanActions;
import se.rodtrad.planning.PlanComparison;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.Proposals;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;

/** The plans of every body and year, one plan as a foldable tree, and search across plans. */
@Controller
class PlanPages {

    private final Plans plans;
    private final PlanModel model;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AuditTrail auditTrail;
    private final PlanEditing editing;
    private final PlanComparison comparison;
    private final LineageMatching matching;
    private final Proposals proposals;
    private final PlanTree tree;
    private final PlanBody body;

    private final FormSubmission forms;

    PlanPages(Plans plans, PlanModel model, Organisation organisation, AccessPolicy access, AuditTrail auditTrail, PlanEditing editing,
            PlanComparison comparison, LineageMatching matching, Proposals proposals, PlanTree tree, PlanBody body, FormSubmission forms) {
        this.forms = forms;
        this.plans = plans;
        this.body = body;
        this.tree = tree;
        this.proposals = proposals;
        this.comparison = comparison;
        this.matching = matching;
        this.editing = editing;
        this.model = model;
        this.organisation = organisation;
        this.access = access;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/planer")
    String list(@RequestParam(name = "organ", required = false) String bodyCode, Model m) {
        List<PlanSummary> all = plans.ofOrganisation(null);
        Unit body = bodyCode == null || bodyCode.isBlank() ? null : organisation.unitByCode(bodyCode).orElse(null);
        if (body != null) {
            all = all.stream().filter(p -> p.bodyId().equals(body.id())).toList();
        }
        Map<String, List<PlanSummary>> byBody = new LinkedHashMap<>();
        for (PlanSummary p : all) {
            byBody.computeIfAbsent(p.bodyName(), k -> new ArrayList<>()).add(p);
        }
        m.addAttribute("byBody", byBody);
        m.addAttribute("body", body);
        m.addAttribute("bodies", organisation.bodies());
        m.addAttribute("canCreate", organisation.bodies().stream().anyMatch(b -> access.allows(Permission.EDIT_PLAN, b.id())));
        return "planning/plans";
    }

    /** The status form as typed; the date as text so a bad date is reported, not a 400. */
    record StatusForm(Integer version, String status, String decisionDate, String decisionBody, String decisionParagraph) {
    }

    record NewPlanForm(String bodyId, String year, String title, String planningYears, String copyFrom) {
    }

    /** Shown once after an action, or the errors of a refused one: a page with them is rendered, never kept. */
    private static final List<String> ONE_OFF = List.of("statusChanged", "revised", "removed", "statusErrors", "reviseError", "caseNumberError");

    @GetMapping("/planer/{id}")
    ModelAndView plan(@PathVariable UUID id, Model m, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        PlanSummary plan = plans.plan(id);
        Set<Permission> permissions = access.permissionsFor(plan.bodyId());
        if (PlanActions.of(plan.status(), permissions).settled() && ONE_OFF.stream().noneMatch(m::containsAttribute)) {
            Locale locale = RequestContextUtils.getLocale(request);
            View kept = body.page(plan, permissions, locale, request, response,
                    now -> body(now, locale, request, response));
            if (kept != null) {
                m.addAttribute("plan", plan);
                return new ModelAndView(kept);
            }
        }
        return new ModelAndView(render(plan, m, request, response));
    }

    /** The page rendered whole: plans not decided, a page with a message or errors, or keeping off. */
    private String render(PlanSummary plan, Model m, HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, Object> variables = body(plan, locale, request, response);
        if (m.containsAttribute("statusForm")) {
            variables.remove("statusForm");
        }
        m.addAllAttributes(variables);
        return "planning/plan";
    }

    /** What the page's body ({@code planning/plan-body :: body}) shows of the plan, for the current reader. */
    private Map<String, Object> body(PlanSummary plan, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        UUID id = plan.id();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statusForm", new StatusForm(plan.version(), null, null, plan.bodyCode(), null));
        PlanActions actions = plans.actions(plan);
        m.put("transitions", actions.transitions());
        boolean canEdit = actions.mayEdit();
        PlanTree.Rendered tree = this.tree.of(plan, () -> model.entries(id), actions, locale, request, response);
        m.put("plan", plan);
        m.put("treeHtml", tree.html());
        m.put("nodes", tree.nodes());
        m.put("counts", tree.counts());
        m.put("planLinks", model.planLinks(id));
        m.put("versions", plans.versions(id));
        m.put("others", plans.forBody(plan.bodyId()).stream().filter(p -> !p.id().equals(id)).toList());
        PlanSummary previous = comparison.previous(id).orElse(null);
        m.put("previous", previous);
        m.put("proposalCount", proposals.forPlan(id).size());
        m.put("openMatches", previous == null ? 0 : matching.openProposals(previous.id(), id));
        m.put("canEdit", canEdit);
        m.put("canDecide", actions.mayDecide());
        m.put("canRevise", actions.mayRevise());
        // the case in the diary the plan is filed under, by which the meeting's § decides it
        m.put("canEditCaseNumber", actions.mayFileUnderCase());
        String historyHtml = this.tree.history("plan", id, locale, request, response);
        m.put("historyHtml", historyHtml);
        m.put("history", historyHtml != null ? List.of() : auditTrail.history("plan", id, PlanTree.HISTORY));
        return m;
    }

    @PostMapping("/planer/{id}/status")
    String status(@PathVariable UUID id, @ModelAttribute StatusForm form, Model m, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        editing.requireStatusChange(id);
        return forms.validateOrConflict(() -> {
            FormInput in = new FormInput();
            LocalDate date = in.date("decisionDate", form.decisionDate());
            PlanStatus to = FormInput.enumOrNull(PlanStatus.class, form.status());
            if (to == null) {
                in.refuse("status", "validation.plan.statusRequired");
            }
            in.check();
            editing.changeStatus(id, form.version() == null ? -1 : form.version(), to,
                    new Decision(date, form.decisionBody(), form.decisionParagraph()));
            redirect.addFlashAttribute("statusChanged", true);
            return "redirect:/planer/" + id;
        }, refusal -> {
            m.addAttribute("statusErrors", refusal.errorsAt("status"));
            // after a conflict the form takes the other person's version: saving again overrides knowingly
            m.addAttribute("statusForm", refusal.current() instanceof PlanSummary theirs ? new StatusForm(theirs.version(), form.status(),
                    form.decisionDate(), form.decisionBody(), form.decisionParagraph()) : form);
            return render(plans.plan(id), m, request, response);
        });
    }

    @PostMapping("/planer/{id}/revidera")
    String revise(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason, Model m, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        return forms.validate(() -> {
            PlanSummary revision = editing.revise(id, reason);
            redirect.addFlashAttribute("revised", true);
            return "redirect:/planer/" + revision.id();
        }, refusal -> {
            m.addAttribute("reviseError", refusal.message());
            m.addAttribute("reviseReason", reason);
            return render(plans.plan(id), m, request, response);
        });
    }

    @GetMapping("/planer/ny")
    String newPlan(Model m) {
        if (!m.containsAttribute("form")) {
            m.addAttribute("form", new NewPlanForm(null, String.valueOf(java.time.Year.now().getValue() + 1), null, null, null));
        }
        List<Unit> bodies = organisation.bodies().stream().filter(b -> access.allows(Permission.EDIT_PLAN, b.id())).toList();
        if (bodies.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("EDIT_PLAN");
        }
        m.addAttribute("bodies", bodies);
        m.addAttribute("sources", plans.all().stream().filter(p -> "VP".equals(p.kind())
                && bodies.stream().anyMatch(b -> b.id().equals(p.bodyId()))).toList());
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "planning/new";
    }

    @PostMapping("/planer/ny")
    String create(@ModelAttribute("form") NewPlanForm form, Model m) {
        return forms.validate(() -> {
            FormInput in = new FormInput();
            Integer year = in.year("year", form.year());
            in.check();
            PlanSummary created = editing.createPlan(new CreatePlan(FormInput.uuidOrNull(form.bodyId()), year, form.title(), form.planningYears(),
                    FormInput.uuidOrNull(form.copyFrom())));
            return "redirect:/planer/" + created.id();
        }, refusal -> {
            m.addAttribute("errors", refusal.errors());
            return newPlan(m);
        });
    }

    static ItemType itemType(String s) {
        return FormInput.enumOrNull(ItemType.class, s);
    }

    @GetMapping("/planer/sok")
    String search(@RequestParam(name = "q", required = false) String q, @RequestParam(name = "typ", required = false) String type,
            @RequestParam(name = "organ", required = false) String bodyCode, Model m) {
        ItemType t = itemType(type);
        Unit body = bodyCode == null || bodyCode.isBlank() ? null : organisation.unitByCode(bodyCode).orElse(null);
        m.addAttribute("q", Texts.trimToNull(q));
        m.addAttribute("type", t);
        m.addAttribute("body", body);
        m.addAttribute("types", ItemType.values());
        m.addAttribute("bodies", organisation.bodies());
        m.addAttribute("hits", model.search(q, t, body == null ? null : body.id()));
        return "planning/search";
    }
}
