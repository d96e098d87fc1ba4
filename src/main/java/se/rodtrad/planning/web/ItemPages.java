package se.rodtrad.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.AddItem;
import se.rodtrad.planning.AssignWork;
import se.rodtrad.planning.AssignmentWork;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.KoladaCatalog;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.RedThread;
import se.rodtrad.planning.TargetDraft;
import se.rodtrad.planning.TargetForm;
import se.rodtrad.planning.UpdateItem;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/**
 * One item in the middle: its röd tråd up to RUS and down to indicators, assignments and activities; and editing
 * it. The edit form works in place in the plan tree with htmx and as an ordinary page without JavaScript.
 */
@Controller
class ItemPages {

    /** The edit form as typed, so nothing is lost when a save is refused. */
    record ItemForm(Integer version, String kind, String number, String text, String tag, String unit, String koladaId,
            TargetDraft target) {

        static ItemForm of(PlanItem i) {
            return new ItemForm(i.version(), i.kind(), i.number(), i.text(), i.tag(), i.unit(), i.koladaId(), TargetDraft.of(i.target()));
        }

        String form() {
            return target == null || target.form() == null || target.form().isBlank() ? null : target.form();
        }
    }

    /** An assignment's owner and dates as typed, so nothing is lost when a save is refused. */
    record WorkForm(Integer version, String ownerUnitId, String ownerPerson, String start, String deadline) {

        static WorkForm of(AssignmentWork w) {
            return new WorkForm(w.version() < 0 ? null : w.version(), w.ownerUnitId() == null ? "" : w.ownerUnitId().toString(),
                    w.ownerPerson(), w.start() == null ? null : w.start().toString(), w.deadline() == null ? null : w.deadline().toString());
        }
    }

    /** A new item under a parent, as typed. */
    record AddForm(String type, String kind, String number, String text, String tag, TargetDraft target) {
    }

    private final PlanModel model;
    private final PlanEditing editing;
    private final Plans plans;
    private final KoladaCatalog kolada;
    private final Organisation organisation;
    private final AuditTrail auditTrail;
    private final Messages messages;
    private final PlanTree tree;
    private final RedThreadParts threads;
    private final se.rodtrad.planning.AssignmentOverview overview;

    private final FormSubmission forms;

    ItemPages(PlanModel model, PlanEditing editing, Plans plans, KoladaCatalog kolada, Organisation organisation,
            AuditTrail auditTrail, Messages messages, PlanTree tree, RedThreadParts threads,
            se.rodtrad.planning.AssignmentOverview overview, FormSubmission forms) {
        this.forms = forms;
        this.overview = overview;
        this.threads = threads;
        this.tree = tree;
        this.model = model;
        this.editing = editing;
        this.plans = plans;
        this.kolada = kolada;
        this.organisation = organisation;
        this.auditTrail = auditTrail;
        this.messages = messages;
    }

    @GetMapping("/planer/punkter/{id}")
    String item(@PathVariable UUID id, Model m, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        java.util.Locale locale = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
        RedThreadParts.Parts parts = threads.of(id, locale, request, response);
        RedThread thread = parts.redThread();
        m.addAllAttributes(threads.variables(thread));
        m.addAttribute("kept", parts.head() == null ? null : parts);
        m.addAttribute("canEdit", canEdit(thread.plan()));
        if (parts.head() == null) {
            // not kept: the page renders the parts itself, with what other modules say serves the item
            m.addAttribute("contributions", threads.contributionsTo(thread));
        }
        m.addAttribute("types", ItemType.values());
        if (!m.containsAttribute("addForm")) {
            m.addAttribute("addForm", new AddForm(null, null, null, null, null, null));
        }
        work(thread.item(), thread.plan(), null, Map.of(), m);
        String historyHtml = tree.history("plan_item", id, locale, request, response);
        m.addAttribute("historyHtml", historyHtml);
        m.addAttribute("history", historyHtml != null ? List.of() : auditTrail.history("plan_item", id, PlanTree.HISTORY));
        return "planning/item";
    }

    /** The edit form; with {@code koladaQuery} (the search without JavaScript) it lists the matching KPIs. */
    @GetMapping("/planer/punkter/{id}/redigera")
    String edit(@PathVariable UUID id, @RequestParam(name = "koladaQuery", required = false) String koladaQuery, HttpServletRequest request,
            Model m) {
        PlanEntry e = model.entry(id);
        searchKolada(koladaQuery, m);
        return form(e, ItemForm.of(e.item()), Map.of(), request, m);
    }

    /** KPIs matching the query, as radio buttons for the edit form (htmx). */
    @GetMapping("/planer/punkter/{id}/kolada")
    String kolada(@PathVariable UUID id, @RequestParam(name = "koladaQuery", required = false) String koladaQuery, Model m) {
        PlanEntry e = model.entry(id);
        searchKolada(koladaQuery, m);
        m.addAttribute("p", "f-" + e.id() + "-");
        return "planning/edit :: koladaHits";
    }

    private void searchKolada(String query, Model m) {
        String q = query == null || query.isBlank() ? null : query.strip();
        m.addAttribute("koladaQuery", q);
        m.addAttribute("kpiHits", q == null ? List.of() : kolada.search(q, 25));
    }

    /** The target's parameter fields for the chosen form, swapped in by htmx when the form select changes. */
    @GetMapping("/planer/punkter/{id}/malvardesfalt")
    String targetFields(@PathVariable UUID id, @ModelAttribute ItemForm form, Model m) {
        // only form fields, nothing a reader may not see: no permission needed to render them
        fill(model.entry(id), form, Map.of(), m);
        return "planning/edit :: targetFields";
    }

    /**
     * The target form and its parameters read from the wording as typed — planning's one classifier, the same the
     * document import uses — put into the form with the reason, for the person to check and save; nothing is saved.
     */
    @PostMapping("/planer/punkter/{id}/foresla-malform")
    String suggestTarget(@PathVariable UUID id, @ModelAttribute ItemForm form, HttpServletRequest request, Model m) {
        PlanEntry e = model.entry(id);
        String wording = form.text() == null || form.text().isBlank() ? e.text() : form.text();
        se.rodtrad.planning.TargetReading.Reading reading = se.rodtrad.planning.TargetReading.read(wording);
        ItemForm suggested = new ItemForm(form.version(), form.kind(), form.number(), wording, form.tag(), form.unit(), form.koladaId(),
                reading.target());
        m.addAttribute("suggestion", messages.get("edit.suggestedTarget", reading.reason()));
        return form(e, suggested, Map.of(), request, m);
    }

    /** Closing the in-place form: nothing to show where it was. */
    @GetMapping("/planer/punkter/{id}/stang")
    @ResponseBody
    String close(@PathVariable UUID id) {
        return "";
    }

    @PostMapping("/planer/punkter/{id}")
    String save(@PathVariable UUID id, @ModelAttribute ItemForm form, HttpServletRequest request, Model m, RedirectAttributes redirect) {
        PlanEntry e = model.entry(id);
        return forms.validateOrConflict(() -> {
            editing.updateItem(new UpdateItem(id, form.version() == null ? -1 : form.version(), form.kind(), form.number(), form.text(),
                    form.tag(), form.target(), form.unit(), form.koladaId()));
            return saved(id, request, m, redirect);
        }, refusal -> {
            if (!(refusal.current() instanceof PlanItem theirs)) {
                return form(e, form, refusal.errors(), request, m);
            }
            // the other person's item is shown beside what this one typed, which stays in the form under their version
            m.addAttribute("conflict", theirs);
            m.addAttribute("conflictMessage", refusal.message());
            m.addAttribute("conflictTarget", theirs.target());
            ItemForm kept = new ItemForm(theirs.version(), form.kind(), form.number(), form.text(), form.tag(), form.unit(), form.koladaId(),
                    form.target());
            return form(model.entry(id), kept, Map.of(), request, m);
        });
    }

    private String saved(UUID id, HttpServletRequest request, Model m, RedirectAttributes redirect) {
        if (isHtmx(request)) {
            PlanEntry saved = model.entry(id);
            m.addAttribute("e", saved);
            m.addAttribute("planVersion", plans.plan(saved.item().planId()).version());
            return "planning/edit :: saved";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/planer/punkter/" + id;
    }

    @PostMapping("/planer/punkter/{id}/under")
    String add(@PathVariable UUID id, @ModelAttribute AddForm form, Model m, RedirectAttributes redirect, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        PlanEntry parent = model.entry(id);
        return forms.validate(() -> {
            PlanItem added = editing.addItem(new AddItem(parent.item().planId(), id, PlanPages.itemType(form.type()), form.kind(),
                    form.number(), form.text(), form.tag(), null, form.target()));
            redirect.addFlashAttribute("added", true);
            return "redirect:/planer/punkter/" + added.id();
        }, refusal -> {
            m.addAttribute("addErrors", refusal.errors());
            m.addAttribute("addForm", form);
            return item(id, m, request, response);
        });
    }

    /** Sets an assignment's owner and dates: in place with htmx, or as a page and back to the item. */
    @PostMapping("/planer/punkter/{id}/ansvar")
    String assignWork(@PathVariable UUID id, @ModelAttribute WorkForm form, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            Model m, RedirectAttributes redirect) {
        return forms.validateOrConflict(() -> {
            editing.assignWork(new AssignWork(id, form.version(), form.ownerUnitId(), form.ownerPerson(), form.start(), form.deadline()));
            return workSaved(id, request, m, redirect);
        }, refusal -> {
            if (!(refusal.current() instanceof AssignmentWork theirs)) {
                return workPart(id, form, refusal.errors(), request, response, m);
            }
            m.addAttribute("workConflict", theirs);
            m.addAttribute("workConflictMessage", refusal.message());
            return workPart(id, new WorkForm(theirs.version() < 0 ? null : theirs.version(), form.ownerUnitId(), form.ownerPerson(), form.start(),
                    form.deadline()), Map.of(), request, response, m);
        });
    }

    private String workSaved(UUID id, HttpServletRequest request, Model m, RedirectAttributes redirect) {
        if (isHtmx(request)) {
            PlanEntry saved = model.entry(id);
            m.addAttribute("workSaved", true);
            work(saved, plans.plan(saved.item().planId()), null, Map.of(), m);
            return "planning/work :: work";
        }
        redirect.addFlashAttribute("workSaved", true);
        return "redirect:/planer/punkter/" + id + "#work-" + id;
    }

    /** The work section again after a refused save: in place, or the whole item page with the section's errors. */
    private String workPart(UUID id, WorkForm form, Map<String, String> errors, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response, Model m) {
        PlanEntry e = model.entry(id);
        if (isHtmx(request)) {
            work(e, plans.plan(e.item().planId()), form, errors, m);
            if (!m.containsAttribute("workSection")) {
                // only an assignment has a work section to answer with
                throw new se.rodtrad.shared.domain.NotFoundException("uppdrag", id);
            }
            return "planning/work :: work";
        }
        m.addAttribute("workFormKept", form);
        m.addAttribute("workErrorsKept", errors);
        return item(id, m, request, response);
    }

    /** The work section of an assignment (nothing for other items): its owner, dates and state, and the form to set them. */
    private void work(PlanEntry e, PlanSummary plan, WorkForm form, Map<String, String> errors, Model m) {
        m.addAttribute("e", e);
        m.addAttribute("plan", plan);
        overview.workSection(e, plan).ifPresent(section -> {
            m.addAttribute("workSection", section);
            m.addAttribute("work", section.work());
            m.addAttribute("workLine", section.line());
            m.addAttribute("workUnitName", section.line().ownerUnitName());
            m.addAttribute("workUnits", section.units());
            WorkForm kept = m.containsAttribute("workFormKept") ? (WorkForm) m.getAttribute("workFormKept") : null;
            m.addAttribute("workForm", form != null ? form : kept != null ? kept : WorkForm.of(section.work()));
            @SuppressWarnings("unchecked")
            Map<String, String> keptErrors = (Map<String, String>) m.getAttribute("workErrorsKept");
            m.addAttribute("workErrors", !errors.isEmpty() || keptErrors == null ? errors : keptErrors);
        });
    }

    /** Removes the item and everything under it, once the person has ticked that they mean it. */
    @PostMapping("/planer/punkter/{id}/ta-bort")
    String remove(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "bekrafta", required = false) String confirmed, RedirectAttributes redirect) {
        PlanEntry e = model.entry(id);
        editing.requireEditable(e.item().planId());
        if (confirmed == null || confirmed.isBlank()) {
            redirect.addFlashAttribute("removeError", messages.get("remove.confirmRequired"));
            return "redirect:/planer/punkter/" + id + "#remove-heading";
        }
        int n = editing.removeItem(id, version == null ? -1 : version);
        redirect.addFlashAttribute("removed", n);
        return "redirect:/planer/" + e.item().planId();
    }

    private String form(PlanEntry e, ItemForm form, Map<String, String> errors, HttpServletRequest request, Model m) {
        prepare(e, form, errors, m);
        if (isHtmx(request)) {
            return "planning/edit :: form";
        }
        return "planning/edit";
    }

    private void prepare(PlanEntry e, ItemForm form, Map<String, String> errors, Model m) {
        // a decided plan or no permission: the use case would refuse; say so before anything is typed
        editing.requireEditable(e.item().planId());
        fill(e, form, errors, m);
    }

    private void fill(PlanEntry e, ItemForm form, Map<String, String> errors, Model m) {
        PlanSummary plan = plans.plan(e.item().planId());
        m.addAttribute("e", e);
        m.addAttribute("plan", plan);
        m.addAttribute("form", form);
        m.addAttribute("errors", errors);
        m.addAttribute("p", "f-" + e.id() + "-");
        m.addAttribute("forms", TargetForm.values());
        m.addAttribute("directions", Direction.values());
        m.addAttribute("groups", organisation.comparisonGroups());
        m.addAttribute("kpi", kolada.kpi(form.koladaId()).orElse(null));
        m.addAttribute("selectedForm", form.form());
        if (!m.containsAttribute("kpiHits")) {
            m.addAttribute("kpiHits", List.of());
            m.addAttribute("koladaQuery", null);
        }
    }

    private boolean canEdit(PlanSummary plan) {
        return plans.actions(plan).mayEdit();
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
