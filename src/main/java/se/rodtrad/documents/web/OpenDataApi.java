package se.rodtrad.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.shared.web.OpenData;
import se.rodtrad.shared.web.OpenData.Published;
import se.rodtrad.shared.web.OpenData.PublishedPage;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.planning.PlanPage;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * Open data: every public view as JSON and CSV, without login, with stable ids (the same UUIDs as the
 * internal API) and a licence statement. Only decided plans are published.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Öppna data", description = "Beslutade planer som JSON och CSV. Licens: CC0 1.0 (public domain).")
class OpenDataApi {



    record PublicPlan(UUID id, String bodyCode, String bodyName, int year, String title, String status, String decisionDate,
            String decisionBody, String decisionParagraph) {
        static PublicPlan of(PlanSummary p) {
            var d = p.decision();
            return new PublicPlan(p.id(), p.bodyCode(), p.bodyName(), p.year(), p.title(), p.status().name(),
                    d == null || d.date() == null ? null : d.date().toString(), d == null ? null : d.body(), d == null ? null : d.paragraph());
        }
    }

    record PublicItem(UUID id, UUID lineageId, UUID parentId, ItemType type, String kind, String number, String text, String tag,
            String targetForm, String direction) {
        static PublicItem of(PlanEntry e) {
            var i = e.item();
            return new PublicItem(i.id(), i.lineageId(), i.parentId(), i.type(), i.kind(), i.number(), i.text(), i.tag(),
                    i.target() == null ? null : i.target().form().name(), i.target() == null ? null : i.target().direction().name());
        }
    }

    private final Plans plans;
    private final PlanModel model;

    OpenDataApi(Plans plans, PlanModel model) {
        this.plans = plans;
        this.model = model;
    }

    @GetMapping(value = "/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Beslutade planer, en sida i taget (senaste år först), för en organisation eller alla",
            description = "organisation: regionens eller kommunens kod (Kolada-id, t.ex. 0018); page från 0; size högst 1000 (100 om inget anges). "
                    + "Nästa sida finns i paging.next och i Link-huvudet (rel=\"next\").")
    ResponseEntity<PublishedPage<List<PublicPlan>>> plans(@RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "" + Plans.PUBLIC_PAGE_SIZE) int size) {
        PlanPage found = plans.publicPlans(organisation, page, size);
        return OpenData.page(found.plans().stream().map(PublicPlan::of).toList(), paging(found, "/api/v1/public/plans"));
    }

    @GetMapping(value = "/plans.csv", produces = "text/csv")
    @Operation(summary = "Beslutade planer som CSV, en sida i taget (högst 1000 rader, nästa sida i Link-huvudet)")
    ResponseEntity<String> plansCsv(@RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "" + Plans.PUBLIC_PAGE_MAX) int size) {
        PlanPage found = plans.publicPlans(organisation, page, size);
        String rows = found.plans().stream().map(PublicPlan::of).map(p -> Csv.row(p.id(), p.bodyCode(), p.bodyName(), p.year(), p.title(),
                p.status(), p.decisionDate(), p.decisionBody(), p.decisionParagraph())).collect(Collectors.joining());
        return OpenData.csv(Csv.row("id", "bodyCode", "bodyName", "year", "title", "status", "decisionDate", "decisionBody", "decisionParagraph")
                + rows, paging(found, "/api/v1/public/plans.csv").next());
    }

    /** Where the page is in the list, and the address of the next page with the same choice of organisation and size. */
    private static OpenData.Paging paging(PlanPage found, String path) {
        return OpenData.Paging.of(path, java.util.Collections.singletonMap("organisation",
                found.organisation() == null ? null : found.organisation().code()), found.page(), found.size(), found.total());
    }

    @GetMapping(value = "/plans/{id}/items", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "En beslutad plans mål, indikatorer, uppdrag och strategier i dokumentordning")
    ResponseEntity<Published<List<PublicItem>>> items(@PathVariable UUID id) {
        return OpenData.json(publicItems(decidedPlan(id)));
    }

    @GetMapping(value = "/plans/{id}/items.csv", produces = "text/csv")
    @Operation(summary = "En beslutad plans mål, indikatorer, uppdrag och strategier som CSV")
    ResponseEntity<String> itemsCsv(@PathVariable UUID id) {
        String rows = publicItems(decidedPlan(id)).stream().map(i -> Csv.row(i.id(), i.lineageId(), i.parentId(), i.type(), i.kind(), i.number(),
                i.text(), i.tag(), i.targetForm(), i.direction())).collect(Collectors.joining());
        return OpenData.csv(Csv.row("id", "lineageId", "parentId", "type", "kind", "number", "text", "tag", "targetForm", "direction") + rows);
    }

    private List<PublicItem> publicItems(UUID planId) {
        return model.entries(planId).stream().map(PublicItem::of).toList();
    }

    private UUID decidedPlan(UUID id) {
        return plans.publicPlan(id).id();
    }


}
