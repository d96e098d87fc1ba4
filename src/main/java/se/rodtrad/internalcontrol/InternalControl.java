package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.internalcontrol.Commands.AddAction;
import se.rodtrad.internalcontrol.Commands.AddControl;
import se.rodtrad.internalcontrol.Commands.AddRegionRisk;
import se.rodtrad.internalcontrol.Commands.AddRisk;
import se.rodtrad.internalcontrol.Commands.AssessRisk;
import se.rodtrad.internalcontrol.Commands.DecideRisk;
import se.rodtrad.internalcontrol.Commands.JudgeControl;
import se.rodtrad.internalcontrol.Commands.RecordControlResult;
import se.rodtrad.internalcontrol.Commands.UpdateControl;
import se.rodtrad.internalcontrol.InternalControlRepository.ControlRow;
import se.rodtrad.internalcontrol.InternalControlRepository.IcPlanRow;
import se.rodtrad.internalcontrol.InternalControlRepository.RegionRiskRow;
import se.rodtrad.internalcontrol.InternalControlRepository.RiskRow;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The internal control's use cases. Planning the risks and their handling (assessment, decision, actions,
 * controls) needs {@link Permission#EDIT_PLAN} for the plan's body; following up (control results) and the
 * ISK judgement are reporting and need {@link Permission#REPORT} for it. Region-wide risks are defined by
 * the region's board (regionstyrelsen) and appear in every body's plan of the year.
 *
 * <p>Each verb on a plan's internal control is load → act → save: the permission is checked first, the
 * {@link ControlPlan} aggregate is loaded whole, its verb checks the rules, and the repository saves what changed.
 */
@Service
@Transactional(readOnly = true)
public class InternalControl {

    private final InternalControlRepository repository;
    private final Plans plans;
    private final Organisation organisation;
    private final AccessPolicy access;

    InternalControl(InternalControlRepository repository, Plans plans, Organisation organisation, AccessPolicy access) {
        this.repository = repository;
        this.plans = plans;
        this.organisation = organisation;
        this.access = access;
    }

    // --- reading -----------------------------------------------------------------------------------

    /** Every plan (visible to the caller) that has an internal control plan, newest year first. */
    public List<InternalControlSummary> plans() {
        Map<UUID, PlanSummary> visible = plans.all().stream().collect(Collectors.toMap(PlanSummary::id, Function.identity()));
        List<InternalControlSummary> result = new ArrayList<>();
        for (IcPlanRow row : repository.findPlans()) {
            PlanSummary plan = visible.get(row.planId());
            if (plan != null) {
                InternalControlPlan ic = assemble(row, plan);
                result.add(new InternalControlSummary(row.id(), plan, ic.risks().size(),
                        (int) ic.risks().stream().filter(r -> r.scope() == RiskScope.REGION_WIDE).count(),
                        (int) ic.risks().stream().filter(RiskView::isAssessed).count(),
                        ic.judgement() != null, ic.containsExempeldata()));
            }
        }
        result.sort(Comparator.comparing((InternalControlSummary s) -> s.plan().year()).reversed()
                .thenComparing(s -> s.plan().bodyCode()));
        return result;
    }

    public Optional<InternalControlPlan> forPlan(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        return repository.findPlanByPlanId(planId).map(row -> assemble(row, plan));
    }

    /** The plan's internal control plan; not found when the plan has none. */
    public InternalControlPlan plan(UUID planId) {
        return forPlan(planId).orElseThrow(() -> noInternalControl(planId));
    }

    /** One risk of a plan the caller may see. */
    public RiskView risk(UUID riskId) {
        RiskRow row = riskRow(riskId);
        planOf(row);
        return riskView(riskId);
    }

    public List<ScaleLevel> scales() {
        return repository.findScales();
    }

    public List<ScaleLevel> scale(ScaleLevel.Scale scale) {
        return scales().stream().filter(s -> s.scale() == scale).toList();
    }

    /** The years for which any internal control plan or region-wide risk exists, newest first. */
    public List<Integer> years() {
        return java.util.stream.Stream.concat(repository.findPlans().stream().map(IcPlanRow::year), repository.findRegionRiskYears().stream())
                .distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * Every body's ISK judgement of the year side by side — what regionstyrelsen needs for its overall
     * judgement in the annual report ("Regionstyrelsen gör sedan utifrån sin uppsiktsplikt en samlad bedömning").
     */
    public List<BodyJudgement> judgements(int year) {
        Map<UUID, PlanSummary> visible = plans.all().stream().collect(Collectors.toMap(PlanSummary::id, Function.identity()));
        List<BodyJudgement> result = new ArrayList<>();
        for (IcPlanRow row : repository.findPlansOfYear(year)) {
            PlanSummary plan = visible.get(row.planId());
            if (plan == null) {
                continue;
            }
            int deviations = (int) repository.findResults(row.id()).values().stream().flatMap(m -> m.values().stream())
                    .filter(r -> r.outcome() == ControlOutcome.DEVIATION).count();
            result.add(new BodyJudgement(plan.id(), plan.key(), plan.title(), plan.bodyId(), plan.bodyCode(), plan.bodyName(), plan.year(),
                    repository.findRisks(row.id()).size(), deviations, repository.findJudgement(row.id()).orElse(null)));
        }
        result.sort(Comparator.comparing(BodyJudgement::bodyName, Texts.swedishOrder()));
        return result;
    }

    /** The region-wide risks of a year, each with the bodies' plans that carry it. */
    public List<RegionRiskView> regionRisks(int year) {
        List<RegionRiskRow> rows = repository.findRegionRisks(year);
        Map<UUID, List<ActionView>> actions = repository.findRegionActions(rows.stream().map(RegionRiskRow::id).toList());
        Map<UUID, PlanSummary> visible = plans.all().stream().collect(Collectors.toMap(PlanSummary::id, Function.identity()));
        Map<UUID, UUID> planOfIcPlan = repository.findPlansOfYear(year).stream()
                .collect(Collectors.toMap(IcPlanRow::id, IcPlanRow::planId));
        List<RegionRiskView> result = new ArrayList<>();
        int number = 0;
        for (RegionRiskRow row : rows) {
            List<RegionRiskView.PlanRef> refs = new ArrayList<>();
            for (RiskRow r : repository.findRisksOfRegionRisk(row.id())) {
                PlanSummary plan = visible.get(planOfIcPlan.get(r.icPlanId()));
                if (plan != null) {
                    refs.add(new RegionRiskView.PlanRef(plan.id(), plan.key(), plan.bodyCode(), plan.bodyName(), r.id(), assessment(r),
                            decision(r)));
                }
            }
            refs.sort(Comparator.comparing(RegionRiskView.PlanRef::bodyName, Texts.swedishOrder()));
            result.add(new RegionRiskView(row.id(), row.year(), ++number, row.activity(), row.text(), row.requirement(), row.source(),
                    actions.getOrDefault(row.id(), List.of()), refs, row.version()));
        }
        return result;
    }

    /**
     * What a report needs of the plan's internal control at a report occasion: each risk with its assessment,
     * the controls with their result at this occasion (null when not yet reported), deviations and the new
     * actions they led to; at the verksamhetsberättelse also the ISK judgement.
     */
    public InternalControlFollowUp followUp(UUID planId, ReportOccasion occasion) {
        InternalControlPlan ic = plan(planId);
        List<InternalControlFollowUp.RiskFollowUp> risks = new ArrayList<>();
        for (RiskView risk : ic.risks()) {
            List<InternalControlFollowUp.ControlFollowUp> controls = new ArrayList<>();
            for (ControlView control : risk.controls()) {
                ControlResultView result = control.result(occasion);
                List<ActionView> newActions = result == null ? List.of()
                        : risk.actions().stream().filter(a -> result.id().equals(a.originResultId())).toList();
                controls.add(new InternalControlFollowUp.ControlFollowUp(control.id(), control.what(), control.how(), control.frequency(),
                        control.responsible(), result, newActions));
            }
            risks.add(new InternalControlFollowUp.RiskFollowUp(risk.id(), risk.number(), risk.activity(), risk.text(), risk.scope(),
                    risk.requirement(), risk.assessment(), risk.decision(), risk.decisionReason(), risk.actions(), controls));
        }
        JudgementView judgement = occasion.isYearEnd() ? ic.judgement() : null;
        boolean exempel = risks.stream().anyMatch(r -> (r.assessment() != null && r.assessment().exempeldata())
                || r.controls().stream().anyMatch(c -> c.result() != null && c.result().exempeldata()))
                || (judgement != null && judgement.exempeldata());
        PlanSummary p = ic.plan();
        return new InternalControlFollowUp(p.id(), p.key(), p.bodyCode(), p.bodyName(), p.year(), occasion, risks, judgement, exempel);
    }

    /** What the current person may do with the plan's internal control now (its page's forms): the aggregate's answer. */
    public InternalControlActions actions(PlanSummary plan) {
        return ControlPlan.actionsFor(plan.status().isDecided(), access.permissionsFor(plan.bodyId()));
    }

    /** Of {@code plans}, those the current person may start an internal control plan for ({@link ControlPlan#mayStart}). */
    public List<PlanSummary> startable(List<PlanSummary> plans) {
        return plans.stream()
                .filter(p -> ControlPlan.mayStart(p, repository.findPlanByPlanId(p.id()).isPresent(), access.permissionsFor(p.bodyId())))
                .toList();
    }

    /** What the current person may do with the region-wide risks: define them when they edit the regional board's plans. */
    public RegionRiskActions regionRiskActions() {
        return new RegionRiskActions(canEditRegionRisks());
    }

    /** Both scales with their definitions, probability first. */
    public java.util.Map<ScaleLevel.Scale, List<ScaleLevel>> scalesByKind() {
        java.util.Map<ScaleLevel.Scale, List<ScaleLevel>> result = new java.util.EnumMap<>(ScaleLevel.Scale.class);
        result.put(ScaleLevel.Scale.PROBABILITY, probabilityScale());
        result.put(ScaleLevel.Scale.CONSEQUENCE, consequenceScale());
        return result;
    }

    /** The probability scale with its definitions. */
    public List<ScaleLevel> probabilityScale() {
        return scale(ScaleLevel.Scale.PROBABILITY);
    }

    /** The consequence scale with its definitions. */
    public List<ScaleLevel> consequenceScale() {
        return scale(ScaleLevel.Scale.CONSEQUENCE);
    }

    /** Whether the current person may define the region-wide risks. */
    public boolean canEditRegionRisks() {
        return regionBoard().map(b -> access.allows(Permission.EDIT_PLAN, b.id())).orElse(false);
    }

    // --- planning the internal control -------------------------------------------------------------

    /** Starts the plan's internal control plan; the region-wide risks of the year come with it. */
    @Transactional
    public InternalControlPlan start(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
        ControlPlan ic = ControlPlan.start(plan, repository.findPlanByPlanId(planId).isPresent(),
                repository.findRegionRisks(plan.year()).stream().map(RegionRiskRow::id).toList());
        save(ic, user);
        return plan(planId);
    }

    @Transactional
    public RiskView assess(AssessRisk command) {
        Loaded l = loadForRisk(command.riskId(), Permission.EDIT_PLAN);
        l.ic().assess(command.riskId(), command.version(), command.probability(), command.consequence());
        save(l.ic(), l.user());
        return riskView(command.riskId());
    }

    /** Accept (a reason is required) or treat the risk. */
    @Transactional
    public RiskView decide(DecideRisk command) {
        Loaded l = loadForRisk(command.riskId(), Permission.EDIT_PLAN);
        l.ic().decide(command.riskId(), command.version(), command.decision(), command.reason());
        save(l.ic(), l.user());
        return riskView(command.riskId());
    }

    /** A body's own risk; only while the plan is not decided (a decided plan keeps the risks it was decided with). */
    @Transactional
    public RiskView addRisk(AddRisk command) {
        PlanSummary plan = plans.plan(command.planId());
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
        ControlPlan ic = repository.load(plan).orElseThrow(() -> noInternalControl(plan.id()));
        UUID id = ic.addRisk(command.activity(), command.text(), command.requirement());
        save(ic, user);
        return riskView(id);
    }

    /**
     * An action with owner and deadline. Added to a decided plan only as a consequence of a deviation found in
     * the follow-up (origin result given, which is reporting); otherwise only while the plan is not decided.
     */
    @Transactional
    public RiskView addAction(AddAction command) {
        Loaded l = loadForRisk(command.riskId(), command.originResultId() == null ? Permission.EDIT_PLAN : Permission.REPORT);
        l.ic().addAction(command.riskId(), command.text(), command.owner(), command.deadline(), command.originResultId());
        save(l.ic(), l.user());
        return riskView(command.riskId());
    }

    /** A control of a treated risk: what is checked, how, how often and by whom. */
    @Transactional
    public RiskView addControl(AddControl command) {
        Loaded l = loadForRisk(command.riskId(), Permission.EDIT_PLAN);
        l.ic().addControl(command.riskId(), command.what(), command.how(), command.frequency(), command.responsible());
        save(l.ic(), l.user());
        return riskView(command.riskId());
    }

    @Transactional
    public RiskView updateControl(UpdateControl command) {
        Loaded l = loadForControl(command.controlId(), Permission.EDIT_PLAN);
        l.ic().updateControl(command.controlId(), command.version(), command.what(), command.how(), command.frequency(), command.responsible());
        save(l.ic(), l.user());
        return riskView(l.riskId());
    }

    /** Records what a control showed at a report occasion; a deviation must be described. */
    @Transactional
    public RiskView recordResult(RecordControlResult command) {
        Loaded l = loadForControl(command.controlId(), Permission.REPORT);
        l.ic().recordResult(command.controlId(), command.occasion(), command.version(), command.outcome(), command.result(), command.deviation());
        save(l.ic(), l.user());
        return riskView(l.riskId());
    }

    /** The body's ISK judgement for the year: sufficient or not, with reasons (KL 6 kap. 6 §). */
    @Transactional
    public JudgementView judge(JudgeControl command) {
        PlanSummary plan = plans.plan(command.planId());
        CurrentUser user = access.require(Permission.REPORT, plan.bodyId());
        ControlPlan ic = repository.load(plan).orElseThrow(() -> noInternalControl(plan.id()));
        ic.judge(command.version(), command.sufficient(), command.reasons());
        save(ic, user);
        return repository.findJudgement(ic.id().value()).orElseThrow();
    }

    /**
     * Defines a region-wide risk for a year once; it appears at once in every body's internal control plan of
     * that year, where each body assesses and follows it up.
     */
    @Transactional
    public RegionRiskView addRegionRisk(AddRegionRisk command) {
        Unit board = regionBoard().orElseThrow(() -> new NotFoundException("regionstyrelse", "-"));
        access.require(Permission.EDIT_PLAN, board.id());
        List<FieldError> errors = new ArrayList<>();
        if (command.year() == null || command.year() < 1900 || command.year() > 2200) {
            errors.add(new FieldError("year", "ic.validation.year"));
        }
        String activity = ControlPlan.text(errors, "activity", "ic.field.activity", command.activity(), ControlPlan.MAX_SHORT, true);
        String text = ControlPlan.text(errors, "text", "ic.field.riskText", command.text(), ControlPlan.MAX_TEXT, true);
        String requirement = ControlPlan.requirement(errors, command.requirement());
        List<String> actions = command.actions() == null ? List.of()
                : command.actions().stream().map(Texts::trimToNull).filter(a -> a != null).toList();
        if (actions.stream().anyMatch(a -> a.length() > ControlPlan.MAX_TEXT)) {
            errors.add(new FieldError("actions", "validation.tooLong", Labels.of("ic.field.regionActions"), ControlPlan.MAX_TEXT));
        }
        if (errors.isEmpty() && repository.findRegionRisk(command.year(), text).isPresent()) {
            errors.add(new FieldError("text", "ic.validation.regionRiskExists", command.year()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UUID id = defineRegionRisk(command.year(), activity, text, requirement, null);
        int position = 1;
        for (String action : actions) {
            repository.insertRegionAction(id, position++, action, null, null, null);
        }
        for (IcPlanRow ic : repository.findPlansOfYear(command.year())) {
            repository.insertRegionRiskRow(ic.id(), id, repository.nextRiskPosition(ic.id()));
        }
        return regionRisks(command.year()).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    UUID defineRegionRisk(int year, String activity, String text, String requirement, String source) {
        return repository.insertRegionRisk(year, activity, text, requirement, source);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private Optional<Unit> regionBoard() {
        return organisation.bodies().stream().filter(u -> u.type() == UnitType.BOARD).findFirst();
    }

    private RiskRow riskRow(UUID riskId) {
        return repository.findRiskRow(riskId).orElseThrow(() -> new NotFoundException("risk", riskId));
    }

    private PlanSummary planOf(RiskRow row) {
        IcPlanRow ic = repository.findPlan(row.icPlanId()).orElseThrow();
        return plans.plan(ic.planId());
    }

    /** An internal control plan loaded for a verb on one of its risks, after the permission was checked. */
    private record Loaded(ControlPlan ic, CurrentUser user, UUID riskId) {
    }

    private Loaded loadForRisk(UUID riskId, Permission permission) {
        RiskRow row = riskRow(riskId);
        PlanSummary plan = planOf(row);
        CurrentUser user = access.require(permission, plan.bodyId());
        return new Loaded(repository.load(plan).orElseThrow(() -> noInternalControl(plan.id())), user, riskId);
    }

    private Loaded loadForControl(UUID controlId, Permission permission) {
        ControlRow control = repository.findControl(controlId).orElseThrow(() -> new NotFoundException("kontroll", controlId));
        return loadForRisk(control.riskId(), permission);
    }

    /** Saves what the verbs changed; a part someone else saved meanwhile is refused with their version. */
    private void save(ControlPlan ic, CurrentUser user) {
        ControlPlan.Change stale = repository.save(ic, user.username()).orElse(null);
        if (stale instanceof ControlPlan.RiskChanged c) {
            throw conflict(riskView(c.risk().id()), "ic_risk", c.risk().id());
        }
        if (stale instanceof ControlPlan.ControlChanged c) {
            throw conflict(riskView(c.riskId()).controls().stream().filter(v -> v.id().equals(c.controlId())).findFirst().orElseThrow(),
                    "ic_control", c.controlId());
        }
        if (stale instanceof ControlPlan.ResultRecorded c) {
            ControlResultView theirs = repository.findResult(c.controlId(), c.occasion())
                    .orElseThrow(() -> new NotFoundException("kontrollresultat", c.controlId()));
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        if (stale instanceof ControlPlan.Judged) {
            JudgementView theirs = repository.findJudgement(ic.id().value())
                    .orElseThrow(() -> new NotFoundException("ISK-bedömning", ic.planId()));
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        if (stale != null) {
            throw new IllegalStateException("Not saved: " + stale);
        }
    }

    /** The other person's version, who saved it and when. */
    private ConflictException conflict(Object theirs, String table, UUID id) {
        InternalControlRepository.Meta meta = repository.findMeta(table, id);
        return new ConflictException(theirs, meta.by(), meta.at());
    }

    RiskView riskView(UUID riskId) {
        RiskRow row = riskRow(riskId);
        IcPlanRow ic = repository.findPlan(row.icPlanId()).orElseThrow();
        return riskViews(ic).stream().filter(r -> r.id().equals(riskId)).findFirst().orElseThrow();
    }

    private InternalControlPlan assemble(IcPlanRow row, PlanSummary plan) {
        List<String> description = new ArrayList<>();
        List<RequirementText> requirements = new ArrayList<>();
        List<InternalControlPlan.Explanation> explanations = new ArrayList<>();
        for (var t : repository.findTexts(row.id())) {
            switch (t.kind()) {
                case "DESCRIPTION" -> description.add(t.text());
                case "REQUIREMENT" -> requirements.add(new RequirementText(t.label(), t.group(), t.text()));
                case "EXPLANATION" -> explanations.add(new InternalControlPlan.Explanation(t.label(), t.text()));
                default -> { }
            }
        }
        String requirementsFrom = null;
        if (requirements.isEmpty()) {
            Optional<UUID> other = repository.findLatestPlanWithRequirements(row.year());
            if (other.isPresent()) {
                IcPlanRow otherRow = repository.findPlanByPlanId(other.get()).orElseThrow();
                repository.findTexts(otherRow.id()).stream().filter(t -> t.kind().equals("REQUIREMENT"))
                        .forEach(t -> requirements.add(new RequirementText(t.label(), t.group(), t.text())));
                requirementsFrom = keyOf(other.get());
            }
        }
        return new InternalControlPlan(row.id(), plan, row.title(), row.section(), row.source(), description, requirements, requirementsFrom,
                explanations, riskViews(row), repository.findJudgement(row.id()).orElse(null), row.version());
    }

    private String keyOf(UUID planId) {
        return plans.all().stream().filter(p -> p.id().equals(planId)).map(PlanSummary::key).findFirst().orElse(null);
    }

    private List<RiskView> riskViews(IcPlanRow ic) {
        List<RiskRow> rows = repository.findRisks(ic.id());
        Map<UUID, List<ActionView>> regionActions = repository.findRegionActions(
                rows.stream().map(RiskRow::regionRiskId).filter(id -> id != null).toList());
        Map<UUID, List<ActionView>> ownActions = repository.findActions(ic.id());
        Map<UUID, Map<ReportOccasion, ControlResultView>> results = repository.findResults(ic.id());
        Map<UUID, List<ControlView>> controls = new java.util.HashMap<>();
        for (ControlRow c : repository.findControls(ic.id())) {
            controls.computeIfAbsent(c.riskId(), k -> new ArrayList<>()).add(new ControlView(c.id(), c.riskId(), c.what(), c.how(),
                    c.frequency(), c.responsible(), c.exempeldata(), c.version(), results.getOrDefault(c.id(), Map.of())));
        }
        List<RiskView> result = new ArrayList<>();
        int number = 0;
        for (RiskRow r : rows) {
            List<ActionView> actions = new ArrayList<>();
            if (r.regionRiskId() != null) {
                actions.addAll(regionActions.getOrDefault(r.regionRiskId(), List.of()));
            }
            actions.addAll(ownActions.getOrDefault(r.id(), List.of()));
            RiskScope scope = r.regionRiskId() != null ? RiskScope.REGION_WIDE : r.scope() == null ? null : RiskScope.valueOf(r.scope());
            result.add(new RiskView(r.id(), ic.planId(), ++number, r.regionRiskId(), r.activity(), r.text(), scope, r.requirement(),
                    assessment(r), decision(r), r.decisionReason(), r.decisionExempeldata(), List.copyOf(actions),
                    List.copyOf(controls.getOrDefault(r.id(), List.of())), r.source(), r.version()));
        }
        return result;
    }

    private static Assessment assessment(RiskRow r) {
        return r.probability() == null ? null
                : new Assessment(r.probability(), r.consequence(), r.assessmentExempeldata(), r.assessedBy(), r.assessedAt());
    }

    private static RiskDecision decision(RiskRow r) {
        return r.decision() == null ? null : RiskDecision.valueOf(r.decision());
    }

    /** The plan has no internal control plan (yet). */
    private static NotFoundException noInternalControl(UUID planId) {
        return new NotFoundException("internkontrollplan för planen", planId);
    }
}
