package se.rodtrad.planning.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.Texts;

/** The plans of every body and year, one plan as a foldable tree, and search across plans. */
@Controller
class PlanPages {

    private final Plans plans;
    private final PlanModel model;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AuditTrail auditTrail;

    PlanPages(Plans plans, PlanModel model, Organisation organisation, AccessPolicy access, AuditTrail auditTrail) {
        this.plans = plans;
        this.model = model;
        this.organisation = organisation;
        this.access = access;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/planer")
    String list(@RequestParam(name = "organ", required = false) String bodyCode, Model m) {
        List<PlanSummary> all = plans.all();
        Unit body = bodyCode == null || bodyCode.isBlank() ? null : organisation.unitByCode(bodyCode).orElse(null);
        if (body != null) {
            all = all.stream().filter(p -> p.bodyId().equals(body.id())).toList();
        }
        Map<String, List<PlanSummary>> byBody = new LinkedHashMap<>();
        for (PlanSummary p : all) {
            byBody.computeIfAbsent(p.bodyName(), k -> new java.util.ArrayList<>()).add(p);
        }
        m.addAttribute("byBody", byBody);
        m.addAttribute("body", body);
        m.addAttribute("bodies", organisation.bodies());
        m.addAttribute("canCreate", organisation.bodies().stream().anyMatch(b -> access.allows(Permission.EDIT_PLAN, b.id())));
        return "planning/plans";
    }

    @GetMapping("/planer/{id}")
    String plan(@PathVariable UUID id, Model m) {
        PlanSummary plan = plans.plan(id);
        List<PlanEntry> entries = model.entries(id);
        Map<ItemType, Long> counts = new EnumMap<>(ItemType.class);
        entries.forEach(e -> counts.merge(e.type(), 1L, Long::sum));
        m.addAttribute("plan", plan);
        m.addAttribute("nodes", Node.tree(entries));
        m.addAttribute("counts", counts);
        m.addAttribute("planLinks", model.planLinks(id));
        m.addAttribute("versions", plans.versions(id));
        m.addAttribute("others", plans.forBody(plan.bodyId()).stream().filter(p -> !p.id().equals(id)).toList());
        m.addAttribute("canEdit", !plan.status().isDecided() && access.allows(Permission.EDIT_PLAN, plan.bodyId()));
        m.addAttribute("canDecide", !plan.status().isDecided() && access.allows(Permission.DECIDE_PLAN, plan.bodyId()));
        m.addAttribute("canRevise", plan.status().isDecided() && access.allows(Permission.EDIT_PLAN, plan.bodyId()));
        m.addAttribute("history", auditTrail.history("plan", id).stream().limit(50).toList());
        return "planning/plan";
    }

    static ItemType itemType(String s) {
        try {
            return s == null || s.isBlank() ? null : ItemType.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
