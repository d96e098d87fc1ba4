package se.rodtrad.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.AddItem;
import se.rodtrad.planning.Change;
import se.rodtrad.planning.Comparison;
import se.rodtrad.planning.ComparisonEntry;
import se.rodtrad.planning.LineageMatching;
import se.rodtrad.planning.MatchProposal;
import se.rodtrad.planning.Cycle;
import se.rodtrad.planning.PlanComparison;
import se.rodtrad.planning.PlanCycle;
import se.rodtrad.planning.Proposal;
import se.rodtrad.planning.Proposals;
import se.rodtrad.planning.SubmitProposal;
import se.rodtrad.planning.WordDiff;
import se.rodtrad.planning.CreatePlan;
import se.rodtrad.planning.Decision;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.TargetDraft;
import se.rodtrad.planning.UpdateItem;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Planer", description = "Verksamhetsplaner med budget per organ och år")
class PlanApi {

    record PlanJson(UUID id, String key, String bodyCode, String bodyName, int year, String title, String planningYears,
            PlanStatus status, Decision decision, int revision, String kind, String period, UUID revisesId, String revisionReason,
            int version) {
        static PlanJson of(PlanSummary p) {
            return new PlanJson(p.id(), p.key(), p.bodyCode(), p.bodyName(), p.year(), p.title(), p.planningYears(), p.status(),
                    p.decision(), p.revision(), p.kind(), p.period(), p.revisesId(), p.revisionReason(), p.version());
        }
    }

    /** Wrapper types throughout: a missing value is a validation message, not a 400 from the JSON reader. */
    record ItemUpdateJson(Integer version, String kind, String number, String text, String tag, TargetDraft target, String unit,
            String koladaId) {
    }

    record ItemCreateJson(UUID parentId, ItemType type, String kind, String number, String text, String tag, String issuer,
            TargetDraft target) {
    }

    record StatusJson(Integer version, PlanStatus status, LocalDate decisionDate, String decisionBody, String decisionParagraph) {
    }

    record RevisionJson(String reason) {
    }

    record PlanCreateJson(String bodyCode, Integer year, String title, String planningYears, UUID copyFromPlanId) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CompareEntryJson(Change change, ItemType type, UUID fromItemId, UUID toItemId, UUID lineageId, String fromNumber,
            String toNumber, String fromText, String toText, boolean renumbered, boolean targetChanged, List<WordDiff.Token> diff) {
        static CompareEntryJson of(ComparisonEntry e) {
            return new CompareEntryJson(e.change(), e.type(), e.fromItemId(), e.toItemId(), e.lineageId(),
                    e.from() == null ? null : e.from().item().number(), e.to() == null ? null : e.to().item().number(),
                    e.from() == null ? null : e.from().text(), e.to() == null ? null : e.to().text(), e.renumbered(), e.targetChanged(), e.diff());
        }
    }

    record CompareJson(UUID from, UUID to, Map<Change, Long> counts, List<CompareEntryJson> entries) {
    }

    record CandidateJson(UUID itemId, String text, BigDecimal score) {
    }

    record MatchJson(UUID itemId, String text, MatchProposal.Status status, UUID linkedItemId, List<CandidateJson> candidates) {
    }

    /** {@code fromItemId} null: the item is new (continues nothing in the earlier plan). */
    record MatchDecisionJson(UUID from, UUID toItemId, UUID fromItemId) {
    }

    private final Plans plans;
    private final PlanModel model;
    private final PlanEditing editing;
    private final Organisation organisation;
    private final PlanComparison comparison;
    private final LineageMatching matching;
    private final Proposals proposals;
    private final PlanCycle cycles;

    PlanApi(Plans plans, PlanModel model, PlanEditing editing, Organisation organisation, PlanComparison comparison, LineageMatching matching,
            Proposals proposals, PlanCycle cycles) {
        this.proposals = proposals;
        this.cycles = cycles;
        this.plans = plans;
        this.model = model;
        this.editing = editing;
        this.organisation = organisation;
        this.comparison = comparison;
        this.matching = matching;
    }

    record ProposalJson(Proposal.SubmitterType submitterType, String submitter, String title, String motivation,
            List<SubmitProposal.ChangeDraft> changes) {
    }

    record ProposalDecisionJson(Integer version, String note) {
    }

    @GetMapping("/{id}/proposals")
    @Operation(summary = "Ändringsförslag till en plan")
    List<Proposal> proposals(@PathVariable UUID id) {
        return proposals.forPlan(id);
    }

    @PostMapping("/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lämna ett ändringsförslag (lägg till, ändra, ta bort punkter) mot en plan som inte är beslutad")
    Proposal submit(@PathVariable UUID id, @RequestBody ProposalJson body) {
        return proposals.submit(new SubmitProposal(id, body.submitterType(), body.submitter(), body.title(), body.motivation(), body.changes()));
    }

    @GetMapping("/proposals/{proposalId}")
    @Operation(summary = "Ett ändringsförslag med dess ändringar")
    Proposal proposal(@PathVariable UUID proposalId) {
        return proposals.proposal(proposalId);
    }

    @PostMapping("/proposals/{proposalId}/accept")
    @Operation(summary = "Bifall: ändringarna förs in i planen, allt eller inget")
    Proposal accept(@PathVariable UUID proposalId, @RequestBody ProposalDecisionJson body) {
        return proposals.accept(proposalId, body.version() == null ? -1 : body.version(), body.note());
    }

    @PostMapping("/proposals/{proposalId}/reject")
    @Operation(summary = "Avslag")
    Proposal reject(@PathVariable UUID proposalId, @RequestBody ProposalDecisionJson body) {
        return proposals.reject(proposalId, body.version() == null ? -1 : body.version(), body.note());
    }

    @GetMapping("/{id}/cycle")
    @Operation(summary = "Planårets årshjul: milstolpar och uppgifter med leveransstatus")
    Cycle cycle(@PathVariable UUID id) {
        return cycles.cycle(id);
    }

    @GetMapping("/{id}/cycle/not-delivered")
    @Operation(summary = "Vilka har inte levererat: uppgifter som inte lämnats in, de försenade först")
    List<Cycle.Task> notDelivered(@PathVariable UUID id) {
        return cycles.cycle(id).notDelivered(cycles.today());
    }

    @GetMapping("/target-reading")
    @Operation(summary = "Föreslå målvärdesform och parametrar från en indikators lydelse",
            description = "Samma regler som redigeringen och dokumentimporten använder; inget sparas.")
    se.rodtrad.planning.TargetReading.Reading targetReading(@RequestParam(name = "text", required = false) String text) {
        return se.rodtrad.planning.TargetReading.read(text);
    }

    @GetMapping("/compare")
    @Operation(summary = "Jämför två planer punkt för punkt",
            description = "Varje punkt som NEW, CHANGED (med ordvis diff), CONTINUED eller REMOVED, följd över åren genom sin lineageId.")
    CompareJson compare(@RequestParam("from") UUID from, @RequestParam("to") UUID to) {
        Comparison c = comparison.compare(from, to);
        return new CompareJson(from, to, c.counts(), c.entries().stream().map(CompareEntryJson::of).toList());
    }

    @GetMapping("/{id}/matches")
    @Operation(summary = "Föreslagna kopplingar till en tidigare plan (likhet i lydelse och placering)")
    List<MatchJson> matches(@PathVariable UUID id, @RequestParam(name = "from", required = false) UUID from) {
        UUID source = from != null ? from : comparison.previous(id).map(PlanSummary::id)
                .orElseThrow(() -> new NotFoundException("tidigare plan", id));
        return matching.propose(source, id).stream().map(p -> new MatchJson(p.item().id(), p.item().text(), p.status(),
                p.linked() == null ? null : p.linked().id(),
                p.candidates().stream().map(c -> new CandidateJson(c.entry().id(), c.entry().text(), c.score())).toList())).toList();
    }

    @PostMapping("/{id}/matches")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Bekräfta eller rätta en koppling; fromItemId null betyder att punkten är ny")
    void match(@PathVariable UUID id, @RequestBody MatchDecisionJson body) {
        if (body.fromItemId() == null) {
            matching.markNew(id, body.from(), body.toItemId());
        } else {
            matching.confirm(id, body.from(), body.toItemId(), body.fromItemId());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ny plan som utkast, tom eller som kopia av en tidigare plan för samma organ")
    PlanJson create(@RequestBody PlanCreateJson body) {
        UUID bodyId = body.bodyCode() == null ? null : organisation.unitByCode(body.bodyCode())
                .orElseThrow(() -> new NotFoundException("organ", body.bodyCode())).id();
        return PlanJson.of(editing.createPlan(new CreatePlan(bodyId, body.year(), body.title(), body.planningYears(), body.copyFromPlanId())));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Byt status: utkast → förslag → beslutad (med datum, organ och paragraf)")
    PlanJson status(@PathVariable UUID id, @RequestBody StatusJson body) {
        return PlanJson.of(editing.changeStatus(id, body.version() == null ? -1 : body.version(), body.status(),
                new Decision(body.decisionDate(), body.decisionBody(), body.decisionParagraph())));
    }

    @PostMapping("/{id}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Revidera en beslutad plan: en ny version som utkast med samma punkter och samma identitet över åren")
    PlanJson revise(@PathVariable UUID id, @RequestBody RevisionJson body) {
        return PlanJson.of(editing.revise(id, body.reason()));
    }

    @PostMapping("/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lägg till en punkt, sist under sin överordnade punkt")
    ItemJson add(@PathVariable UUID id, @RequestBody ItemCreateJson body) {
        PlanItem item = editing.addItem(new AddItem(id, body.parentId(), body.type(), body.kind(), body.number(), body.text(), body.tag(),
                body.issuer(), body.target()));
        return ItemJson.of(model.entry(item.id()));
    }

    @GetMapping("/items/{itemId}")
    @Operation(summary = "En punkt")
    ItemJson item(@PathVariable UUID itemId) {
        return ItemJson.of(model.entry(itemId));
    }

    @PutMapping("/items/{itemId}")
    @Operation(summary = "Ändra en punkts lydelse, nummer och målvärde (optimistisk låsning med version)")
    ItemJson update(@PathVariable UUID itemId, @RequestBody ItemUpdateJson body) {
        editing.updateItem(new UpdateItem(itemId, body.version() == null ? -1 : body.version(), body.kind(), body.number(), body.text(),
                body.tag(), body.target(), body.unit(), body.koladaId()));
        return ItemJson.of(model.entry(itemId));
    }

    @DeleteMapping("/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Ta bort en punkt och allt under den")
    void remove(@PathVariable UUID itemId, @RequestParam(name = "version", required = false) Integer version) {
        editing.removeItem(itemId, version == null ? -1 : version);
    }

    @GetMapping("/lineages/{lineageId}")
    @Operation(summary = "Samma punkt i varje plan som har den, äldst först")
    List<ItemJson> lineage(@PathVariable UUID lineageId) {
        return model.lineage(lineageId).stream().map(i -> ItemJson.of(model.entry(i.id()))).toList();
    }

    @GetMapping
    @Operation(summary = "Planer, en sida i taget (senaste år först), för en organisation eller alla",
            description = "organisation: regionens eller kommunens kod (Kolada-id, t.ex. 0018); page från 0; size högst 1000 (100 om inget anges). "
                    + "Nästa sida i Link-huvudet (rel=\"next\"), antalet i X-Total-Count.")
    org.springframework.http.ResponseEntity<List<PlanJson>> plans(@RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "" + Plans.PUBLIC_PAGE_SIZE) int size) {
        se.rodtrad.planning.PlanPage found = plans.page(organisation, page, size);
        var paging = se.rodtrad.shared.web.OpenData.Paging.of("/api/v1/plans", java.util.Collections.singletonMap("organisation",
                found.organisation() == null ? null : found.organisation().code()), found.page(), found.size(), found.total());
        return se.rodtrad.shared.web.OpenData.list(found.plans().stream().map(PlanJson::of).toList(), paging);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En plan")
    PlanJson plan(@PathVariable UUID id) {
        return PlanJson.of(plans.plan(id));
    }

    @GetMapping("/{id}/items")
    @Operation(summary = "Planens punkter i dokumentordning",
            description = "Perspektiv, mål, indikatorer (med målvärdesform och parametrar), uppdrag, strategier och aktiviteter; "
                    + "lineageId är punktens identitet mellan åren, parentId dess plats i trädet.")
    List<ItemJson> items(@PathVariable UUID id) {
        return model.entries(id).stream().map(ItemJson::of).toList();
    }
}
