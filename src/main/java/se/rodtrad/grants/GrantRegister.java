package se.rodtrad.grants;

import se.rodtrad.shared.domain.Paged;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.grants.Explanation.Kr;
import se.rodtrad.meetings.DelegatedDecisionMade;
import se.rodtrad.meetings.DelegationOrder;
import se.rodtrad.meetings.DelegationQuestion;
import se.rodtrad.meetings.DelegationVerdict;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The grant register's use cases: judge a proposed decision by every rule in force on its date (writes nothing), decide —
 * refused when a hard rule is broken or a delegate decides outside the mandate the body's delegation order gives — and
 * report each delegated decision to the body; propose a decision to the body and record its § when the minutes arrive;
 * list and read decisions. Deciding needs {@link Permission#DECIDE_GRANT} for the body whose register it is.
 */
@Service
@Transactional(readOnly = true)
public class GrantRegister {

    static final Set<String> SEXES = Set.of("K", "M", "B", "-");
    static final Set<String> LEGAL_FORMS = Set.of("AKTIEBOLAG", "ENSKILD_FIRMA", "HANDELSBOLAG", "KOMMANDITBOLAG", "EKONOMISK_FORENING",
            "IDEELL_FORENING", "STIFTELSE", "KOMMUN", "REGION", "MYNDIGHET", "OVRIGT");
    static final int MAX_TEXT = 300;

    private final GrantRepository grants;
    private final RuleRepository rules;
    private final Appropriations appropriations;
    private final DelegationOrder delegation;
    private final GrantStatistics statistics;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final GrantTexts texts;
    private final ApplicationEventPublisher events;

    GrantRegister(GrantRepository grants, RuleRepository rules, Appropriations appropriations, DelegationOrder delegation, GrantStatistics statistics,
            Organisation organisation, AccessPolicy access, GrantTexts texts, ApplicationEventPublisher events) {
        this.grants = grants;
        this.rules = rules;
        this.appropriations = appropriations;
        this.delegation = delegation;
        this.statistics = statistics;
        this.organisation = organisation;
        this.access = access;
        this.texts = texts;
        this.events = events;
    }

    // --- reading -------------------------------------------------------------------------------------------

    /** Decisions decided in the period, of one body or of all. */
    public List<GrantDecision> decisions(LocalDate from, LocalDate to, String bodyCode, boolean withUndecided) {
        access.require(Permission.READ_INTERNAL, null);
        UUID body = bodyCode == null || bodyCode.isBlank() ? null : body(bodyCode).id();
        return grants.list(body, from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(2200, 12, 31) : to, withUndecided);
    }

    /**
     * A decided grant as the public sees it: company names and amounts are public records, but a sole trader is a
     * person — for one (or anyone not known to be a legal person) only the type, municipality, amount and date are shown.
     */
    public record PublicGrant(String body, String supportType, String recipient, String reference, String municipality, long amount,
            LocalDate decidedOn, boolean legalPerson) {
    }

    /** Grants on one page of the public register unless asked for another size, and the most a page holds. */
    public static final int PUBLIC_PAGE_SIZE = 100;
    public static final int PUBLIC_PAGE_MAX = 1000;

    /** One page of the public register: page from 0, grants per page, and how many in all. */
    public record PublishedPage(List<PublicGrant> grants, int page, int size, long total) implements Paged {
    }

    /**
     * The granted, decided grants, newest first, a page at a time (a region decides thousands a year, so the register is
     * never read whole); no sign-in needed.
     */
    public PublishedPage published(int page, int size) {
        if (page < 0 || page > 100_000) {
            throw ValidationException.of("page", "validation.page");
        }
        if (size < 1 || size > PUBLIC_PAGE_MAX) {
            throw ValidationException.of("size", "validation.grantPageSize", PUBLIC_PAGE_MAX);
        }
        List<PublicGrant> shown = grants.published(page * size, size).stream()
                .map(g -> new PublicGrant(organisation.unit(g.bodyId()).name(), g.supportType(), g.legalPerson() ? g.recipient() : null,
                        g.legalPerson() ? g.referenceText() : null, g.municipality(), g.amount(), g.decidedOn(), g.legalPerson()))
                .toList();
        return new PublishedPage(shown, page, size, grants.countPublished());
    }

    /** The stored rule checks of decisions, for a list that shows them. */
    public Map<UUID, List<GrantDecision.StoredCheck>> checksOf(List<GrantDecision> decisions) {
        access.require(Permission.READ_INTERNAL, null);
        return grants.checks(decisions.stream().map(GrantDecision::id).toList());
    }

    public GrantDecision decision(UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return grants.find(id).orElseThrow(() -> new NotFoundException("bidragsbeslut", id));
    }

    public List<GrantRepository.Payment> payments(UUID decisionId) {
        access.require(Permission.READ_INTERNAL, null);
        return grants.payments(decisionId);
    }

    /** The support types of the body's register. */
    public List<SupportType> types(String bodyCode) {
        access.require(Permission.READ_INTERNAL, null);
        return rules.types(body(bodyCode).id());
    }

    /** What the current person may do in the body's register (its pages' forms). */
    public GrantActions actions(String bodyCode) {
        return GrantActions.of(access, body(bodyCode).id());
    }

    /** What the current person may do with the decision now (its page's payment form). */
    public GrantDecisionActions actions(GrantDecision d) {
        return new GrantDecisionActions(d.granted() && GrantActions.of(access, d.bodyId()).mayManage());
    }

    /** The support types a person applies for in the register's form: the body's types but the projects, which come with a budget of their own. */
    public List<SupportType> applicationTypes(String bodyCode) {
        return types(bodyCode).stream().filter(t -> !t.project()).toList();
    }

    public boolean canDecide(String bodyCode) {
        return access.allows(Permission.DECIDE_GRANT, body(bodyCode).id());
    }

    /** The body whose register it is: by code, or the one body with a register when none is named. */
    public Unit body(String code) {
        if (code == null || code.isBlank()) {
            return rules.allTypes().stream().map(SupportType::bodyId).distinct().findFirst().map(organisation::unit)
                    .orElseThrow(() -> new NotFoundException("organ", "–"));
        }
        Unit u = organisation.unitByCode(code.strip()).orElseThrow(() -> new NotFoundException("organ", code));
        if (!u.type().isPoliticalBody()) {
            throw new NotFoundException("organ", code);
        }
        return u;
    }

    // --- judging -------------------------------------------------------------------------------------------

    /** Every rule in force on the proposed decision's date, judged; nothing is written. */
    public List<RuleCheck> check(GrantApplication application) {
        access.requireAny(Permission.DECIDE_GRANT);
        Unit body = body(application.body());
        access.require(Permission.DECIDE_GRANT, body.id());
        Parsed p = parse(body, application, false);
        return judge(body, p, null);
    }

    /** The rules alone for a proposal (the API's checks): the same judgement without a decision maker. */
    public List<RuleCheck> check(ProposedDecision d) {
        access.requireAny(Permission.DECIDE_GRANT);
        Unit body = body(d.bodyCode());
        access.require(Permission.DECIDE_GRANT, body.id());
        if (d.decisionDate() == null) {
            throw ValidationException.of("decisionDate", "validation.required", "Beslutsdatum");
        }
        SupportType type = type(body, d.supportType());
        List<RuleCheck> checks = new ArrayList<>(SupportRules.judge(d, context(type, d, null)));
        checks.add(appropriations.partCheck(body.id(), type, SupportRules.ore(d.amount()), d.decisionDate()));
        return checks;
    }

    private List<RuleCheck> judge(Unit body, Parsed p, UUID except) {
        ProposedDecision d = p.proposed();
        List<RuleCheck> checks = new ArrayList<>(SupportRules.judge(d, context(p.type(), d, except)));
        if (p.granted()) {
            checks.add(appropriations.partCheck(body.id(), p.type(), SupportRules.ore(d.amount()), d.decisionDate()));
        }
        if (!p.byCommittee() && p.decidedBy() != null) {
            DelegationVerdict verdict = delegation.check(new DelegationQuestion(body.id(), p.point(), p.type().matter(), p.type().name(),
                    p.granted() && d.amount() != null ? d.amount().setScale(0, RoundingMode.HALF_UP).longValue() : null, p.decidedBy(),
                    d.decisionDate(), p.principal()));
            checks.add(new RuleCheck("Delegation (KL 6 kap. 37 §)", verdict.allowed() ? RuleResult.PASSED : RuleResult.BROKEN, true,
                    new Explanation(verdict.messageKey(), verdict.arguments())));
        } else if (!p.byCommittee()) {
            checks.add(new RuleCheck("Delegation (KL 6 kap. 37 §)", RuleResult.NOT_JUDGED, true, Explanation.of("grants.rule.delegation.noDecider")));
        }
        return checks;
    }

    SupportRules.Context context(SupportType type, ProposedDecision d, UUID except) {
        LocalDate day = d.decisionDate();
        List<RuleVersion> versions = rules.versions(type.id());
        RuleVersion version = versions.stream().filter(v -> v.inForceOn(day)).findFirst().orElse(null);
        Explanation noVersion = null;
        if (version == null) {
            Optional<RuleVersion> before = versions.stream().filter(v -> v.validTo() != null && v.validTo().isBefore(day)).reduce((a, b) -> b);
            noVersion = versions.isEmpty() ? Explanation.of("grants.rule.noVersion.none", type.name(), day.toString())
                    : before.map(v -> Explanation.of(v.extensionCase() == null ? "grants.rule.noVersion.expired" : "grants.rule.noVersion.pendingExtension",
                            type.name(), day.toString(), v.name(), v.validTo().toString(), v.extensionCase() == null ? "" : v.extensionCase()))
                            .orElse(Explanation.of("grants.rule.noVersion.notYet", type.name(), day.toString()));
        }
        Map<String, Regulation> all = rules.regulations();
        List<Regulation> regulations = type.regulations().stream().map(all::get).filter(java.util.Objects::nonNull).toList();
        DeMinimisRegulation deMinimis = rules.deMinimis().stream().filter(r -> r.inForceOn(day)).findFirst().orElse(null);
        Optional<RuleRepository.Rate> rate = rules.rate(day.getYear());
        List<SupportRules.Earlier> earlier = List.of();
        String org = normalisedOrg(d.organisationNumber());
        if (org != null) {
            LocalDate from = day.minusYears(3).withDayOfYear(1);
            if (version != null && version.validFrom().isBefore(from)) {
                from = version.validFrom();
            }
            earlier = grants.earlier(org, from, except);
        }
        // the county's municipalities and the named localities are read only when a rule of the version asks for them
        boolean inCounty = version != null && version.rules().stream().anyMatch(r -> r.kind().equals("IN_COUNTY"));
        boolean locality = version != null && version.rules().stream().anyMatch(r -> r.kind().equals("EXCLUDED_LOCALITY"));
        return new SupportRules.Context(type, version, noVersion, regulations, deMinimis, rate.map(RuleRepository.Rate::sekPerEur).orElse(null),
                rate.map(RuleRepository.Rate::exempeldata).orElse(false), inCounty ? county() : Set.of(), locality ? rules.localities() : Map.of(), earlier);
    }

    private Set<String> county() {
        Set<String> names = new java.util.HashSet<>();
        for (Unit u : organisation.children(organisation.homeRegion().id())) {
            if (u.type() == UnitType.MUNICIPALITY) {
                names.add(u.name());
            }
        }
        return names;
    }

    // --- deciding ------------------------------------------------------------------------------------------

    /**
     * Decides: judged first, refused ({@link GrantRefused}, nothing saved) when a hard rule is broken or the delegate is
     * outside the mandate. A delegate's decision is reported to the body; a decision for the body waits for its §.
     */
    @Transactional
    public GrantDecision decide(GrantApplication application) {
        access.requireAny(Permission.DECIDE_GRANT);
        Unit body = body(application.body());
        CurrentUser user = access.require(Permission.DECIDE_GRANT, body.id());
        Parsed p = parse(body, application, true);
        List<RuleCheck> checks = judge(body, p, null);
        if (checks.stream().anyMatch(RuleCheck::refuses)) {
            throw new GrantRefused(checks);
        }
        UUID id = save(body, p, checks, user.username(), null);
        return grants.find(id).orElseThrow();
    }

    UUID save(Unit body, Parsed p, List<RuleCheck> checks, String actor, String source) {
        return store(body, p, checks, actor, source, null, null, true);
    }

    /**
     * A decision as a document prints it (the demo's seed): judged by the rules in force on its date like any other, its
     * checks kept — but saved even where a rule is broken, because it was taken; the report of delegated decisions gets it.
     */
    UUID saveAsPrinted(Unit body, Parsed p, String source) {
        return store(body, p, judge(body, p, null), "system", source, null, null, false);
    }

    /** A project decision as printed, with its share of booked costs and the parts its financing names (part code → öre). */
    UUID saveAsPrinted(Unit body, Parsed p, String source, BigDecimal share, Map<String, Long> allocations) {
        return store(body, p, judge(body, p, null), "system", source, share, allocations, false);
    }

    private UUID store(Unit body, Parsed p, List<RuleCheck> checks, String actor, String source, BigDecimal shareGiven, Map<String, Long> allocations,
            boolean publishStatistics) {
        ProposedDecision d = p.proposed();
        Long amount = p.granted() ? SupportRules.ore(d.amount()) : null;
        UUID part = appropriations.partFor(body.id(), p.type(), d.decisionDate()).orElse(null);
        String status = p.byCommittee() ? "AWAITING_COMMITTEE" : "DECIDED";
        BigDecimal share = shareGiven != null ? shareGiven : amount != null && d.eligibleCost() != null && d.eligibleCost().signum() > 0
                ? d.amount().multiply(BigDecimal.valueOf(100)).divide(d.eligibleCost(), 2, RoundingMode.HALF_UP) : null;
        UUID id = grants.insert(new GrantRepository.NewDecision(body.id(), p.type().id(), p.printedType(), p.referenceKind(), p.reference(), status,
                p.recipient(), d.organisationNumber(), p.legalForm(), p.sector(), d.ownerSex(), d.municipality(), d.locality(), d.employees(), d.fte(),
                d.foundersBornOutsideNordics(), d.newInnovativeIdea(), d.facts(), SupportRules.ore(d.otherDeMinimis()), SupportRules.ore(d.eligibleCost()),
                p.applied(), amount, share, p.byCommittee() ? null : p.granted() ? "GRANTED" : "REFUSED", p.granted() ? null : p.outcomeText(),
                p.byCommittee() ? null : d.decisionDate(), p.dateExact(), p.byCommittee() ? null : p.decidedBy(), p.byCommittee() ? null : p.decidedByTitle(),
                p.byCommittee() ? null : verdictPoint(checks, p.point()), p.byCommittee() ? p.proposedFor() : null, part, p.priority(), p.serves(),
                p.servesText(), null, source), actor);
        grants.insertChecks(id, checks.stream().map(c -> new GrantDecision.StoredCheck(c.rule(), c.result(), c.hard(), texts.swedish(c.explanation())))
                .toList());
        if (p.byCommittee()) {
            grants.waitFor(p.reference(), "GRANT", id, body.code());
            return id;
        }
        if (amount != null) {
            if (allocations != null && !allocations.isEmpty()) {
                Optional<SteeringDecision> s = appropriations.steeringFor(body.id(), d.decisionDate().getYear());
                for (Map.Entry<String, Long> a : allocations.entrySet()) {
                    s.flatMap(x -> x.parts().stream().filter(pp -> pp.code().equals(a.getKey())).findFirst())
                            .ifPresent(pp -> grants.allocate(id, pp.id(), d.decisionDate(), a.getValue()));
                }
            } else if (part != null) {
                grants.allocate(id, part, d.decisionDate(), amount);
            }
        }
        GrantDecision saved = grants.find(id).orElseThrow();
        events.publishEvent(delegated(saved, body));
        if (publishStatistics) {
            statistics.publish(body.id());
        }
        return id;
    }

    /** Allocates granted decisions that had no steering decision for their year when decided (after an extension). */
    void allocateMissing(UUID bodyId) {
        for (UUID id : grants.unallocated(bodyId)) {
            GrantDecision g = grants.find(id).orElseThrow();
            SupportType type = rules.type(g.supportTypeId()).orElseThrow();
            appropriations.partFor(bodyId, type, g.decidedOn()).ifPresent(part -> {
                grants.setPart(id, part);
                grants.allocate(id, part, g.decidedOn(), g.amount());
            });
        }
    }

    private static String verdictPoint(List<RuleCheck> checks, String typed) {
        return checks.stream().filter(c -> c.rule().startsWith("Delegation") && c.result() == RuleResult.PASSED).findFirst()
                .map(c -> String.valueOf(c.explanation().args().get(0))).orElse(typed);
    }

    /** The decision as the body's report of delegated decisions prints it. */
    static DelegatedDecisionMade delegated(GrantDecision g, Unit body) {
        return new DelegatedDecisionMade(g.id(), "grants", body.id(), g.delegationPoint(), g.decidedOn(), g.referenceKind(), g.reference(),
                g.supportType(), g.recipient(), g.sector(), g.ownerSex(), g.municipality(), g.granted() && g.amount() != null ? g.amount() / 100 : null,
                g.granted(), g.granted() ? "Beviljat" : g.outcomeText() == null ? "Avslag" : g.outcomeText(), g.decidedBy(), g.decidedByTitle());
    }

    /** A delegate's decision again, as reported: for a module listening late or a report rebuilt. */
    DelegatedDecisionMade delegated(UUID decisionId) {
        GrantDecision g = grants.find(decisionId).orElseThrow();
        return delegated(g, organisation.unit(g.bodyId()));
    }

    // --- paying ------------------------------------------------------------------------------------------

    /**
     * A payment of a granted decision: an advance (only with special reasons, förordning 2003:596 11 §) or a payment
     * against the booked costs reported so far (öre as typed in kronor). Refused with the numbers when it is more than
     * the rules allow; two payments at once are weighed one after the other.
     */
    @Transactional
    public GrantDecision pay(UUID decisionId, String kind, String paidOn, String amountKr, String reportedCostsKr, String reason) {
        access.requireAny(Permission.MANAGE_GRANTS);
        GrantDecision d = grants.find(decisionId).orElseThrow(() -> new NotFoundException("bidragsbeslut", decisionId));
        CurrentUser user = access.require(Permission.MANAGE_GRANTS, d.bodyId());
        List<FieldError> errors = new ArrayList<>();
        String k = kind == null || kind.isBlank() ? "PAYMENT" : kind.strip();
        if (!k.equals("PAYMENT") && !k.equals("ADVANCE")) {
            errors.add(new FieldError("kind", "grants.validation.paymentKind", k));
        }
        BigDecimal amount = kronor(errors, "amount", "Belopp", amountKr);
        if (amount == null && errors.stream().noneMatch(e -> e.field().equals("amount"))) {
            errors.add(new FieldError("amount", "validation.required", "Belopp"));
        } else if (amount != null && amount.signum() <= 0) {
            errors.add(new FieldError("amount", "grants.validation.amountPositive"));
        }
        BigDecimal costs = kronor(errors, "reportedCosts", "Redovisade bokförda kostnader", reportedCostsKr);
        LocalDate day = null;
        String dayText = Texts.trimToNull(paidOn);
        if (dayText == null) {
            errors.add(new FieldError("paidOn", "validation.required", "Utbetalningsdag"));
        } else {
            try {
                day = LocalDate.parse(dayText);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("paidOn", "grants.validation.date", "Utbetalningsdag", dayText));
            }
        }
        String why = text(errors, "reason", "Särskilda skäl", reason, 2000, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        grants.lock(decisionId);
        SupportType type = rules.type(d.supportTypeId()).orElseThrow();
        long ore = SupportRules.ore(amount);
        PaymentPolicy.allowed(d, type.project(), k, ore, SupportRules.ore(costs), why, day, grants.payments(decisionId));
        grants.insertPayment(decisionId, k, day, ore, SupportRules.ore(costs), why, user.username());
        return grants.find(decisionId).orElseThrow();
    }

    // --- parsing the form ----------------------------------------------------------------------------------

    /** The form read into typed values, or a field error per bad value (Swedish, naming the field). */
    record Parsed(SupportType type, String printedType, String referenceKind, String reference, String recipient, String legalForm, String sector,
            Long applied, boolean granted, String outcomeText, String decidedBy, String decidedByTitle, String point, boolean byCommittee,
            String proposedFor, boolean principal, String priority, List<String> serves, String servesText, boolean dateExact, ProposedDecision proposed) {
    }

    Parsed parse(Unit body, GrantApplication a, boolean deciding) {
        List<FieldError> errors = new ArrayList<>();
        String typeName = text(errors, "supportType", "Stöd", a.supportType(), 200, true);
        SupportType type = null;
        if (typeName != null) {
            type = rules.types(body.id()).stream().filter(t -> t.isCalled(typeName)).findFirst().orElse(null);
            if (type == null) {
                errors.add(new FieldError("supportType", "grants.validation.unknownType", typeName, body.name()));
            }
        }
        String kind = Texts.trimToNull(a.referenceKind());
        kind = kind == null ? "Dnr" : kind;
        if (!kind.equals("Dnr") && !kind.equals("NypsID")) {
            errors.add(new FieldError("referenceKind", "grants.validation.referenceKind", kind));
        }
        String reference = text(errors, "reference", "Dnr/NypsID", a.reference(), 40, true);
        String recipient = text(errors, "recipient", "Sökande/företag", a.recipient(), MAX_TEXT, true);
        String org = Texts.trimToNull(a.organisationNumber());
        String normalised = null;
        if (org != null) {
            normalised = normalisedOrg(org);
            if (normalised == null) {
                errors.add(new FieldError("organisationNumber", "grants.validation.organisationNumber", org));
            }
        }
        String legalForm = Texts.trimToNull(a.legalForm());
        if (legalForm != null && !LEGAL_FORMS.contains(legalForm)) {
            errors.add(new FieldError("legalForm", "grants.validation.legalForm", legalForm));
        }
        String sector = text(errors, "sector", "Bransch/prioritering", a.sector(), MAX_TEXT, false);
        String sex = Texts.trimToNull(a.ownerSex());
        if (sex != null) {
            sex = sex.toUpperCase(Locale.ROOT);
            if (!SEXES.contains(sex)) {
                errors.add(new FieldError("ownerSex", "grants.validation.ownerSex", a.ownerSex()));
            }
        }
        String municipality = text(errors, "municipality", "Kommun", a.municipality(), 100, false);
        String locality = text(errors, "locality", "Ort", a.locality(), 100, false);
        BigDecimal employees = number(errors, "employees", "Anställda", a.employees(), false);
        BigDecimal fte = number(errors, "fte", "Årsarbetskrafter", a.fte(), false);
        BigDecimal other = kronor(errors, "otherDeMinimis", "Stöd av mindre betydelse från andra givare", a.otherDeMinimis());
        BigDecimal eligible = kronor(errors, "eligibleCost", "Stödberättigande kostnad", a.eligibleCost());
        BigDecimal applied = kronor(errors, "applied", "Sökt belopp", a.applied());
        String outcome = Texts.trimToNull(a.outcome());
        boolean granted = outcome == null || outcome.equalsIgnoreCase("GRANTED");
        if (outcome != null && !granted && !outcome.equalsIgnoreCase("REFUSED")) {
            errors.add(new FieldError("outcome", "grants.validation.outcome", outcome));
        }
        BigDecimal amount = kronor(errors, "amount", "Beviljat belopp", a.amount());
        if (granted && amount == null && errors.stream().noneMatch(e -> e.field().equals("amount"))) {
            errors.add(new FieldError("amount", "grants.validation.amountRequired"));
        } else if (granted && amount != null && amount.signum() <= 0) {
            errors.add(new FieldError("amount", "grants.validation.amountPositive"));
        }
        String outcomeText = text(errors, "outcomeText", "Skäl för avslag", a.outcomeText(), 500, false);
        LocalDate date = null;
        String dateText = Texts.trimToNull(a.decisionDate());
        if (dateText == null) {
            errors.add(new FieldError("decisionDate", "validation.required", "Beslutsdatum"));
        } else {
            try {
                date = LocalDate.parse(dateText);
                if (date.getYear() < 1990 || date.isAfter(LocalDate.now().plusYears(1))) {
                    errors.add(new FieldError("decisionDate", "grants.validation.dateRange", dateText));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("decisionDate", "grants.validation.date", "Beslutsdatum", dateText));
            }
        }
        boolean byCommittee = Boolean.TRUE.equals(a.byCommittee());
        String decidedBy = text(errors, "decidedBy", "Beslutsfattare", a.decidedBy(), 200, deciding && !byCommittee);
        String decidedByTitle = text(errors, "decidedByTitle", "Beslutsfattarens titel", a.decidedByTitle(), 200, false);
        String point = text(errors, "delegationPoint", "Punkt i delegationsordningen", a.delegationPoint(), 20, false);
        String proposedFor = text(errors, "proposedFor", "Sammanträde", a.proposedFor(), 200, false);
        String priority = text(errors, "priorityRank", "Prioritet", a.priorityRank(), 10, false);
        List<String> serves = new ArrayList<>();
        for (String s : a.serves()) {
            String t = Texts.trimToNull(s);
            if (t != null && !serves.contains(t)) {
                if (t.length() > 200 || !t.matches("[a-z0-9-]+")) {
                    errors.add(new FieldError("serves", "grants.validation.serves", t));
                } else {
                    serves.add(t);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, Boolean> facts = new LinkedHashMap<>();
        putIf(facts, "externalConsultant", a.externalConsultant());
        putIf(facts, "smallNewInnovative", a.smallNewInnovative());
        putIf(facts, "noVehicles", a.noVehicles());
        putIf(facts, "municipalSupplyPlan", a.municipalSupplyPlan());
        ProposedDecision proposed = new ProposedDecision(body.code(), type.name(), granted ? amount : null, eligible, municipality, locality, employees,
                fte, sex, a.foundersBornOutsideNordics(), a.newInnovativeIdea(), normalised, date, other, facts);
        return new Parsed(type, typeName, kind, reference, recipient, legalForm, sector, SupportRules.ore(applied), granted, outcomeText, decidedBy,
                decidedByTitle, point, byCommittee, proposedFor, Boolean.TRUE.equals(a.principal()), priority, serves, null, true, proposed);
    }

    SupportType type(Unit body, String printed) {
        if (printed == null || printed.isBlank()) {
            throw ValidationException.of("supportType", "validation.required", "Stöd");
        }
        return rules.types(body.id()).stream().filter(t -> t.isCalled(printed)).findFirst()
                .orElseThrow(() -> ValidationException.of("supportType", "grants.validation.unknownType", printed, body.name()));
    }

    private static void putIf(Map<String, Boolean> facts, String name, Boolean value) {
        if (value != null) {
            facts.put(name, value);
        }
    }

    /**
     * An organisation number as "NNNNNN-NNNN" when it is one: ten digits (or twelve with the century) whose check digit
     * is right (the Luhn sum of Skatteverket's numbers); null otherwise.
     */
    static String normalisedOrg(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}|\\d{12}")) {
            return null;
        }
        if (digits.length() == 12) {
            digits = digits.substring(2);
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int v = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        return sum % 10 == 0 ? digits.substring(0, 6) + "-" + digits.substring(6) : null;
    }

    private static String text(List<FieldError> errors, String field, String label, String value, int max, boolean required) {
        String t = Texts.trimToNull(value);
        if (t == null && required) {
            errors.add(new FieldError(field, "validation.required", label));
        } else if (t != null && t.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", label, max));
        }
        return t;
    }

    static BigDecimal kronor(List<FieldError> errors, String field, String label, String typed) {
        String t = Texts.trimToNull(typed);
        if (t == null) {
            return null;
        }
        String s = t.replaceAll("[\\s\\u00a0]", "").replaceAll("(?i)(kr|kronor|sek)$", "").replace(',', '.');
        if (!s.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
            errors.add(new FieldError(field, "grants.validation.kronor", label, t));
            return null;
        }
        BigDecimal v = new BigDecimal(s);
        if (v.signum() < 0) {
            errors.add(new FieldError(field, "grants.validation.negative", label));
            return null;
        }
        return v;
    }

    private static BigDecimal number(List<FieldError> errors, String field, String label, String typed, boolean required) {
        String t = Texts.trimToNull(typed);
        if (t == null) {
            if (required) {
                errors.add(new FieldError(field, "validation.required", label));
            }
            return null;
        }
        String s = t.replaceAll("[\\s\\u00a0]", "").replace(',', '.');
        if (!s.matches("\\d{1,6}(\\.\\d{1,2})?")) {
            errors.add(new FieldError(field, "grants.validation.number", label, t));
            return null;
        }
        return new BigDecimal(s);
    }

    /** The amount of a decision in kronor for a sentence. */
    static Kr kr(Long ore) {
        return new Kr(ore == null ? 0 : ore);
    }
}
