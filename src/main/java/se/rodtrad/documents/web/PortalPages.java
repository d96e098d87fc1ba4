package se.rodtrad.documents.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.PlanPage;
import se.rodtrad.documents.DocumentService;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * The public portal: decided plans (and, as they come, submitted reports) for anyone, without login.
 * Only what {@code PublicVisibility} shows — a draft or proposal is "not found", even to a signed-in person here.
 */
@Controller
class PortalPages {

    private final Plans plans;
    private final PlanModel model;
    private final DocumentService documents;

    PortalPages(Plans plans, PlanModel model, DocumentService documents) {
        this.plans = plans;
        this.model = model;
        this.documents = documents;
    }

    /** Plans on one page of the portal's start: an installation may publish every municipality's plans. */
    static final int PAGE_SIZE = 50;

    /** The decided plans of one organisation (the home region unless the visitor chooses another), a page at a time. */
    @GetMapping("/portal")
    String start(@RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "sida", defaultValue = "1") int page, Model m) {
        List<Unit> organisations = plans.publicOrganisations();
        String chosen = organisation == null || organisation.isBlank()
                ? (organisations.isEmpty() ? null : organisations.get(0).code()) : organisation;
        PlanPage found = chosen == null ? null : plans.publicPlans(chosen, page - 1, PAGE_SIZE);
        Map<String, List<PlanSummary>> byBody = new LinkedHashMap<>();
        if (found != null) {
            for (PlanSummary p : found.plans()) {
                byBody.computeIfAbsent(p.bodyName(), k -> new java.util.ArrayList<>()).add(p);
            }
        }
        m.addAttribute("organisations", organisations);
        m.addAttribute("found", found);
        m.addAttribute("byBody", byBody);
        return "portal/start";
    }

    @GetMapping("/portal/planer/{id}")
    String plan(@PathVariable UUID id, Model m) {
        PlanSummary plan = decided(id);
        m.addAttribute("plan", plan);
        m.addAttribute("entries", model.entries(id));
        return "portal/plan";
    }

    @GetMapping("/portal/planer/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        decided(id);
        return DocumentApi.file(documents.planPdf(id), MediaType.APPLICATION_PDF, documents.fileName(id) + ".pdf");
    }

    @GetMapping("/portal/planer/{id}/uppdrag.pdf")
    ResponseEntity<byte[]> assignments(@PathVariable UUID id) {
        decided(id);
        DocumentService.Rendered r = documents.assignmentsPdf(id);
        return DocumentApi.file(r.bytes(), MediaType.APPLICATION_PDF, r.fileName());
    }

    @GetMapping("/portal/planer/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
        decided(id);
        return DocumentApi.file(documents.planXlsx(id), DocumentApi.XLSX, documents.fileName(id) + ".xlsx");
    }

    private PlanSummary decided(UUID id) {
        return plans.publicPlan(id);
    }
}
