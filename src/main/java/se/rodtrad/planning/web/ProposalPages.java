package se.rodtrad.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.Proposal;
import se.rodtrad.planning.Proposals;
import se.rodtrad.planning.SubmitProposal;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;

/** Change proposals against a plan: the list, a new proposal with its changes, and the decision to accept or reject. */
@Controller
class ProposalPages {

    static final int DEFAULT_ROWS = 3;
    static final int MAX_ROWS = 20;

    /** One change row of the form, as typed. */
    record ChangeRow(String action, String itemId, String type, String kind, String number, String text) {
    }

    record ProposalForm(String submitterType, String submitter, String title, String motivation, List<ChangeRow> changes) {
    }

    private final Proposals proposals;
    private final Plans plans;
    private final PlanModel model;

    private final FormSubmission forms;

    ProposalPages(Proposals proposals, Plans plans, PlanModel model, FormSubmission forms) {
        this.forms = forms;
        this.proposals = proposals;
        this.plans = plans;
        this.model = model;
    }

    @GetMapping("/planer/{id}/forslag")
    String list(@PathVariable UUID id, Model m) {
        PlanSummary plan = plans.plan(id);
        m.addAttribute("plan", plan);
        m.addAttribute("proposals", proposals.forPlan(id));
        m.addAttribute("canPropose", plans.actions(plan).mayPropose());
        return "planning/proposals";
    }

    @GetMapping("/planer/{id}/forslag/ny")
    String newProposal(@PathVariable UUID id, @RequestParam(name = "rader", required = false) Integer rows, Model m) {
        int n = rows == null ? DEFAULT_ROWS : Math.max(1, Math.min(MAX_ROWS, rows));
        List<ChangeRow> empty = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            empty.add(new ChangeRow(null, null, null, null, null, null));
        }
        return form(id, new ProposalForm(null, null, null, null, empty), Map.of(), m);
    }

    /** One more empty change row (htmx). */
    @GetMapping("/planer/{id}/forslag/rad")
    String row(@PathVariable UUID id, @RequestParam("i") int index, Model m) {
        m.addAttribute("entries", model.entries(id));
        m.addAttribute("types", ItemType.values());
        m.addAttribute("actions", Proposal.Action.values());
        m.addAttribute("errors", Map.of());
        m.addAttribute("i", Math.max(0, Math.min(MAX_ROWS * 5, index)));
        m.addAttribute("c", new ChangeRow(null, null, null, null, null, null));
        return "planning/proposal-new :: row";
    }

    @PostMapping("/planer/{id}/forslag")
    String submit(@PathVariable UUID id, @ModelAttribute ProposalForm form, Model m) {
        Proposal.SubmitterType type = FormInput.enumOrNull(Proposal.SubmitterType.class, form.submitterType());
        List<SubmitProposal.ChangeDraft> drafts = new ArrayList<>();
        List<ChangeRow> rows = form.changes() == null ? List.of() : form.changes();
        for (ChangeRow r : rows) {
            drafts.add(r == null ? null : new SubmitProposal.ChangeDraft(r.action(), FormInput.uuidOrNull(r.itemId()), r.type(), r.kind(), r.number(), r.text(), null));
        }
        return forms.validate(() -> {
            Proposal p = proposals.submit(new SubmitProposal(id, type, form.submitter(), form.title(), form.motivation(), drafts));
            return "redirect:/planer/" + id + "/forslag/" + p.id();
        }, refusal -> form(id, form, refusal.errors(), m));
    }

    @GetMapping("/planer/{planId}/forslag/{id}")
    String proposal(@PathVariable UUID planId, @PathVariable UUID id, Model m) {
        Proposal p = proposals.proposal(id);
        PlanSummary plan = plans.plan(p.planId());
        Map<UUID, PlanEntry> current = new LinkedHashMap<>();
        model.entries(plan.id()).forEach(e -> current.put(e.id(), e));
        m.addAttribute("plan", plan);
        m.addAttribute("p", p);
        m.addAttribute("current", current);
        m.addAttribute("diffs", proposals.diffs(p, current));
        m.addAttribute("canDecide", proposals.actions(p, plan).mayDecide());
        return "planning/proposal";
    }

    @PostMapping("/planer/{planId}/forslag/{id}/beslut")
    String decide(@PathVariable UUID planId, @PathVariable UUID id, @RequestParam(name = "beslut", required = false) String decision,
            @RequestParam(name = "version", required = false) Integer version, @RequestParam(name = "note", required = false) String note,
            RedirectAttributes redirect) {
        forms.run(() -> {
            if ("accept".equals(decision)) {
                proposals.accept(id, version == null ? -1 : version, note);
            } else {
                proposals.reject(id, version == null ? -1 : version, note);
            }
            redirect.addFlashAttribute("decided", true);
        }, refusal -> {
            // a conflict, a proposal already decided, or one whose item is gone: said on its page; anything else is an error page
            if (!refusal.conflict() && !refusal.cause().messageKey().startsWith("proposal.error.")) {
                throw refusal.cause();
            }
            redirect.addFlashAttribute("decisionError", refusal.message());
        });
        return "redirect:/planer/" + planId + "/forslag/" + id;
    }

    private String form(UUID planId, ProposalForm form, Map<String, String> errors, Model m) {
        PlanSummary plan = proposals.proposable(planId);
        m.addAttribute("plan", plan);
        // a form sent without any change rows (found by WriteEndpointFuzzTest: the page failed on form.changes.size())
        m.addAttribute("form", form.changes() != null ? form
                : new ProposalForm(form.submitterType(), form.submitter(), form.title(), form.motivation(), List.of()));
        m.addAttribute("errors", errors);
        m.addAttribute("entries", model.entries(planId));
        m.addAttribute("types", ItemType.values());
        m.addAttribute("actions", Proposal.Action.values());
        m.addAttribute("submitterTypes", Proposal.SubmitterType.values());
        int rows = form.changes() == null ? 0 : form.changes().size();
        m.addAttribute("nextRows", Math.min(MAX_ROWS, rows + 3));
        return "planning/proposal-new";
    }
}
