package se.rodtrad.planning.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.KoladaCatalog;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.RedThread;

/** One item in the middle: its röd tråd up to RUS and down to indicators, assignments and activities. */
@Controller
class ItemPages {

    private final PlanModel model;
    private final KoladaCatalog kolada;
    private final AccessPolicy access;
    private final AuditTrail auditTrail;

    ItemPages(PlanModel model, KoladaCatalog kolada, AccessPolicy access, AuditTrail auditTrail) {
        this.model = model;
        this.kolada = kolada;
        this.access = access;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/planer/punkter/{id}")
    String item(@PathVariable UUID id, Model m) {
        RedThread thread = model.redThread(id);
        m.addAttribute("thread", thread);
        m.addAttribute("plan", thread.plan());
        m.addAttribute("e", thread.item());
        m.addAttribute("kpi", kolada.kpi(thread.item().item().koladaId()).orElse(null));
        m.addAttribute("canEdit", !thread.plan().status().isDecided() && access.allows(Permission.EDIT_PLAN, thread.plan().bodyId()));
        m.addAttribute("history", auditTrail.history("plan_item", id).stream().limit(50).toList());
        return "planning/item";
    }
}
