package se.rodtrad.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.Change;
import se.rodtrad.planning.Comparison;
import se.rodtrad.planning.ComparisonEntry;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.LineageMatching;
import se.rodtrad.planning.MatchProposal;
import se.rodtrad.planning.PlanComparison;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;

/** Two plans side by side (new, changed with word diff, continued, removed) and confirming the proposed lineage. */
@Controller
class ComparePages {

    private final PlanComparison comparison;
    private final LineageMatching matching;
    private final Plans plans;
    private final AccessPolicy access;

    private final FormSubmission forms;

    ComparePages(PlanComparison comparison, LineageMatching matching, Plans plans, AccessPolicy access, FormSubmission forms) {
        this.forms = forms;
        this.comparison = comparison;
        this.matching = matching;
        this.plans = plans;
        this.access = access;
    }

    @GetMapping("/planer/jamfor")
    String compare(@RequestParam(name = "fran", required = false) UUID from, @RequestParam(name = "till", required = false) UUID to,
            @RequestParam(name = "typ", required = false) String type, @RequestParam(name = "andring", required = false) String change, Model m) {
        List<PlanSummary> all = plans.all();
        if (from == null || to == null) {
            // the latest plan that has an earlier one of its body: the comparison people come for
            Optional<PlanSummary> latest = all.stream().filter(p -> "VP".equals(p.kind()))
                    .sorted((a, b) -> Integer.compare(b.year(), a.year()))
                    .filter(p -> comparison.previous(p.id()).isPresent()).findFirst();
            if (latest.isPresent()) {
                to = to == null ? latest.get().id() : to;
                from = from == null ? comparison.previous(to).map(PlanSummary::id).orElse(latest.get().id()) : from;
            }
        }
        Map<String, List<PlanSummary>> byBody = new LinkedHashMap<>();
        all.forEach(p -> byBody.computeIfAbsent(p.bodyName(), k -> new java.util.ArrayList<>()).add(p));
        m.addAttribute("byBody", byBody);
        m.addAttribute("types", ItemType.values());
        m.addAttribute("changes", Change.values());
        ItemType t = PlanPages.itemType(type);
        Change c = change(change);
        m.addAttribute("type", t);
        m.addAttribute("change", c);
        m.addAttribute("fromId", from);
        m.addAttribute("toId", to);
        if (from != null && to != null) {
            Comparison result = comparison.compare(from, to);
            List<ComparisonEntry> shown = result.entries().stream()
                    .filter(e -> t == null || e.type() == t).filter(e -> c == null || e.change() == c).toList();
            m.addAttribute("comparison", result);
            m.addAttribute("shown", shown);
            m.addAttribute("sameBody", result.from().bodyId().equals(result.to().bodyId()));
            m.addAttribute("canMatch", access.allows(Permission.EDIT_PLAN, result.to().bodyId()));
        }
        return "planning/compare";
    }

    @GetMapping("/planer/{id}/koppla")
    String matches(@PathVariable UUID id, @RequestParam(name = "fran", required = false) UUID from,
            @RequestParam(name = "alla", required = false) String all, Model m) {
        PlanSummary to = plans.plan(id);
        Optional<PlanSummary> source = from != null ? Optional.of(plans.plan(from)) : comparison.previous(id);
        m.addAttribute("plan", to);
        m.addAttribute("others", plans.forBody(to.bodyId()).stream().filter(p -> !p.id().equals(id)).toList());
        m.addAttribute("showAll", all != null);
        m.addAttribute("canMatch", access.allows(Permission.EDIT_PLAN, to.bodyId()));
        if (source.isPresent()) {
            List<MatchProposal> proposals = matching.propose(source.get().id(), id);
            m.addAttribute("from", source.get());
            MatchProposal.Tally tally = MatchProposal.Tally.of(proposals);
            m.addAttribute("proposals", all != null ? tally.all() : tally.unlinked());
            m.addAttribute("linkedCount", tally.linked());
            m.addAttribute("proposedCount", tally.proposed());
            m.addAttribute("noneCount", tally.none());
        }
        return "planning/matches";
    }

    @PostMapping("/planer/{id}/koppla")
    String match(@PathVariable UUID id, @RequestParam(name = "fran", required = false) UUID from,
            @RequestParam(name = "punkt", required = false) UUID toItemId, @RequestParam(name = "val", required = false) String choice,
            RedirectAttributes redirect) {
        UUID chosen = FormInput.uuidOrNull(choice);
        forms.run(() -> {
            if (choice == null || choice.isBlank() || "ny".equals(choice)) {
                matching.markNew(id, from, toItemId);
            } else if (chosen == null) {
                throw new DomainException("lineage.error.notInPlan"); // no item of the earlier plan, sent by hand
            } else {
                matching.confirm(id, from, toItemId, chosen);
            }
            redirect.addFlashAttribute("matched", toItemId);
        }, refusal -> redirect.addFlashAttribute("matchError", refusal.message()));
        return "redirect:/planer/" + id + "/koppla" + (from == null ? "" : "?fran=" + from) + (toItemId == null ? "" : "#punkt-" + toItemId);
    }

    private static Change change(String s) {
        return FormInput.enumOrNull(Change.class, s);
    }
}
