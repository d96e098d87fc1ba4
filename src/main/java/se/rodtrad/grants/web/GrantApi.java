package se.rodtrad.grants.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.grants.Appropriation;
import se.rodtrad.grants.Appropriations;
import se.rodtrad.grants.GrantApplication;
import se.rodtrad.grants.GrantDecision;
import se.rodtrad.grants.GrantProject;
import se.rodtrad.grants.GrantProjects;
import se.rodtrad.grants.GrantRefused;
import se.rodtrad.grants.GrantRegister;
import se.rodtrad.grants.GrantStatistics;
import se.rodtrad.grants.GrantTexts;
import se.rodtrad.grants.Mobility;
import se.rodtrad.grants.MobilitySupport;
import se.rodtrad.grants.ProposedDecision;
import se.rodtrad.grants.RuleCheck;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.Messages;

/** The grant register over {@code /api/v1}: the same use cases as the pages. Amounts in kronor. */
@RestController
@RequestMapping("/api/v1/grants")
@Tag(name = "Bidrag och stöd", description = "Inriktningsbeslut och anslag, stödformernas regler, beslut med regelprövning, projekt, utbetalningar, mobilitetsstöd och statistik")
class GrantApi {

    record RuleCheckJson(String rule, String result, boolean hard, String explanation) {
        static RuleCheckJson of(GrantDecision.StoredCheck c) {
            return new RuleCheckJson(c.rule(), c.result().name(), c.hard(), c.explanation());
        }

        static RuleCheckJson of(RuleCheck c, String explanation) {
            return new RuleCheckJson(c.rule(), c.result().name(), c.hard(), explanation);
        }
    }

    record DecisionJson(UUID id, String reference, String referenceKind, String supportType, String recipient, String sector, String ownerSex,
            String municipality, BigDecimal amount, String outcome, String status, LocalDate decidedOn, boolean decidedOnExact, String decidedBy,
            String delegationPoint, String committeeParagraph, List<RuleCheckJson> ruleChecks) {
        static DecisionJson of(GrantDecision d, List<GrantDecision.StoredCheck> checks) {
            return new DecisionJson(d.id(), d.reference(), d.referenceKind(), d.supportType(), d.recipient(), d.sector(), d.ownerSex(), d.municipality(),
                    d.granted() || !d.decided() ? kr(d.amount()) : null, d.outcome(), d.status(), d.decidedOn(), d.decidedOnExact(), d.decidedBy(),
                    d.delegationPoint(), d.committeeParagraph(), checks.stream().map(RuleCheckJson::of).toList());
        }
    }

    /** A proposed decision for the rule check; amounts in kronor. */
    record CheckBody(String body, String supportType, BigDecimal amount, BigDecimal eligibleCost, String municipality, String locality,
            BigDecimal employees, BigDecimal fte, String ownerSex, Boolean foundersBornOutsideNordics, Boolean newInnovativeIdea,
            String organisationNumber, LocalDate decisionDate, BigDecimal otherDeMinimis, Map<String, Boolean> facts) {
    }

    record ChecksJson(List<RuleCheckJson> ruleChecks, boolean refused) {
    }

    record PartJson(String code, String name, String fund, BigDecimal amount, boolean atMost, BigDecimal decided, BigDecimal paid, BigDecimal remaining,
            int decisions) {

        static PartJson of(Appropriation.Part p) {
            return new PartJson(p.code(), p.name(), p.fundCode(), kr(p.amount()), p.atMost(), kr(p.decided()), kr(p.paid()), kr(p.remaining()), p.decisions());
        }
    }

    record AppropriationJson(int year, String steeringDecision, String caseNumber, String paragraph, List<PartJson> parts) {
    }

    record BudgetJson(List<String> columns, List<Map<String, Object>> rows) {

        /** A project's budget as printed: each line's label and figures, marked as heading, total or the decision's part (with its fund). */
        static BudgetJson of(List<String> columns, List<GrantProject.BudgetLine> lines) {
            return new BudgetJson(columns, lines.stream().map(l -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("label", l.label());
                m.put("values", l.printed());
                if (l.heading()) {
                    m.put("heading", true);
                }
                if (l.total()) {
                    m.put("total", true);
                }
                if (l.financierKind() != null) {
                    m.put("kind", l.financierKind());
                }
                if (l.decisionPart()) {
                    m.put("decisionPart", true);
                    m.put("fund", l.fundCode());
                }
                return m;
            }).toList());
        }
    }

    record FindingJson(String severity, String budget, String row, String column, String message) {
    }

    record ProjectJson(UUID id, String reference, String title, String owner, String status, BigDecimal share, BigDecimal cap, LocalDate from,
            LocalDate to, BudgetJson costBudget, BudgetJson financingBudget, BudgetJson inKind, List<FindingJson> findings, List<String> passed,
            BigDecimal paid) {
    }

    record GroupJson(String key, int count, BigDecimal amount, int refused) {
    }

    record StatisticsJson(int year, String by, List<GroupJson> groups) {
    }

    record PaymentBody(String kind, String paidOn, BigDecimal amount, BigDecimal reportedCosts, String reason) {
    }

    private final GrantRegister register;
    private final Appropriations appropriations;
    private final GrantProjects projects;
    private final GrantStatistics statistics;
    private final MobilitySupport mobility;
    private final GrantTexts texts;
    private final Messages messages;

    GrantApi(GrantRegister register, Appropriations appropriations, GrantProjects projects, GrantStatistics statistics, MobilitySupport mobility,
            GrantTexts texts, Messages messages) {
        this.register = register;
        this.appropriations = appropriations;
        this.projects = projects;
        this.statistics = statistics;
        this.mobility = mobility;
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/decisions")
    @Operation(summary = "Beslut i en period (båda dagarna ingår), med regelprövningen som den gjordes vid beslutet")
    List<DecisionJson> decisions(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String body) {
        List<GrantDecision> list = register.decisions(from, to, body, false);
        Map<UUID, List<GrantDecision.StoredCheck>> checks = register.checksOf(list);
        return list.stream().map(d -> DecisionJson.of(d, checks.getOrDefault(d.id(), List.of()))).toList();
    }

    @GetMapping("/decisions/{id}")
    @Operation(summary = "Ett beslut med regelprövningen")
    DecisionJson decision(@PathVariable UUID id) {
        GrantDecision d = register.decision(id);
        return DecisionJson.of(d, d.ruleChecks());
    }

    @PostMapping("/checks")
    @Operation(summary = "Pröva ett föreslaget beslut mot reglerna som gäller beslutsdagen (sparar ingenting)",
            description = "supportType som beslutstabellen skriver den (\"Mikrobidrag\", \"Konsulttjänst\"). Varje regel: PASSED, BROKEN eller NOT_JUDGED "
                    + "(då anger förklaringen vilken uppgift som saknas); hard=false är en varning, t.ex. att anslagets del överskrids.")
    ChecksJson check(@RequestBody CheckBody b) {
        List<RuleCheck> checks = register.check(new ProposedDecision(b.body(), b.supportType(), b.amount(), b.eligibleCost(), b.municipality(),
                b.locality(), b.employees(), b.fte(), b.ownerSex(), b.foundersBornOutsideNordics(), b.newInnovativeIdea(), b.organisationNumber(),
                b.decisionDate(), b.otherDeMinimis(), b.facts()));
        return new ChecksJson(checks.stream().map(c -> RuleCheckJson.of(c, texts.text(c.explanation()))).toList(),
                checks.stream().anyMatch(RuleCheck::refuses));
    }

    @PostMapping("/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Fatta ett beslut (prövas först; avslås med regelprövningen när en regel bryts eller delegaten saknar mandat)",
            description = "Belopp som text i kronor (\"35 000\"). byCommittee=true: förslag till nämnden, som väntar på nämndens § (meetings.DecisionTaken).")
    DecisionJson decide(@RequestBody GrantApplication body) {
        GrantDecision d = register.decide(body);
        return DecisionJson.of(d, d.ruleChecks());
    }

    @ExceptionHandler(GrantRefused.class)
    ProblemDetail refused(GrantRefused e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, messages.of(e));
        p.setTitle(messages.get("grants.error.refusedTitle"));
        p.setProperty("ruleChecks", e.checks().stream().map(c -> RuleCheckJson.of(c, texts.text(c.explanation())))
                .toList());
        return p;
    }

    @PostMapping("/decisions/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrera en utbetalning (mot redovisade bokförda kostnader) eller ett förskott (förordning 2003:596 11 §)")
    DecisionJson pay(@PathVariable UUID id, @RequestBody PaymentBody b) {
        GrantDecision d = register.pay(id, b.kind(), b.paidOn(), b.amount() == null ? null : b.amount().toPlainString(),
                b.reportedCosts() == null ? null : b.reportedCosts().toPlainString(), b.reason());
        return DecisionJson.of(d, d.ruleChecks());
    }

    @GetMapping("/appropriations")
    @Operation(summary = "Anslaget ett år: inriktningsbeslutets delar med beslutat, utbetalt och kvar")
    AppropriationJson appropriations(@RequestParam int year, @RequestParam(required = false) String body) {
        Unit unit = register.body(body);
        Appropriation a = appropriations.appropriation(unit.id(), year);
        return new AppropriationJson(year, a.steering() == null ? null : a.steering().title(), a.steering() == null ? null : a.steering().caseNumber(),
                a.steering() == null ? null : a.steering().paragraph(), a.parts().stream().map(PartJson::of).toList());
    }

    @GetMapping("/projects")
    @Operation(summary = "Medfinansierade projekt med kostnads- och finansieringsbudget som tryckta och kontrollernas fynd")
    List<ProjectJson> projects() {
        return projects.all().stream().map(GrantApi::project).toList();
    }

    @GetMapping("/statistics")
    @Operation(summary = "Antal och belopp för beviljade beslut ett år, grupperat efter ownerSex, municipality, supportType, priority eller month")
    StatisticsJson statistics(@RequestParam int year, @RequestParam(required = false) String by, @RequestParam(required = false) String body) {
        GrantStatistics.By grouping = GrantStatistics.By.parse(by);
        return new StatisticsJson(year, grouping.name(), statistics.groups(body, year, grouping).stream()
                .map(g -> new GroupJson(g.key(), g.count(), kr(g.amount()), g.refused())).toList());
    }

    @GetMapping("/mobility")
    @Operation(summary = "Mobilitetsstöd och regionbidrag till folkhögskolor ett år: satser, deltagarveckor, belopp och kostnad mot budget (öre)")
    Mobility mobility(@RequestParam int year, @RequestParam(required = false) String body) {
        return mobility.year(register.body(body).id(), year);
    }

    private static ProjectJson project(GrantProject p) {
        return new ProjectJson(p.id(), p.reference(), p.title(), p.owner(), p.status(), p.sharePercent(), kr(p.cap()), p.periodFrom(), p.periodTo(),
                budget(p.columns(), p.costs()), budget(p.columns(), p.financingRows()), budget(p.columns(), p.inKind()),
                p.findings().stream().map(f -> new FindingJson(f.severity(), f.budget(), f.row(), f.column(), f.message())).toList(), p.passed(),
                kr(p.paid()));
    }

    private static BudgetJson budget(List<String> columns, List<GrantProject.BudgetLine> lines) {
        return BudgetJson.of(columns, lines);
    }

    static BigDecimal kr(Long ore) {
        return ore == null ? null : BigDecimal.valueOf(ore).movePointLeft(2);
    }
}
