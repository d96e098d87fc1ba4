package se.rodtrad.grants.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.grants.Appropriation;
import se.rodtrad.grants.Appropriations;
import se.rodtrad.grants.GrantApplication;
import se.rodtrad.grants.GrantDecision;
import se.rodtrad.grants.GrantProjects;
import se.rodtrad.grants.GrantRefused;
import se.rodtrad.grants.GrantRegister;
import se.rodtrad.grants.GrantRules;
import se.rodtrad.grants.GrantStatistics;
import se.rodtrad.grants.GrantTexts;
import se.rodtrad.grants.MobilitySupport;
import se.rodtrad.grants.RuleCheck;
import se.rodtrad.grants.SteeringDecision;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;

/**
 * The grant register's pages: the appropriation of a year with its live totals, the steering decision, the decisions,
 * one decision with its rule checks and payments, the form that judges a proposed decision and decides it, the
 * projects with their budgets, the support types and their rules, mobility support and the statistics. Pages bind,
 * call one use case and render; a refused form keeps what was typed.
 */
@Controller
class GrantPages {

    /** A rule check as a page shows it: rule, result, whether it refuses, the sentence in the reader's language. */
    record CheckView(String rule, String result, boolean hard, String explanation) {

        static CheckView of(RuleCheck c, String explanation) {
            return new CheckView(c.rule(), c.result().name(), c.hard(), explanation);
        }
    }

    /** The application form as typed (numbers as text; the goals it serves in two selects). */
    record Form(String body, String referenceKind, String reference, String supportType, String recipient, String organisationNumber,
            String legalForm, String sector, String ownerSex, String municipality, String locality, String employees, String fte,
            Boolean foundersBornOutsideNordics, Boolean newInnovativeIdea, Boolean externalConsultant, Boolean smallNewInnovative, Boolean noVehicles,
            Boolean municipalSupplyPlan, String otherDeMinimis, String eligibleCost, String applied, String amount, String outcome, String outcomeText,
            String decisionDate, String decidedBy, String decidedByTitle, String delegationPoint, Boolean byCommittee, String proposedFor,
            Boolean principal, String priorityRank, String goal, String rusGoal) {

        GrantApplication application() {
            List<String> serves = new ArrayList<>();
            if (goal != null && !goal.isBlank()) {
                serves.add(goal);
            }
            if (rusGoal != null && !rusGoal.isBlank()) {
                serves.add(rusGoal);
            }
            return new GrantApplication(body, referenceKind, reference, supportType, recipient, organisationNumber, legalForm, sector, ownerSex,
                    municipality, locality, employees, fte, foundersBornOutsideNordics, newInnovativeIdea, externalConsultant, smallNewInnovative,
                    noVehicles, municipalSupplyPlan, otherDeMinimis, eligibleCost, applied, amount, outcome, outcomeText, decisionDate, decidedBy,
                    decidedByTitle, delegationPoint, byCommittee, proposedFor, principal, priorityRank, serves);
        }

        static Form empty(String body) {
            return new Form(body, "Dnr", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, "GRANTED", null, LocalDate.now().toString(), null, null, null, false, null, false, null, null, null);
        }
    }

    private final GrantRegister register;
    private final Appropriations appropriations;
    private final GrantProjects projects;
    private final GrantRules rules;
    private final GrantStatistics statistics;
    private final MobilitySupport mobility;
    private final GrantTexts texts;
    private final GoalOptions goals;
    private final Organisation organisation;
    private final AuditTrail auditTrail;

    private final FormSubmission forms;

    GrantPages(GrantRegister register, Appropriations appropriations, GrantProjects projects, GrantRules rules, GrantStatistics statistics,
            MobilitySupport mobility, GrantTexts texts, GoalOptions goals, Organisation organisation, AuditTrail auditTrail, FormSubmission forms) {
        this.forms = forms;
        this.register = register;
        this.appropriations = appropriations;
        this.projects = projects;
        this.rules = rules;
        this.statistics = statistics;
        this.mobility = mobility;
        this.texts = texts;
        this.goals = goals;
        this.organisation = organisation;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/bidrag")
    String index(@RequestParam(name = "organ", required = false) String bodyCode, @RequestParam(name = "ar", required = false) Integer year,
            Model model) {
        Unit body = register.body(bodyCode);
        List<SteeringDecision> steering = appropriations.steeringDecisions(body.id());
        int shown = year != null ? year : steering.isEmpty() ? LocalDate.now().getYear() : steering.get(steering.size() - 1).year();
        Appropriation a = appropriations.appropriation(body.id(), shown);
        model.addAttribute("body", body);
        model.addAttribute("year", shown);
        model.addAttribute("years", years(steering, shown));
        model.addAttribute("appropriation", a);
        model.addAttribute("steeringDecisions", steering);
        model.addAttribute("canDecide", register.actions(body.code()).mayDecide());
        return "grants/index";
    }

    @GetMapping("/bidrag/inriktning/{id}")
    String steering(@PathVariable UUID id, Model model) {
        return steeringPage(id, null, model);
    }

    @PostMapping("/bidrag/inriktning/{id}/omfordelning")
    String reallocate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit(() -> {
            appropriations.reallocate(id, form.get("from"), form.get("to"), form.get("amount"), form.get("decidedOn"), form.get("paragraph"),
                    form.get("decidedBy"), form.get("text"));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/bidrag/inriktning/" + id;
        }, refusal -> {
            model.addAttribute("formValues", form);
            return steeringPage(id, refusal.errorsAt("_"), model);
        });
    }

    private String steeringPage(UUID id, Map<String, String> errors, Model model) {
        SteeringDecision s = appropriations.steering(id);
        model.addAttribute("steering", s);
        model.addAttribute("body", organisation.unit(s.bodyId()));
        model.addAttribute("canManage", appropriations.actions(s.bodyId()).mayManage());
        model.addAttribute("errors", errors);
        model.addAttribute("history", auditTrail.history("grant_steering_decision", id, 30));
        if (!model.containsAttribute("formValues")) {
            model.addAttribute("formValues", Map.of());
        }
        return "grants/steering";
    }

    @GetMapping("/bidrag/beslut")
    String decisions(@RequestParam(name = "organ", required = false) String bodyCode, @RequestParam(name = "fran", required = false) String from,
            @RequestParam(name = "till", required = false) String to, Model model) {
        Unit body = register.body(bodyCode);
        LocalDate f = FormInput.dateOrNull(from);
        LocalDate t = FormInput.dateOrNull(to);
        List<GrantDecision> list = register.decisions(f, t, body.code(), true);
        model.addAttribute("body", body);
        model.addAttribute("decisions", list);
        model.addAttribute("fromText", from);
        model.addAttribute("toText", to);
        model.addAttribute("canDecide", register.actions(body.code()).mayDecide());
        return "grants/decisions";
    }

    @GetMapping("/bidrag/beslut/{id}")
    String decision(@PathVariable UUID id, Model model) {
        return decisionPage(register.decision(id), null, model);
    }

    private String decisionPage(GrantDecision d, Map<String, String> paymentErrors, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("payments", register.payments(d.id()));
        model.addAttribute("canPay", register.actions(d).mayPay());
        model.addAttribute("paymentErrors", paymentErrors);
        model.addAttribute("history", auditTrail.history("grant_decision", d.id(), 30));
        if (!model.containsAttribute("paymentValues")) {
            model.addAttribute("paymentValues", Map.of());
        }
        return "grants/decision";
    }

    @PostMapping("/bidrag/beslut/{id}/utbetalningar")
    String pay(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit(() -> {
            register.pay(id, form.get("kind"), form.get("paidOn"), form.get("amount"), form.get("reportedCosts"), form.get("reason"));
            redirect.addFlashAttribute("paid", true);
            return "redirect:/bidrag/beslut/" + id + "#utbetalningar";
        }, refusal -> {
            model.addAttribute("paymentValues", form);
            return decisionPage(register.decision(id), refusal.errorsAt("_"), model);
        });
    }

    @GetMapping("/bidrag/beslut/ny")
    String newDecision(@RequestParam(name = "organ", required = false) String bodyCode, Model model) {
        Unit body = register.body(bodyCode);
        return form(body, Form.empty(body.code()), null, null, null, model);
    }

    /** Judges the proposal against every rule in force on its date; nothing is saved. */
    @PostMapping("/bidrag/beslut/provning")
    String check(@ModelAttribute Form form, Model model) {
        Unit body = register.body(form.body());
        return forms.submit(() -> form(body, form, views(register.check(form.application())), null, null, model),
                refusal -> form(body, form, null, refusal.errorsAt("_"), null, model));
    }

    @PostMapping("/bidrag/beslut")
    String decide(@ModelAttribute Form form, Model model, RedirectAttributes redirect) {
        Unit body = register.body(form.body());
        return forms.submit(() -> {
            GrantDecision d = register.decide(form.application());
            redirect.addFlashAttribute("decided", true);
            return "redirect:/bidrag/beslut/" + d.id();
        }, refusal -> refusal.cause() instanceof GrantRefused broken
                // a rule of the support type refused it: the checks are shown with the sentence that sums them up
                ? form(body, form, views(broken.checks()), null, refusal.message(), model)
                : form(body, form, null, refusal.errorsAt("_"), null, model));
    }

    /** The decision form's controls by field: the error summary links each refused field to its control. */
    private static final Map<String, String> FIELD_IDS = Map.ofEntries(
            Map.entry("reference", "g-reference"),
            Map.entry("recipient", "g-recipient"),
            Map.entry("organisationNumber", "g-org"),
            Map.entry("sector", "g-sector"),
            Map.entry("locality", "g-locality"),
            Map.entry("employees", "g-employees"),
            Map.entry("fte", "g-fte"),
            Map.entry("eligibleCost", "g-eligible"),
            Map.entry("applied", "g-applied"),
            Map.entry("otherDeMinimis", "g-other"),
            Map.entry("amount", "g-amount"),
            Map.entry("outcomeText", "g-outcome-text"),
            Map.entry("decisionDate", "g-date"),
            Map.entry("decidedBy", "g-by"),
            Map.entry("decidedByTitle", "g-by-title"),
            Map.entry("delegationPoint", "g-point"),
            Map.entry("proposedFor", "g-proposed"),
            Map.entry("foundersBornOutsideNordics", "g-founders-yes"),
            Map.entry("newInnovativeIdea", "g-idea-yes"),
            Map.entry("externalConsultant", "g-consultant-yes"),
            Map.entry("smallNewInnovative", "g-small-yes"),
            Map.entry("noVehicles", "g-vehicles-yes"),
            Map.entry("municipalSupplyPlan", "g-supply-yes"),
            Map.entry("referenceKind", "g-kind"),
            Map.entry("supportType", "g-type"),
            Map.entry("legalForm", "g-legal"),
            Map.entry("ownerSex", "g-sex"),
            Map.entry("municipality", "g-municipality"),
            Map.entry("priorityRank", "g-priority"),
            Map.entry("goal", "g-goal"),
            Map.entry("rusGoal", "g-rus"));

    private String form(Unit body, Form form, List<CheckView> checks, Map<String, String> errors, String refusal, Model model) {
        model.addAttribute("fieldIds", FIELD_IDS);
        model.addAttribute("body", body);
        model.addAttribute("f", form);
        model.addAttribute("checks", checks);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("types", register.applicationTypes(body.code()));
        model.addAttribute("municipalities", organisation.countyMunicipalities().stream().map(Unit::name).toList());
        model.addAttribute("bodyGoals", goals.bodyGoals(body.id()));
        model.addAttribute("rusGoals", goals.rusGoals());
        model.addAttribute("priorities", appropriations.steeringFor(body.id(), LocalDate.now().getYear())
                .or(() -> appropriations.steeringDecisions(body.id()).stream().reduce((a, b) -> b)).map(SteeringDecision::priorities).orElse(List.of()));
        return "grants/decision-form";
    }

    @GetMapping("/bidrag/projekt")
    String projects(Model model) {
        model.addAttribute("projects", projects.all());
        return "grants/projects";
    }

    @GetMapping("/bidrag/projekt/{id}")
    String project(@PathVariable UUID id, Model model) {
        model.addAttribute("p", projects.project(id));
        return "grants/project";
    }

    @GetMapping("/bidrag/stodformer")
    String rules(@RequestParam(name = "organ", required = false) String bodyCode, Model model) {
        Unit body = register.body(bodyCode);
        model.addAttribute("body", body);
        model.addAttribute("catalogue", rules.catalogue(body.id()));
        return "grants/rules";
    }

    @GetMapping("/bidrag/mobilitetsstod")
    String mobility(@RequestParam(name = "organ", required = false) String bodyCode, @RequestParam(name = "ar", required = false) Integer year,
            Model model) {
        Unit body = register.body(bodyCode);
        List<Integer> years = mobility.years(body.id());
        int shown = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
        model.addAttribute("body", body);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("m", mobility.year(body.id(), shown));
        model.addAttribute("canManage", rules.actions(body.id()).mayManage());
        return "grants/mobility";
    }

    @PostMapping("/bidrag/mobilitetsstod/veckor")
    String weeks(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Unit body = register.body(form.get("organ"));
        String yearText = form.getOrDefault("ar", "");
        int year = yearText.matches("\\d{4}") ? Integer.parseInt(yearText) : LocalDate.now().getYear();
        String version = form.getOrDefault("version", "");
        return forms.submit(() -> {
            mobility.recordWeeks(body.id(), year, FormInput.uuidOrNull(form.get("school")), form.get("homeRegion"), form.get("weeks"),
                    FormInput.intOrNull(version));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/bidrag/mobilitetsstod?organ=" + body.code() + "&ar=" + year;
        }, refusal -> {
            model.addAttribute("weeksError", refusal.errorsAt("_"));
            return mobility(body.code(), year, model);
        });
    }

    @GetMapping("/bidrag/statistik")
    String statistics(@RequestParam(name = "organ", required = false) String bodyCode, @RequestParam(name = "ar", required = false) Integer year,
            Model model) {
        Unit body = register.body(bodyCode);
        List<SteeringDecision> steering = appropriations.steeringDecisions(body.id());
        int shown = year != null ? year : steering.isEmpty() ? LocalDate.now().getYear() : steering.get(steering.size() - 1).year();
        Map<String, List<GrantStatistics.Group>> groups = new LinkedHashMap<>();
        for (GrantStatistics.By by : GrantStatistics.By.values()) {
            groups.put(by.name(), statistics.groups(body.code(), shown, by));
        }
        model.addAttribute("body", body);
        model.addAttribute("year", shown);
        model.addAttribute("years", years(steering, shown));
        model.addAttribute("groups", groups);
        return "grants/statistics";
    }

    private List<CheckView> views(List<RuleCheck> checks) {
        return checks.stream().map(c -> CheckView.of(c, texts.text(c.explanation()))).toList();
    }

    private static List<Integer> years(List<SteeringDecision> steering, int shown) {
        List<Integer> years = new ArrayList<>();
        int first = steering.isEmpty() ? shown : steering.get(0).year();
        for (int y = Math.max(first, LocalDate.now().getYear()); y >= first; y--) {
            years.add(y);
        }
        if (!years.contains(shown)) {
            years.add(0, shown);
        }
        return years;
    }

    static Map<String, Object> copy(Map<String, String> m) {
        return new HashMap<>(m);
    }
}
