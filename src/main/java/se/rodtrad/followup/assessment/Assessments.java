package se.rodtrad.followup.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Measures;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.ComparisonGroup;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.Target;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * Assessing the followed indicators for a period with {@link TargetAssessment}, and a person's judgement
 * on top: the computed status and sentence are kept with the person's status and reason, and every change
 * of a judgement stays in the history.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    static final int MAX_REASON = 2000;

    /**
     * An indicator's assessment for a period — one per plan item, never one per target: {@code computed} is its targets
     * judged together by {@link IndicatorVerdict} (the weakest target counts), {@code targets} each target on its own.
     * {@code indicator} is the item's first target (the one a person's judgement is kept under), and the chart shows
     * what the first target with a line, band or group mean draws ({@link TargetChart}, worked out by the same rule).
     */
    public record IndicatorAssessment(FollowedIndicator indicator, Measure measure, Unit subject, Period period, Assessment computed,
            Judgement judgement, TargetChart chart, List<TargetPart> targets) {

        /** The status that counts: the person's when they have judged, otherwise the computed one. */
        public AssessmentStatus status() {
            return judged() ? judgement.status() : computed.status();
        }

        /** The person's reason while their judgement counts; null otherwise. */
        public String reason() {
            return judged() ? judgement.reason() : null;
        }

        public boolean judged() {
            return judgement != null && judgement.active();
        }
    }

    /** One target of an indicator judged on its own: the followed target, its assessment and its chart. */
    public record TargetPart(FollowedIndicator indicator, Assessment computed, TargetChart chart) {
    }

    /**
     * A goal assessed from its indicators by the stated rule: among the indicators that can be assessed, all
     * uppfyllda → uppfyllt, none uppfyllt or delvis uppfyllt → ej uppfyllt, otherwise delvis uppfyllt; none
     * assessable → kan ej bedömas. A person's judgement (with reason) counts over the rule.
     */
    public record GoalAssessment(String id, UUID planId, UUID bodyId, String goal, Period period, AssessmentStatus computed,
            List<Sentence> explanation, List<IndicatorAssessment> indicators, Judgement judgement) {

        /** How many of the goal's indicators stand at each status (the status that counts), and how many a person judged. */
        public Counts counts() {
            int met = 0;
            int partly = 0;
            int notMet = 0;
            int cannot = 0;
            int byPerson = 0;
            for (IndicatorAssessment a : indicators) {
                switch (a.status()) {
                    case UPPFYLLT -> met++;
                    case DELVIS_UPPFYLLT -> partly++;
                    case EJ_UPPFYLLT -> notMet++;
                    case KAN_EJ_BEDOMAS -> cannot++;
                }
                if (a.judged()) {
                    byPerson++;
                }
            }
            return new Counts(indicators.size(), met, partly, notMet, cannot, byPerson);
        }

        public AssessmentStatus status() {
            return judged() ? judgement.status() : computed;
        }

        /** The person's reason while their judgement counts; null otherwise. */
        public String reason() {
            return judged() ? judgement.reason() : null;
        }

        public boolean judged() {
            return judgement != null && judgement.active();
        }
    }

    /** A goal's indicators counted by status; {@code byPerson}: how many of them a person has judged. */
    public record Counts(int indicators, int met, int partly, int notMet, int cannot, int byPerson) {

        /** Indicators assessed at all, from values or by a person. */
        public int assessed() {
            return met + partly + notMet;
        }
    }

    static final String GOAL = "goal";

    private final FollowedIndicatorRepository indicators;
    private final JudgementRepository judgements;
    private final Measures measures;
    private final IndicatorValues values;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AssessmentTexts texts;
    private final TargetAssessment policy = new TargetAssessment();

    private final se.rodtrad.planning.Plans plans;

    Assessments(FollowedIndicatorRepository indicators, JudgementRepository judgements, Measures measures, IndicatorValues values,
            Organisation organisation, AccessPolicy access, AssessmentTexts texts, se.rodtrad.planning.Plans plans) {
        this.plans = plans;
        this.indicators = indicators;
        this.judgements = judgements;
        this.measures = measures;
        this.values = values;
        this.organisation = organisation;
        this.access = access;
        this.texts = texts;
    }

    /** The plans whose indicators are followed. */
    public List<UUID> plans() {
        return indicators.planIds();
    }

    public List<FollowedIndicator> indicators(UUID planId) {
        return byPlan(planId);
    }

    /**
     * A followed indicator by its own id or by the id of its plan item (the id the plan's pages and API give it: one
     * identity from plan to follow-up). An item with several targets is one indicator, named by its first target: the
     * id of any of its targets gives that one.
     */
    public FollowedIndicator indicator(UUID id) {
        FollowedIndicator f = byId(id).or(() -> followedByPlanItem(id)).orElseThrow(() -> new NotFoundException("indikator", id));
        return f.targetIndex() == 0 ? f : targetsOf(f).get(0);
    }

    public IndicatorAssessment assess(UUID indicatorId, Period period) {
        return assess(indicator(indicatorId), period, context());
    }

    /**
     * The plan's indicators for the period, read together: their measures, judged units and judgements with one
     * query per table, and the values each indicator's rule compares (the judged unit's, and riket's, the comparison
     * group's or the municipalities' where the target form compares with them) with one query for the whole plan.
     * The same assessments as {@link #assess(UUID, Period)} one by one; a value outside what was read (a sibling
     * series named when data are missing) is still looked up on its own.
     */
    public List<IndicatorAssessment> assessPlan(UUID planId, Period period) {
        List<FollowedIndicator> list = byPlan(planId);
        if (list.isEmpty()) {
            return List.of();
        }
        StoredValues ctx = context();
        Map<UUID, Measure> measureById = new HashMap<>();
        measures.byIds(list.stream().map(FollowedIndicator::measureId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(m -> measureById.put(m.id(), m));
        Map<UUID, Unit> subjects = new HashMap<>();
        list.forEach(f -> subjects.computeIfAbsent(f.subjectUnitId(), organisation::unit));
        Map<String, Judgement> judged = judgements.findAll(JudgementRepository.INDICATOR, list.stream().map(f -> f.id().toString()).toList(),
                period.code());
        Map<UUID, java.util.Set<UUID>> wanted = new java.util.LinkedHashMap<>();
        for (FollowedIndicator f : list) {
            if (f.measureId() != null && measureById.containsKey(f.measureId())) {
                java.util.Set<UUID> units = wanted.computeIfAbsent(f.measureId(), k -> new java.util.LinkedHashSet<>());
                units.add(f.subjectUnitId());
                ctx.compared(f.target(), subjects.get(f.subjectUnitId())).forEach(u -> units.add(u.id()));
            }
        }
        ctx.preload(wanted, values.values(wanted));
        Map<UUID, List<FollowedIndicator>> byItem = new java.util.LinkedHashMap<>();
        list.forEach(f -> byItem.computeIfAbsent(f.planItemId(), k -> new ArrayList<>()).add(f));
        List<IndicatorAssessment> result = new ArrayList<>();
        for (List<FollowedIndicator> rows : byItem.values()) {
            result.add(combine(rows, f -> f.measureId() == null ? null : measureById.get(f.measureId()), subjects::get, period,
                    ctx, judged(rows, judged::get)));
        }
        return List.copyOf(result);
    }

    /**
     * The item's targets judged one by one and together ({@link IndicatorVerdict}); the first target (the rows come in
     * target order) names the indicator and carries the measure, the judged unit and a person's judgement.
     */
    private IndicatorAssessment combine(List<FollowedIndicator> rows, java.util.function.Function<FollowedIndicator, Measure> measureOf,
            java.util.function.Function<UUID, Unit> unitOf, Period period, StoredValues ctx, Judgement judgement) {
        List<TargetPart> parts = new ArrayList<>();
        List<IndicatorVerdict.Part> verdicts = new ArrayList<>();
        for (FollowedIndicator f : rows) {
            AssessmentInput in = new AssessmentInput(f.text(), f.target(), period, unitOf.apply(f.subjectUnitId()), measureOf.apply(f));
            Assessment a = policy.assess(in, ctx);
            parts.add(new TargetPart(f, a, policy.chart(in, ctx)));
            String group = TargetAssessment.normaliseGroup(f.target().group());
            verdicts.add(new IndicatorVerdict.Part(TargetAssessment.describe(f.target(), group == null ? Optional.empty() : ctx.group(group)), a));
        }
        FollowedIndicator first = rows.get(0);
        TargetChart chart = parts.stream().map(TargetPart::chart).filter(c -> c.line() != null || !c.meanOf().isEmpty()).findFirst().orElse(parts.get(0).chart());
        return new IndicatorAssessment(first, measureOf.apply(first), unitOf.apply(first.subjectUnitId()), period, IndicatorVerdict.of(verdicts),
                judgement, chart, List.copyOf(parts));
    }

    /** A person's judgement of the indicator: kept under its first target (or, from before, under another of its targets). */
    private static Judgement judged(List<FollowedIndicator> rows, java.util.function.Function<String, Judgement> find) {
        // one judgement per indicator (IndicatorVerdict): it is kept under the first target, but one saved before that rule
        // may stand under a further target; the one that counts is the first still active, else the first at all
        List<Judgement> found = rows.stream().map(f -> find.apply(f.id().toString())).filter(java.util.Objects::nonNull).toList();
        return found.stream().filter(Judgement::active).findFirst().orElse(found.isEmpty() ? null : found.get(0));
    }

    /** The person's judgement of the indicator for the period, under whichever of its targets it was saved (see {@link #judged}). */
    private Optional<Judgement> judgementOf(FollowedIndicator f, Period period) {
        return Optional.ofNullable(judged(targetsOf(f), id -> judgements.find(JudgementRepository.INDICATOR, id, period.code()).orElse(null)));
    }

    /**
     * The plan's goals, each assessed from its indicators (in plan order) by the rule of {@link GoalAssessment}. A goal
     * is named by its plan item's id; indicators that sit under no goal are gathered under the plan's own id.
     */
    public List<GoalAssessment> assessGoals(UUID planId, Period period) {
        Map<String, List<IndicatorAssessment>> byGoal = new java.util.LinkedHashMap<>();
        for (IndicatorAssessment a : assessPlan(planId, period)) {
            byGoal.computeIfAbsent(goalId(a.indicator()), g -> new ArrayList<>()).add(a);
        }
        List<GoalAssessment> goals = new ArrayList<>();
        Map<String, Judgement> judged = judgements.findAll(GOAL, List.copyOf(byGoal.keySet()), period.code());
        byGoal.forEach((id, list) -> {
            String goal = list.get(0).indicator().goalText() == null ? "" : list.get(0).indicator().goalText();
            goals.add(goal(id, planId, list.get(0).indicator().bodyId(), goal, period, list, judged.get(id)));
        });
        return goals;
    }

    /** The goal an indicator counts towards: its goal's plan item, or the plan when it sits under no goal. */
    static String goalId(FollowedIndicator f) {
        return (f.goalItemId() != null ? f.goalItemId() : f.planId()).toString();
    }

    static GoalAssessment goal(String id, UUID planId, UUID bodyId, String goal, Period period, List<IndicatorAssessment> list,
            Judgement judgement) {
        Map<AssessmentStatus, Integer> n = new java.util.EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            n.put(s, 0);
        }
        list.forEach(a -> n.merge(a.status(), 1, Integer::sum));
        int met = n.get(AssessmentStatus.UPPFYLLT);
        int partly = n.get(AssessmentStatus.DELVIS_UPPFYLLT);
        int notMet = n.get(AssessmentStatus.EJ_UPPFYLLT);
        int assessable = met + partly + notMet;
        AssessmentStatus status = assessable == 0 ? AssessmentStatus.KAN_EJ_BEDOMAS
                : met == assessable ? AssessmentStatus.UPPFYLLT
                : met + partly == 0 ? AssessmentStatus.EJ_UPPFYLLT
                : AssessmentStatus.DELVIS_UPPFYLLT;
        List<Sentence> why = List.of(
                Sentence.of("assessment.goal.counts", list.size(), met, partly, notMet, n.get(AssessmentStatus.KAN_EJ_BEDOMAS),
                        new Sentence.Key("assessment.status." + status.name())),
                Sentence.of("assessment.goal.rule"));
        return new GoalAssessment(id, planId, bodyId, goal, period, status, why, List.copyOf(list), judgement);
    }

    /** A person judges a goal with a reason (needs REPORT for the plan's body); the rule's status and sentence are kept with it. */
    @Transactional
    public GoalAssessment judgeGoal(UUID planId, String goal, Integer year, String status, String reason, Integer version) {
        FollowedIndicator any = planId == null ? null : indicators.findByPlan(planId).stream().findFirst().orElse(null);
        if (any == null) {
            throw new NotFoundException("plan", java.util.Objects.toString(planId, ""));
        }
        CurrentUser user = access.require(Permission.REPORT, any.bodyId());
        Period period = judgementYear(year);
        GoalAssessment g = assessGoals(planId, period).stream().filter(x -> x.goal().equals(goal) || x.id().equals(goal)).findFirst()
                .orElseThrow(() -> new NotFoundException("mål", java.util.Objects.toString(goal, "")));
        AssessmentStatus s = null;
        try {
            s = status == null ? null : AssessmentStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            s = null;
        }
        List<FieldError> errors = new ArrayList<>();
        if (s == null) {
            errors.add(new FieldError("status", "followup.judgement.validation.status"));
        }
        String why = Texts.trimToNull(reason);
        if (why == null) {
            errors.add(new FieldError("reason", "followup.judgement.validation.reason"));
        } else if (why.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "validation.tooLong", "Motivering", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String explanation = texts.explain(g.explanation(), se.rodtrad.shared.web.WebConfiguration.SWEDISH);
        Judgement j = g.judgement();
        if (j == null) {
            judgements.insert(GOAL, g.id(), period.code(), g.computed(), explanation, s, why, user.username());
        } else if (version == null || version != j.version()
                || !judgements.update(j.id(), j.version(), g.computed(), explanation, s, why, true, user.username())) {
            Judgement theirs = judgements.find(GOAL, g.id(), period.code()).orElseThrow();
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        return assessGoals(planId, period).stream().filter(x -> x.id().equals(g.id())).findFirst().orElseThrow();
    }

    /**
     * For other modules (plan items, once they carry a measure): judges a target from the values of the
     * measure with this code or Kolada id; null code = no measure linked.
     */
    public Assessment assess(String indicatorText, Target target, String measureCode, Unit subject, Period period) {
        Measure m = measures.byCode(measureCode).orElse(null);
        return policy.assess(new AssessmentInput(indicatorText, target, period, subject, m), context());
    }

    /** The target in words, as the rule reads it, with the comparison group it names. */
    public Sentence describe(Target target) {
        String group = TargetAssessment.normaliseGroup(target.group());
        return TargetAssessment.describe(target, group == null ? Optional.empty() : organisation.comparisonGroup(group));
    }

    /** The latest year with a value of any measure the plan's indicators are linked to (else the plan's year). */
    public int defaultYear(UUID planId, int fallback) {
        Map<UUID, java.util.Set<UUID>> linked = new HashMap<>();
        for (FollowedIndicator f : byPlan(planId)) {
            if (f.measureId() != null) {
                linked.computeIfAbsent(f.measureId(), k -> new java.util.HashSet<>()).add(f.subjectUnitId());
            }
        }
        return values.latestYear(linked).filter(y -> y > 0).orElse(fallback);
    }

    /**
     * A person links the indicator to another measure (or none: blank code), which needs the right to edit
     * the body's plan; a stale version throws {@link ConflictException}. The change is audited with the row.
     */
    @Transactional
    public FollowedIndicator relink(UUID indicatorId, String measureCode, Integer version) {
        FollowedIndicator f = indicator(indicatorId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, f.bodyId());
        String code = Texts.trimToNull(measureCode);
        UUID measureId = null;
        if (code != null) {
            measureId = measures.byCode(code).or(() -> measures.all().stream()
                    .filter(m -> code.equalsIgnoreCase(m.koladaId())).findFirst())
                    .orElseThrow(() -> ValidationException.of("measure", "followup.link.validation.measure", code)).id();
        }
        if (version == null || version != f.version() || !indicators.relink(f.id(), f.version(), measureId, user.username())) {
            FollowedIndicator theirs = indicator(indicatorId);
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        // the measure holds the indicator's data, whichever of its targets is judged: its further targets follow the first
        for (FollowedIndicator other : targetsOf(f)) {
            if (other.targetIndex() != f.targetIndex()) {
                indicators.relink(other.id(), other.version(), measureId, user.username());
            }
        }
        return indicator(indicatorId);
    }

    /** The linked measure's values for the judged unit, its comparison units and the nation (empty when nothing is linked). */
    public List<IndicatorValue> linkedValues(UUID indicatorId) {
        FollowedIndicator f = byId(indicatorId).or(() -> followedByPlanItem(indicatorId))
                .orElseThrow(() -> new NotFoundException("indikator", indicatorId));
        if (f.measureId() == null) {
            return List.of();
        }
        List<UUID> units = new ArrayList<>();
        units.add(f.subjectUnitId());
        Target t = f.target();
        if (t.group() != null) {
            organisation.comparisonGroup(TargetAssessment.normaliseGroup(t.group())).map(ComparisonGroup::members).orElse(List.of())
                    .forEach(u -> units.add(u.id()));
        }
        organisation.unitByCode("0000").map(Unit::id).ifPresent(units::add);
        return values.values(f.measureId(), units);
    }

    /**
     * The followed indicator of a plan item (an INDICATOR of a plan the reader may see): its first target. Empty when
     * the id is no followed plan item.
     */
    Optional<FollowedIndicator> followedByPlanItem(UUID itemId) {
        List<FollowedIndicator> rows = resolved(indicators.findByPlanItem(itemId));
        if (rows.isEmpty() || plans.find(rows.get(0).planId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0));
    }

    /** A person sets the status with a reason; the computed status and sentence of that moment are kept with it. */
    @Transactional
    public IndicatorAssessment judge(UUID indicatorId, Integer year, String status, String reason, Integer version) {
        FollowedIndicator f = indicator(indicatorId);
        CurrentUser user = access.require(Permission.REPORT, f.bodyId());
        Period period = judgementYear(year);
        List<FieldError> errors = new ArrayList<>();
        AssessmentStatus s = null;
        try {
            s = status == null ? null : AssessmentStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            s = null;
        }
        if (s == null) {
            errors.add(new FieldError("status", "followup.judgement.validation.status"));
        }
        String why = Texts.trimToNull(reason);
        if (why == null) {
            errors.add(new FieldError("reason", "followup.judgement.validation.reason"));
        } else if (why.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "validation.tooLong", "Motivering", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        save(f, period, s, why, true, version, user);
        return assess(f, period, context());
    }

    /** Withdraws a person's judgement (with a reason); the computed status counts again. */
    @Transactional
    public IndicatorAssessment withdraw(UUID indicatorId, Integer year, String reason, Integer version) {
        FollowedIndicator f = indicator(indicatorId);
        CurrentUser user = access.require(Permission.REPORT, f.bodyId());
        Period period = judgementYear(year);
        String why = Texts.trimToNull(reason);
        if (why == null) {
            throw ValidationException.of("reason", "followup.judgement.validation.reason");
        }
        Judgement j = judgementOf(f, period).orElseThrow(() -> new NotFoundException("bedömning", f.id() + " " + period.code()));
        save(f, period, j.status(), why, false, version, user);
        return assess(f, period, context());
    }

    /** The year a judgement is for, checked after the permission so that who may not judge learns nothing from the input. */
    public static Period judgementYear(Integer year) {
        if (year == null || year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw ValidationException.of("period", "followup.validation.period", String.valueOf(year));
        }
        return Period.year(year);
    }

    private void save(FollowedIndicator f, Period period, AssessmentStatus status, String reason, boolean active, Integer version,
            CurrentUser user) {
        Assessment computed = assess(f, period, context()).computed();
        String explanation = texts.explainInSwedish(computed);
        Optional<Judgement> existing = judgementOf(f, period);
        if (existing.isEmpty()) {
            judgements.insert(JudgementRepository.INDICATOR, f.id().toString(), period.code(), computed.status(), explanation, status, reason,
                    user.username());
            return;
        }
        Judgement j = existing.get();
        if (version == null || version != j.version()
                || !judgements.update(j.id(), j.version(), computed.status(), explanation, status, reason, active, user.username())) {
            Judgement theirs = judgements.find(JudgementRepository.INDICATOR, j.subjectId(), period.code()).orElseThrow();
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
    }

    private IndicatorAssessment assess(FollowedIndicator f, Period period, StoredValues ctx) {
        List<FollowedIndicator> rows = targetsOf(f);
        Map<UUID, Optional<Measure>> found = new HashMap<>();
        return combine(rows, r -> r.measureId() == null ? null : found.computeIfAbsent(r.measureId(), measures::find).orElse(null),
                organisation::unit, period, ctx,
                judged(rows, id -> judgements.find(JudgementRepository.INDICATOR, id, period.code()).orElse(null)));
    }

    /** Every target of the indicator's plan item, in the plan's order (the first one names the indicator). */
    private List<FollowedIndicator> targetsOf(FollowedIndicator f) {
        List<FollowedIndicator> rows = resolved(indicators.findByPlanItem(f.planItemId())).stream().filter(r -> r.planId().equals(f.planId()))
                .toList();
        return rows.isEmpty() ? List.of(f) : rows;
    }

    private List<FollowedIndicator> byPlan(UUID planId) {
        return resolved(indicators.findByPlan(planId));
    }

    private Optional<FollowedIndicator> byId(UUID id) {
        return indicators.findById(id).map(f -> resolved(List.of(f)).get(0));
    }

    /** The indicators with the measure each one's code names, where no person linked one: asked of the measures together. */
    private List<FollowedIndicator> resolved(List<FollowedIndicator> rows) {
        List<String> codes = rows.stream().filter(f -> f.measureId() == null && f.measureCode() != null).map(FollowedIndicator::measureCode)
                .distinct().toList();
        if (codes.isEmpty()) {
            return rows;
        }
        Map<String, UUID> ids = measures.idsByCode(codes);
        return rows.stream().map(f -> f.measureId() == null && ids.containsKey(f.measureCode()) ? f.withMeasure(ids.get(f.measureCode())) : f)
                .toList();
    }

    /** Values, groups and units from the database, with lookups remembered for one assessment run. */
    StoredValues context() {
        return new StoredValues();
    }

    /**
     * The database as {@link TargetAssessment} reads it, each lookup remembered for one assessment run (the
     * transaction is read-only, so nothing changes under it). Values of whole (measure, unit) series can be read
     * ahead with {@link #preload}; a value of such a series that was not among them does not exist.
     */
    final class StoredValues implements AssessmentContext {
        private final Map<Key, Optional<IndicatorValue>> cache = new HashMap<>();
        private final java.util.Set<List<UUID>> complete = new java.util.HashSet<>();
        private final Map<String, Optional<ComparisonGroup>> groups = new HashMap<>();
        private final Map<UUID, List<Unit>> municipalities = new HashMap<>();
        private final Map<UUID, List<Measure>> siblings = new HashMap<>();
        private Optional<Unit> nation;

        /** The identity of a value: one series, unit, period and sex. */
        private record Key(UUID measureId, UUID unitId, Period period, Gender gender) {
        }

        /** Every stored value of these measures' series for the units (all periods and sexes), as read in one query. */
        void preload(Map<UUID, ? extends java.util.Collection<UUID>> series, List<IndicatorValue> read) {
            for (IndicatorValue v : read) {
                cache.put(new Key(v.measureId(), v.unitId(), v.period(), v.gender()), Optional.of(v));
            }
            series.forEach((m, units) -> units.forEach(u -> complete.add(List.of(m, u))));
        }

        /** The units an indicator's target compares the judged unit with: riket, the comparison group or the region's municipalities. */
        List<Unit> compared(Target t, Unit subject) {
            return switch (t.form()) {
                case NATIONAL -> nation().stream().toList();
                case PEER_GROUP -> {
                    String code = TargetAssessment.normaliseGroup(t.group());
                    yield code == null ? List.of() : group(code).map(ComparisonGroup::members).orElse(List.of());
                }
                case THRESHOLD -> municipalities(subject);
                default -> List.of();
            };
        }

        @Override
        public Optional<IndicatorValue> value(Measure measure, Unit unit, Period period, Gender gender) {
            Key key = new Key(measure.id(), unit.id(), period, gender);
            Optional<IndicatorValue> known = cache.get(key);
            if (known != null) {
                return known;
            }
            if (complete.contains(List.of(measure.id(), unit.id()))) {
                return Optional.empty();
            }
            Optional<IndicatorValue> read = values.find(measure.id(), unit.id(), period, gender);
            cache.put(key, read);
            return read;
        }

        @Override
        public Optional<ComparisonGroup> group(String code) {
            return groups.computeIfAbsent(code, organisation::comparisonGroup);
        }

        @Override
        public Optional<Unit> nation() {
            if (nation == null) {
                nation = organisation.unitByCode("0000");
            }
            return nation;
        }

        @Override
        public List<Unit> municipalities(Unit region) {
            return municipalities.computeIfAbsent(region.id(),
                    id -> organisation.children(id).stream().filter(u -> u.type() == UnitType.MUNICIPALITY).toList());
        }

        @Override
        public List<Measure> siblings(Measure measure) {
            return siblings.computeIfAbsent(measure.id(), id -> measures.siblings(measure));
        }
    }
}
