package se.rodtrad.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.meetings.DelegatedDecisionEntry;
import se.rodtrad.meetings.DelegatedDecisionReport;
import se.rodtrad.meetings.DelegatedDecisions;
import se.rodtrad.meetings.DelegationOrder;
import se.rodtrad.meetings.DelegationPoint;
import se.rodtrad.meetings.DelegationPointCommand;

/** The delegation order and the report of delegated decisions over {@code /api/v1}: the same use cases as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Delegation", description = "Delegationsordning (KL 6 kap. 37–40 §§) och redovisning av delegationsbeslut")
class DelegationApi {

    /** One decision of the report: the columns of the region's table. */
    record DecisionJson(String reference, String referenceKind, String supportType, String recipient, String sector, String ownerSex,
            String municipality, Long amount, String outcome, String outcomeText, String decidedBy, String decidedByTitle, LocalDate decidedOn,
            String delegationPoint) {
        static DecisionJson of(DelegatedDecisionReport.Row r, String point) {
            return new DecisionJson(r.reference(), r.referenceKind(), r.supportType(), r.recipient(), r.sector(), r.ownerSex(),
                    r.municipality(), r.granted() ? r.amountKr() : null, r.granted() ? "GRANTED" : "REFUSED", r.outcomeText(), r.decidedBy(),
                    r.decidedByTitle(), r.decidedOn(), point);
        }
    }

    record ReportJson(String body, String bodyName, LocalDate from, LocalDate to, List<DecisionJson> decisions) {
    }

    record PointJson(UUID id, String point, String title, String matter, List<String> decisionTypes, String delegateTitle,
            List<String> titleAliases, List<String> holders, Long maxAmountKr, String limits, LocalDate validFrom, LocalDate validTo,
            boolean exempeldata, String source, int version) {
        static PointJson of(DelegationPoint p) {
            return new PointJson(p.id(), p.point(), p.title(), p.matter(), p.decisionTypes(), p.delegateTitle(), p.titleAliases(), p.holders(),
                    p.maxAmountKr(), p.limits(), p.validFrom(), p.validTo(), p.exempeldata(), p.source(), p.version());
        }
    }

    record EndBody(Integer version, String lastDay) {
    }

    record ChangeBody(Integer version, String title, String matter, List<String> decisionTypes, String delegateTitle,
            List<String> titleAliases, List<String> holders, String maxAmountKr, String limits, String validFrom) {
    }

    private final DelegationOrder order;
    private final DelegatedDecisions decisions;

    DelegationApi(DelegationOrder order, DelegatedDecisions decisions) {
        this.order = order;
        this.decisions = decisions;
    }

    @GetMapping("/bodies/{code}/delegation-report")
    @Operation(summary = "Redovisning av delegationsbeslut för en period (båda dagarna ingår)",
            description = "Besluten i redovisningens ordning (per punkt i delegationsordningen), med kolumnerna Dnr/NypsID, stöd, företag, "
                    + "bransch, kön, kommun, belopp (kr; null vid avslag) och beslutsfattare.")
    ReportJson report(@PathVariable String code, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        DelegatedDecisionReport r = decisions.report(code, from, to);
        List<DecisionJson> rows = r.sections().stream().flatMap(s -> s.rows().stream().map(row -> DecisionJson.of(row, s.point()))).toList();
        return new ReportJson(r.bodyCode(), r.bodyName(), r.from(), r.to(), rows);
    }

    @GetMapping("/bodies/{code}/delegation-order")
    @Operation(summary = "Delegationsordningens punkter som gäller en dag (utan dag: alla versioner)")
    List<PointJson> points(@PathVariable String code, @RequestParam(required = false) LocalDate date) {
        return (date == null ? order.history(code) : order.inForce(code, date)).stream().map(PointJson::of).toList();
    }

    @PostMapping("/bodies/{code}/delegation-order/points")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lägg till en punkt i delegationsordningen (nämndsekreterare, administratör)")
    PointJson add(@PathVariable String code, @RequestBody DelegationPointCommand body) {
        return PointJson.of(order.addPoint(code, body));
    }

    @PutMapping("/delegation-points/{id}")
    @Operation(summary = "Ändra en punkt från ett datum: en ny version, den gamla gäller till dagen före")
    PointJson change(@PathVariable UUID id, @RequestBody ChangeBody body) {
        return PointJson.of(order.changePoint(id, body.version(), new DelegationPointCommand(null, body.title(), body.matter(),
                body.decisionTypes(), body.delegateTitle(), body.titleAliases(), body.holders(), body.maxAmountKr(), body.limits(),
                body.validFrom())));
    }

    @PostMapping("/delegation-points/{id}/end")
    @Operation(summary = "Upphäv en punkt efter en sista dag")
    PointJson end(@PathVariable UUID id, @RequestBody EndBody body) {
        return PointJson.of(order.endPoint(id, body.version(), body.lastDay()));
    }

    @PostMapping("/bodies/{code}/delegated-decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrera ett delegationsbeslut som inte fattats i produkten; prövas mot delegationsordningen")
    DecisionJson enter(@PathVariable String code, @RequestBody DelegatedDecisionEntry body) {
        DelegatedDecisionReport.Row row = decisions.enter(code, body);
        return DecisionJson.of(row, null);
    }
}
