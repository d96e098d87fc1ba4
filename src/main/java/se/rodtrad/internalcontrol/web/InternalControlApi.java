package se.rodtrad.internalcontrol.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import se.rodtrad.internalcontrol.ActionView;
import se.rodtrad.internalcontrol.BodyJudgement;
import se.rodtrad.internalcontrol.Commands;
import se.rodtrad.internalcontrol.ControlOutcome;
import se.rodtrad.internalcontrol.ControlResultView;
import se.rodtrad.internalcontrol.ControlView;
import se.rodtrad.internalcontrol.InternalControl;
import se.rodtrad.internalcontrol.InternalControlFollowUp;
import se.rodtrad.internalcontrol.InternalControlPlan;
import se.rodtrad.internalcontrol.JudgementView;
import se.rodtrad.internalcontrol.RegionRiskView;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.internalcontrol.RequirementText;
import se.rodtrad.internalcontrol.RiskDecision;
import se.rodtrad.internalcontrol.RiskLevel;
import se.rodtrad.internalcontrol.RiskScope;
import se.rodtrad.internalcontrol.RiskView;
import se.rodtrad.internalcontrol.ScaleLevel;

/** The internal control over {@code /api/v1}: the same use cases as the pages, with the same rules and messages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Intern kontroll", description = "Internkontrollplaner: risker, bedömningar, åtgärder, kontroller, uppföljning och ISK-bedömning")
class InternalControlApi {

    record ActionJson(UUID id, String text, String owner, LocalDate deadline, boolean regionWide, UUID originResultId,
            ReportOccasion originOccasion) {
        static ActionJson of(ActionView a) {
            return new ActionJson(a.id(), a.text(), a.owner(), a.deadline(), a.regionWide(), a.originResultId(), a.originOccasion());
        }
    }

    record ResultJson(UUID id, ReportOccasion occasion, ControlOutcome outcome, String result, String deviation, boolean exempeldata,
            int version) {
        static ResultJson of(ControlResultView r) {
            return r == null ? null : new ResultJson(r.id(), r.occasion(), r.outcome(), r.result(), r.deviation(), r.exempeldata(), r.version());
        }
    }

    record ControlJson(UUID id, String what, String how, String frequency, String responsible, boolean exempeldata, int version,
            List<ResultJson> results) {
        static ControlJson of(ControlView c) {
            return new ControlJson(c.id(), c.what(), c.how(), c.frequency(), c.responsible(), c.exempeldata(), c.version(),
                    c.results().values().stream().map(ResultJson::of).toList());
        }
    }

    /** A risk: the fields of issue 6 §7 (activity, text, scope, requirement, probability, consequence, actions) and the rest. */
    record RiskJson(UUID id, int number, String activity, String text, RiskScope scope, String requirement, Integer probability,
            Integer consequence, Integer riskValue, RiskLevel riskLevel, boolean exempeldata, RiskDecision decision, String decisionReason,
            UUID regionRiskId, List<ActionJson> actions, List<ControlJson> controls, int version) {
        static RiskJson of(RiskView r) {
            return new RiskJson(r.id(), r.number(), r.activity(), r.text(), r.scope(), r.requirement(), r.probability(), r.consequence(),
                    r.assessment() == null ? null : r.assessment().value(), r.assessment() == null ? null : r.assessment().level(),
                    r.assessment() != null && r.assessment().exempeldata(), r.decision(), r.decisionReason(), r.regionRiskId(),
                    r.actions().stream().map(ActionJson::of).toList(), r.controls().stream().map(ControlJson::of).toList(), r.version());
        }
    }

    record JudgementJson(boolean sufficient, String reasons, boolean exempeldata, int version) {
        static JudgementJson of(JudgementView j) {
            return j == null ? null : new JudgementJson(j.sufficient(), j.reasons(), j.exempeldata(), j.version());
        }
    }

    record InternalControlJson(UUID planId, String planKey, String bodyCode, String bodyName, int year, String title, String section,
            String source, List<RequirementText> requirements, List<RiskJson> risks, JudgementJson judgement) {
        static InternalControlJson of(InternalControlPlan ic) {
            return new InternalControlJson(ic.plan().id(), ic.plan().key(), ic.plan().bodyCode(), ic.plan().bodyName(), ic.plan().year(),
                    ic.title(), ic.section(), ic.source(), ic.requirements(), ic.risks().stream().map(RiskJson::of).toList(),
                    JudgementJson.of(ic.judgement()));
        }
    }

    record AssessmentBody(Integer version, Integer probability, Integer consequence) {
    }

    record DecisionBody(Integer version, RiskDecision decision, String reason) {
    }

    record RiskBody(String activity, String text, String requirement) {
    }

    record ActionBody(String text, String owner, String deadline, UUID originResultId) {
    }

    record ControlBody(Integer version, String what, String how, String frequency, String responsible) {
    }

    record ResultBody(Integer version, ControlOutcome outcome, String result, String deviation) {
    }

    record JudgementBody(Integer version, Boolean sufficient, String reasons) {
    }

    record RegionRiskBody(Integer year, String activity, String text, String requirement, List<String> actions) {
    }

    private final InternalControl internalControl;

    InternalControlApi(InternalControl internalControl) {
        this.internalControl = internalControl;
    }

    @GetMapping("/plans/{planId}/internal-control")
    @Operation(summary = "Planens internkontrollplan: risker med verksamhet, text, omfattning, krav, sannolikhet, konsekvens och åtgärder")
    InternalControlJson plan(@PathVariable UUID planId) {
        return InternalControlJson.of(internalControl.plan(planId));
    }

    @PostMapping("/plans/{planId}/internal-control")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starta planens internkontrollplan; årets regionövergripande risker följer med")
    InternalControlJson start(@PathVariable UUID planId) {
        return InternalControlJson.of(internalControl.start(planId));
    }

    @GetMapping("/plans/{planId}/internal-control/follow-up/{occasion}")
    @Operation(summary = "Uppföljningen vid ett rapporttillfälle: kontrollernas resultat, avvikelser, nya åtgärder (och ISK-bedömningen vid verksamhetsberättelsen)")
    InternalControlFollowUp followUp(@PathVariable UUID planId, @PathVariable ReportOccasion occasion) {
        return internalControl.followUp(planId, occasion);
    }

    @PostMapping("/plans/{planId}/internal-control/risks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lägg till en nämndspecifik risk (bara i en plan som inte är beslutad)")
    RiskJson addRisk(@PathVariable UUID planId, @RequestBody RiskBody body) {
        return RiskJson.of(internalControl.addRisk(new Commands.AddRisk(planId, body.activity(), body.text(), body.requirement())));
    }

    @PutMapping("/plans/{planId}/internal-control/judgement")
    @Operation(summary = "Årets ISK-bedömning: har den interna styrningen och kontrollen varit tillräcklig (KL 6 kap. 6 §)?")
    JudgementJson judge(@PathVariable UUID planId, @RequestBody JudgementBody body) {
        return JudgementJson.of(internalControl.judge(new Commands.JudgeControl(planId, body.version(), body.sufficient(), body.reasons())));
    }

    @PutMapping("/internal-control/risks/{riskId}/assessment")
    @Operation(summary = "Bedöm risken: sannolikhet och konsekvens 1–4; version måste vara den som lästes (409 annars)")
    RiskJson assess(@PathVariable UUID riskId, @RequestBody AssessmentBody body) {
        return RiskJson.of(internalControl.assess(new Commands.AssessRisk(riskId, body.version(), body.probability(), body.consequence())));
    }

    @PutMapping("/internal-control/risks/{riskId}/decision")
    @Operation(summary = "Acceptera (med skäl) eller åtgärda risken")
    RiskJson decide(@PathVariable UUID riskId, @RequestBody DecisionBody body) {
        return RiskJson.of(internalControl.decide(new Commands.DecideRisk(riskId, body.version(), body.decision(), body.reason())));
    }

    @PostMapping("/internal-control/risks/{riskId}/actions")
    @Operation(summary = "Lägg till en åtgärd mot risken (ansvarig, senast-datum, ev. det kontrollresultat som väckte den)")
    @ResponseStatus(HttpStatus.CREATED)
    RiskJson addAction(@PathVariable UUID riskId, @RequestBody ActionBody body) {
        return RiskJson.of(internalControl.addAction(new Commands.AddAction(riskId, body.text(), body.owner(), body.deadline(),
                body.originResultId())));
    }

    @PostMapping("/internal-control/risks/{riskId}/controls")
    @Operation(summary = "Lägg till en kontroll av risken: vad, hur, hur ofta och vem")
    @ResponseStatus(HttpStatus.CREATED)
    RiskJson addControl(@PathVariable UUID riskId, @RequestBody ControlBody body) {
        return RiskJson.of(internalControl.addControl(new Commands.AddControl(riskId, body.what(), body.how(), body.frequency(),
                body.responsible())));
    }

    @PutMapping("/internal-control/controls/{controlId}")
    @Operation(summary = "Ändra en kontroll; 409 om någon hunnit före")
    RiskJson updateControl(@PathVariable UUID controlId, @RequestBody ControlBody body) {
        return RiskJson.of(internalControl.updateControl(new Commands.UpdateControl(controlId, body.version(), body.what(), body.how(),
                body.frequency(), body.responsible())));
    }

    @PutMapping("/internal-control/controls/{controlId}/results/{occasion}")
    @Operation(summary = "Kontrollens resultat vid ett rapporttillfälle; utan version skapas det, med version ändras det")
    RiskJson recordResult(@PathVariable UUID controlId, @PathVariable ReportOccasion occasion, @RequestBody ResultBody body) {
        return RiskJson.of(internalControl.recordResult(new Commands.RecordControlResult(controlId, occasion, body.version(), body.outcome(),
                body.result(), body.deviation())));
    }

    @GetMapping("/internal-control/judgements")
    @Operation(summary = "Alla organs ISK-bedömningar för ett år")
    List<BodyJudgement> judgements(@RequestParam int year) {
        return internalControl.judgements(year);
    }

    @GetMapping("/internal-control/region-risks")
    @Operation(summary = "Årets regionövergripande risker och de planer som bär dem")
    List<RegionRiskView> regionRisks(@RequestParam int year) {
        return internalControl.regionRisks(year);
    }

    @PostMapping("/internal-control/region-risks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Definiera en regionövergripande risk för ett år; den kommer med i varje organs internkontrollplan det året")
    RegionRiskView addRegionRisk(@RequestBody RegionRiskBody body) {
        return internalControl.addRegionRisk(new Commands.AddRegionRisk(body.year(), body.activity(), body.text(), body.requirement(),
                body.actions()));
    }

    @GetMapping("/internal-control/scales")
    @Operation(summary = "Skalorna för sannolikhet och konsekvens med definitioner")
    Map<ScaleLevel.Scale, List<ScaleLevel>> scales() {
        return internalControl.scalesByKind();
    }
}
