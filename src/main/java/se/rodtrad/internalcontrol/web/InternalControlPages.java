package se.rodtrad.internalcontrol.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.internalcontrol.BodyJudgement;
import se.rodtrad.internalcontrol.Commands;
import se.rodtrad.internalcontrol.ControlOutcome;
import se.rodtrad.internalcontrol.InternalControl;
import se.rodtrad.internalcontrol.InternalControlActions;
import se.rodtrad.internalcontrol.InternalControlPlan;
import se.rodtrad.internalcontrol.InternalControlSummary;
import se.rodtrad.internalcontrol.JudgementView;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.internalcontrol.RiskDecision;
import se.rodtrad.internalcontrol.RiskView;
import se.rodtrad.internalcontrol.ScaleLevel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Refusal;

/**
 * The internal control pages: the list of plans with internal control, a plan's internal control (matrix,
 * risks with actions, controls and follow-up, judgement), the bodies' judgements of a year and the
 * region-wide risks. Edits post a form; with htmx only the changed risk (and the matrix) is swapped, without
 * JavaScript the page is rendered again. A refused save keeps what the person typed.
 */
@Controller
class InternalControlPages {

    /**
     * What one form on the page showed after a save attempt: which object and form, the messages per field
     * ("_" for the form as a whole), the values as typed, and the other person's version on a conflict.
     */
    record FormState(UUID target, String form, Map<String, String> errors, Map<String, Object> values, Object conflict,
            String conflictMessage, boolean saved) {

        public boolean is(UUID id, String name) {
            return target != null && target.equals(id) && form.equals(name);
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.get(field);
        }

        public Object value(String field) {
            return values.get(field);
        }
    }

    record AssessForm(Integer version, Integer probability, Integer consequence) {
    }

    record DecisionForm(Integer version, RiskDecision decision, String reason) {
    }

    record ActionForm(String text, String owner, String deadline, UUID originResultId) {
    }

    record ControlForm(Integer version, String what, String how, String frequency, String responsible) {
    }

    record ResultForm(Integer version, ReportOccasion occasion, ControlOutcome outcome, String result, String deviation) {
    }

    record JudgementForm(Integer version, Boolean sufficient, String reasons) {
    }

    record RiskForm(String activity, String text, String requirement) {
    }

    record RegionRiskForm(Integer year, String activity, String text, String requirement, String actions) {
    }

    private final InternalControl internalControl;
    private final Plans plans;
    private final AuditTrail auditTrail;
    private final FormSubmission forms;

    InternalControlPages(InternalControl internalControl, Plans plans, AuditTrail auditTrail, FormSubmission forms) {
        this.internalControl = internalControl;
        this.plans = plans;
        this.auditTrail = auditTrail;
        this.forms = forms;
    }

    // --- reading -----------------------------------------------------------------------------------

    @GetMapping("/internkontroll")
    String index(Model model) {
        List<InternalControlSummary> all = internalControl.plans();
        Set<UUID> withIc = all.stream().map(s -> s.plan().id()).collect(Collectors.toSet());
        model.addAttribute("summaries", all);
        model.addAttribute("startable", internalControl.startable(plans.all().stream().filter(p -> !withIc.contains(p.id())).toList()));
        model.addAttribute("years", internalControl.years());
        return "internalcontrol/index";
    }

    @GetMapping("/internkontroll/planer/{planId}")
    String plan(@PathVariable UUID planId, Model model) {
        return page(internalControl.plan(planId), null, model);
    }

    /** The follow-up at a report occasion as the report will show it. */
    @GetMapping("/internkontroll/planer/{planId}/uppfoljning/{occasion}")
    String followUp(@PathVariable UUID planId, @PathVariable ReportOccasion occasion, Model model) {
        model.addAttribute("fu", internalControl.followUp(planId, occasion));
        model.addAttribute("occasions", ReportOccasion.values());
        return "internalcontrol/followup";
    }

    @GetMapping("/internkontroll/bedomningar")
    String judgements(@RequestParam(name = "ar", required = false) Integer year, Model model) {
        List<Integer> years = internalControl.years();
        int shown = year != null ? year : years.stream()
                .filter(y -> internalControl.judgements(y).stream().anyMatch(b -> b.judgement() != null))
                .findFirst().orElse(years.isEmpty() ? java.time.Year.now().getValue() : years.get(0));
        List<BodyJudgement> judgements = internalControl.judgements(shown);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("judgements", judgements);
        model.addAttribute("given", BodyJudgement.given(judgements));
        model.addAttribute("sufficient", BodyJudgement.sufficient(judgements));
        return "internalcontrol/judgements";
    }

    @GetMapping("/internkontroll/regionovergripande")
    String regionRisks(@RequestParam(name = "ar", required = false) Integer year, Model model) {
        return regionPage(year, null, model);
    }

    private String regionPage(Integer year, FormState state, Model model) {
        List<Integer> years = internalControl.years();
        int shown = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("regionRisks", internalControl.regionRisks(shown));
        model.addAttribute("canEditRegion", internalControl.regionRiskActions().mayEdit());
        model.addAttribute("state", state);
        return "internalcontrol/region-risks";
    }

    // --- editing -----------------------------------------------------------------------------------

    @PostMapping("/internkontroll/planer/{planId}/starta")
    String start(@PathVariable UUID planId) {
        internalControl.start(planId);
        return "redirect:/internkontroll/planer/" + planId;
    }

    @PostMapping("/internkontroll/planer/{planId}/risker")
    String addRisk(@PathVariable UUID planId, @ModelAttribute RiskForm form, Model model, RedirectAttributes redirect) {
        return forms.submit(() -> {
            RiskView risk = internalControl.addRisk(new Commands.AddRisk(planId, form.activity(), form.text(), form.requirement()));
            redirect.addFlashAttribute("state", new FormState(risk.id(), "added", Map.of(), Map.of(), null, null, true));
            return "redirect:/internkontroll/planer/" + planId + "#risk-" + risk.id();
        }, refusal -> page(internalControl.plan(planId), refused(planId, "addRisk", refusal, FormInput.valuesOf(form)), model));
    }

    @PostMapping("/internkontroll/risker/{riskId}/bedomning")
    String assess(@PathVariable UUID riskId, @ModelAttribute AssessForm form, HttpServletRequest request, Model model) {
        return riskEdit(riskId, "assess", FormInput.valuesOf(form), request, model,
                () -> internalControl.assess(new Commands.AssessRisk(riskId, form.version(), form.probability(), form.consequence())));
    }

    @PostMapping("/internkontroll/risker/{riskId}/beslut")
    String decide(@PathVariable UUID riskId, @ModelAttribute DecisionForm form, HttpServletRequest request, Model model) {
        return riskEdit(riskId, "decide", FormInput.valuesOf(form), request, model,
                () -> internalControl.decide(new Commands.DecideRisk(riskId, form.version(), form.decision(), form.reason())));
    }

    @PostMapping("/internkontroll/risker/{riskId}/atgarder")
    String addAction(@PathVariable UUID riskId, @ModelAttribute ActionForm form, HttpServletRequest request, Model model) {
        String formName = form.originResultId() == null ? "action" : "action-" + form.originResultId();
        return riskEdit(riskId, formName, FormInput.valuesOf(form), request, model,
                () -> internalControl.addAction(new Commands.AddAction(riskId, form.text(), form.owner(), form.deadline(), form.originResultId())));
    }

    @PostMapping("/internkontroll/risker/{riskId}/kontroller")
    String addControl(@PathVariable UUID riskId, @ModelAttribute ControlForm form, HttpServletRequest request, Model model) {
        return riskEdit(riskId, "control", FormInput.valuesOf(form), request, model,
                () -> internalControl.addControl(new Commands.AddControl(riskId, form.what(), form.how(), form.frequency(), form.responsible())));
    }

    @PostMapping("/internkontroll/risker/{riskId}/kontroller/{controlId}")
    String updateControl(@PathVariable UUID riskId, @PathVariable UUID controlId, @ModelAttribute ControlForm form, HttpServletRequest request,
            Model model) {
        return riskEdit(riskId, "control-" + controlId, FormInput.valuesOf(form), request, model,
                () -> internalControl.updateControl(new Commands.UpdateControl(controlId, form.version(), form.what(), form.how(), form.frequency(),
                        form.responsible())));
    }

    @PostMapping("/internkontroll/risker/{riskId}/kontroller/{controlId}/resultat")
    String recordResult(@PathVariable UUID riskId, @PathVariable UUID controlId, @ModelAttribute ResultForm form, HttpServletRequest request,
            Model model) {
        return riskEdit(riskId, "result-" + controlId + "-" + form.occasion(), FormInput.valuesOf(form), request, model,
                () -> internalControl.recordResult(new Commands.RecordControlResult(controlId, form.occasion(), form.version(), form.outcome(),
                        form.result(), form.deviation())));
    }

    @PostMapping("/internkontroll/planer/{planId}/bedomning")
    String judge(@PathVariable UUID planId, @ModelAttribute JudgementForm form, HttpServletRequest request, Model model) {
        return forms.submit(() -> {
            internalControl.judge(new Commands.JudgeControl(planId, form.version(), form.sufficient(), form.reasons()));
            if (!isHtmx(request)) {
                return "redirect:/internkontroll/planer/" + planId + "#judgement";
            }
            return judgementAnswer(planId, new FormState(planId, "judgement", Map.of(), Map.of(), null, null, true), request, model);
        }, refusal -> judgementAnswer(planId, refused(planId, "judgement", refusal, FormInput.valuesOf(form)), request, model));
    }

    private String judgementAnswer(UUID planId, FormState state, HttpServletRequest request, Model model) {
        InternalControlPlan ic = internalControl.plan(planId);
        if (isHtmx(request)) {
            fragmentModel(ic, state, model);
            return "internalcontrol/fragments :: judgement";
        }
        return page(ic, state, model);
    }

    @PostMapping("/internkontroll/regionovergripande")
    String addRegionRisk(@ModelAttribute RegionRiskForm form, Model model) {
        return forms.submit(() -> {
            List<String> actions = form.actions() == null ? List.of() : List.of(form.actions().split("\\R"));
            internalControl.addRegionRisk(new Commands.AddRegionRisk(form.year(), form.activity(), form.text(), form.requirement(), actions));
            return "redirect:/internkontroll/regionovergripande?ar=" + form.year();
        }, refusal -> regionPage(form.year(), refused(null, "regionRisk", refusal, FormInput.valuesOf(form)), model));
    }

    /**
     * Runs one edit of a risk. htmx gets the risk again (and the matrix, out of band); a plain form post is
     * redirected back to the risk on success and gets the whole page with the form as typed when refused.
     */
    private String riskEdit(UUID riskId, String formName, Map<String, Object> values, HttpServletRequest request, Model model,
            Supplier<RiskView> edit) {
        return forms.submit(() -> {
            RiskView risk = edit.get();
            if (!isHtmx(request)) {
                return "redirect:/internkontroll/planer/" + risk.planId() + "#risk-" + riskId;
            }
            return riskAnswer(risk.planId(), riskId, new FormState(riskId, formName, Map.of(), Map.of(), null, null, true), request, model);
        }, refusal -> riskAnswer(internalControl.risk(riskId).planId(), riskId, refused(riskId, formName, refusal, values), request, model));
    }

    private String riskAnswer(UUID planId, UUID riskId, FormState state, HttpServletRequest request, Model model) {
        InternalControlPlan ic = internalControl.plan(planId);
        if (isHtmx(request)) {
            fragmentModel(ic, state, model);
            model.addAttribute("risk", ic.risk(riskId).orElseThrow());
            return "internalcontrol/fragments :: risk-response";
        }
        return page(ic, state, model);
    }

    /** The form as refused: its fields' sentences ("_" for a rule of the whole form), or the other person's version. */
    private static FormState refused(UUID target, String formName, Refusal refusal, Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>(values);
        if (refusal.conflict()) {
            // saving again is a deliberate choice over the other version: the form now carries its version
            typed.put("version", versionOf(refusal.current()));
            return new FormState(target, formName, Map.of(), typed, refusal.current(), refusal.message(), false);
        }
        return new FormState(target, formName, refusal.errorsAt("_"), typed, null, null, false);
    }

    private static Object versionOf(Object current) {
        if (current instanceof RiskView r) {
            return r.version();
        }
        if (current instanceof se.rodtrad.internalcontrol.ControlView c) {
            return c.version();
        }
        if (current instanceof se.rodtrad.internalcontrol.ControlResultView r) {
            return r.version();
        }
        if (current instanceof JudgementView j) {
            return j.version();
        }
        return null;
    }

    private String page(InternalControlPlan ic, FormState state, Model model) {
        fragmentModel(ic, state, model);
        model.addAttribute("matrix", ic.matrix());
        model.addAttribute("history", auditTrail.history("ic_plan", ic.id()));
        return "internalcontrol/plan";
    }

    private void fragmentModel(InternalControlPlan ic, FormState state, Model model) {
        PlanSummary plan = ic.plan();
        model.addAttribute("ic", ic);
        model.addAttribute("matrix", ic.matrix());
        InternalControlActions actions = internalControl.actions(plan);
        model.addAttribute("canEdit", actions.mayEdit());
        model.addAttribute("canReport", actions.mayReport());
        model.addAttribute("decided", actions.planDecided());
        model.addAttribute("probabilityScale", internalControl.probabilityScale());
        model.addAttribute("consequenceScale", internalControl.consequenceScale());
        model.addAttribute("occasions", ReportOccasion.values());
        model.addAttribute("outcomes", ControlOutcome.values());
        if (state != null || !model.containsAttribute("state")) {
            model.addAttribute("state", state);
        }
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
