package se.rodtrad.followup.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.assessment.AssessmentTexts;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.assessment.Assessments.GoalAssessment;
import se.rodtrad.followup.assessment.Assessments.IndicatorAssessment;
import se.rodtrad.followup.assessment.TargetChart;
import se.rodtrad.followup.assessment.FollowedIndicator;
import se.rodtrad.followup.economy.Economy;
import se.rodtrad.followup.economy.PeriodReport;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.internalcontrol.InternalControl;
import se.rodtrad.internalcontrol.InternalControlFollowUp;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.internalcontrol.RiskLevel;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;
import se.rodtrad.shared.web.WebConfiguration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follow-up reports of a body's plan year: delårsrapport 1 (per april), delårsrapport 2 (per augusti)
 * and the verksamhetsberättelse (the year). A draft gathers, for its period, the goals with their
 * assessments, the indicators with values and trend, the assignments with status, the economy with forecast
 * and deviation and the internal control's follow-up (with the ISK judgement at year end); a person writes
 * the summary and each goal's analysis. Submitting stores a dated snapshot that never changes again (the
 * database refuses it too); the next report of the year starts from the previous one's texts and judgements.
 *
 * <p>Drafts are internal ({@link Permission#READ_INTERNAL}); submitted reports are public. Writing needs the
 * body's follow-up permission ({@link Permission#REPORT}), checked before the input is looked at.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    static final int MAX_TEXT = 20000;
    private static final Locale SV = WebConfiguration.SWEDISH;

    /** A goal's text as a person sends it: the goal (as the report names it), a status (blank = the assessment stands) and the analysis. */
    public record GoalInput(String goal, String status, String analysis) {
    }

    private final ReportRepository repository;
    private final Plans plans;
    private final Assessments assessments;
    private final AssessmentTexts texts;
    private final IndicatorValues values;
    private final AssignmentStatuses assignments;
    private final Economy economy;
    private final InternalControl internalControl;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    Reports(ReportRepository repository, Plans plans, Assessments assessments, AssessmentTexts texts, IndicatorValues values,
            AssignmentStatuses assignments, Economy economy, InternalControl internalControl, AccessPolicy access,
            MessageSource messages) {
        this.repository = repository;
        this.plans = plans;
        this.assessments = assessments;
        this.texts = texts;
        this.values = values;
        this.assignments = assignments;
        this.economy = economy;
        this.internalControl = internalControl;
        this.access = access;
        this.messages = messages;
    }

    /** The reports a person may see (internal: all; the public: submitted ones), newest year first. */
    public List<FollowReport> list(UUID bodyId, Integer year) {
        return repository.findAll(bodyId, year, !access.allows(Permission.READ_INTERNAL, null));
    }

    /** Submitted reports only, for the portal and open data. */
    public List<FollowReport> submitted(UUID bodyId, Integer year) {
        return repository.findAll(bodyId, year, true);
    }

    /** The report, if the reader may see it: a draft is internal and "not found" for the public. */
    public FollowReport report(UUID id) {
        return repository.find(id).filter(r -> r.submitted() || access.allows(Permission.READ_INTERNAL, null))
                .orElseThrow(() -> new NotFoundException("rapport", id));
    }

    /** A submitted report, whoever asks — a draft is "not found" here even for internal readers. */
    public FollowReport submittedReport(UUID id) {
        return repository.find(id).filter(FollowReport::submitted).orElseThrow(() -> new NotFoundException("rapport", id));
    }

    /** What the report shows: the snapshot once submitted, otherwise assembled now from the live figures. */
    public ReportContent content(UUID id) {
        FollowReport r = report(id);
        if (r.submitted()) {
            String stored = repository.snapshot(id).orElseThrow(() -> new NotFoundException("ögonblicksbild", id));
            return json.readValue(stored, ReportContent.class);
        }
        return assemble(r);
    }

    /** The reports of the plan's year, by occasion. */
    public Map<ReportOccasion, FollowReport> forPlan(UUID planId) {
        Map<ReportOccasion, FollowReport> result = new LinkedHashMap<>();
        for (ReportOccasion o : ReportOccasion.values()) {
            repository.find(planId, o).filter(r -> r.submitted() || access.allows(Permission.READ_INTERNAL, null)).ifPresent(r -> result.put(o, r));
        }
        return result;
    }

    /** What the current reader may do with the report now (its page's links). */
    public ReportActions actions(FollowReport report) {
        return ReportActions.of(report, access.allows(Permission.REPORT, report.bodyId()));
    }

    /**
     * A draft the current person may write: whoever does not report for its body is refused before anything of the
     * request is read, and a submitted report is refused with the day it was submitted.
     */
    public FollowReport draft(UUID id) {
        FollowReport r = report(id);
        access.require(Permission.REPORT, r.bodyId());
        if (r.submitted()) {
            throw submitted(r);
        }
        return r;
    }

    private static DomainException submitted(FollowReport r) {
        return new DomainException("followup.report.submitted", r.submittedAt().toString().substring(0, 10));
    }

    /** The plans a person may start a report for: verksamhetsplaner of bodies they report for. */
    public List<PlanSummary> plansToReportOn() {
        return plans.all().stream().filter(p -> "VP".equals(p.kind()) && access.allows(Permission.REPORT, p.bodyId())).toList();
    }

    /**
     * Starts a draft for the plan at the occasion. Its texts and judgements start from the latest earlier
     * report of the same plan year (DR2 from DR1, the verksamhetsberättelse from DR2 — or DR1 when there is no DR2).
     */
    @Transactional
    public FollowReport create(UUID planId, String occasionText) {
        if (planId == null) {
            // no plan, no body to check against: only the unscoped administrator gets as far as being told what is missing
            access.require(Permission.REPORT, null);
            throw ValidationException.of("plan", "followup.report.validation.plan");
        }
        PlanSummary plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        CurrentUser user = access.require(Permission.REPORT, plan.bodyId());
        ReportOccasion occasion = Occasions.parse(occasionText);
        if (repository.find(planId, occasion).isPresent()) {
            throw new DomainException("followup.report.exists", plan.bodyCode(), String.valueOf(plan.year()), occasionName(occasion));
        }
        FollowReport previous = previous(planId, occasion).orElse(null);
        UUID id = repository.insert(planId, plan.bodyId(), plan.year(), occasion, previous == null ? null : previous.summary(),
                previous == null ? null : previous.id(), previous != null && previous.exempeldata(), user.username());
        if (previous != null) {
            for (FollowReport.GoalText g : previous.goals()) {
                repository.saveGoal(id, g.goal(), g.status(), g.analysis(), user.username());
            }
        }
        return repository.find(id).orElseThrow();
    }

    Optional<FollowReport> previous(UUID planId, ReportOccasion occasion) {
        for (int i = occasion.ordinal() - 1; i >= 0; i--) {
            Optional<FollowReport> r = repository.find(planId, ReportOccasion.values()[i]);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** Saves the summary and the goals' judgements and analyses, all or nothing, against the version the person saw. */
    @Transactional
    public FollowReport saveTexts(UUID id, Integer version, String summary, List<GoalInput> goals) {
        FollowReport r = repository.find(id).orElseThrow(() -> new NotFoundException("rapport", id));
        CurrentUser user = access.require(Permission.REPORT, r.bodyId());
        if (r.submitted()) {
            throw submitted(r);
        }
        List<FieldError> errors = new ArrayList<>();
        String s = Texts.trimToNull(summary);
        if (s != null && s.length() > MAX_TEXT) {
            errors.add(new FieldError("summary", "validation.tooLong", "Sammanfattning", MAX_TEXT));
        }
        List<FollowReport.GoalText> parsed = new ArrayList<>();
        for (GoalInput g : goals == null ? List.<GoalInput>of() : goals) {
            if (g == null || Texts.trimToNull(g.goal()) == null) {
                errors.add(new FieldError("goal", "followup.report.validation.goal", ""));
                continue;
            }
            AssessmentStatus st = null;
            if (g.status() != null && !g.status().isBlank()) {
                try {
                    st = AssessmentStatus.valueOf(g.status().strip());
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("status", "followup.report.validation.status", g.goal()));
                }
            }
            String analysis = Texts.trimToNull(g.analysis());
            if (analysis != null && analysis.length() > MAX_TEXT) {
                errors.add(new FieldError("analysis", "followup.report.validation.analysisLength", g.goal(), MAX_TEXT));
            }
            parsed.add(new FollowReport.GoalText(g.goal(), st, analysis));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (version == null || version != r.version() || !repository.updateSummary(id, r.version(), s, user.username())) {
            FollowReport theirs = repository.find(id).orElseThrow();
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        for (FollowReport.GoalText g : parsed) {
            repository.saveGoal(id, g.goal(), g.status(), g.analysis(), user.username());
        }
        return repository.find(id).orElseThrow();
    }

    /** Submits the report: its content as it is now becomes the dated snapshot, and the report never changes again. */
    @Transactional
    public FollowReport submit(UUID id, Integer version) {
        FollowReport r = repository.find(id).orElseThrow(() -> new NotFoundException("rapport", id));
        CurrentUser user = access.require(Permission.REPORT, r.bodyId());
        if (r.submitted()) {
            throw submitted(r);
        }
        ReportContent content = assemble(r);
        if (version == null || version != r.version() || !repository.submit(id, r.version(), user.username(), json.writeValueAsString(content))) {
            FollowReport theirs = repository.find(id).orElseThrow();
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        return repository.find(id).orElseThrow();
    }

    /** For the demo: a report written from a file, its texts flagged exempeldata. */
    @Transactional
    FollowReport loadExempeldata(PlanSummary plan, ReportOccasion occasion, String summary, List<FollowReport.GoalText> goals, boolean submit) {
        UUID planId = plan.id();
        UUID id = repository.insert(planId, plan.bodyId(), plan.year(), occasion, summary, previous(planId, occasion).map(FollowReport::id).orElse(null),
                true, "system");
        goals.forEach(g -> repository.saveGoal(id, g.goal(), g.status(), g.analysis(), "system"));
        FollowReport r = repository.find(id).orElseThrow();
        if (submit) {
            repository.submit(id, r.version(), "system", json.writeValueAsString(assemble(r)));
        }
        return repository.find(id).orElseThrow();
    }

    boolean isEmpty() {
        return repository.isEmpty();
    }

    /** The plan's verksamhetsberättelse as it stands, and its content: the snapshot once submitted, otherwise read live. */
    record YearEnd(FollowReport report, ReportContent content) {

        boolean submitted() {
            return report != null && report.submitted();
        }
    }

    /**
     * For the region-wide annual report: the plan's verksamhetsberättelse — its snapshot when submitted, the
     * draft read live when one is started, and otherwise the plan's year read live with no texts yet.
     */
    YearEnd yearEnd(PlanSummary plan) {
        access.require(Permission.READ_INTERNAL, null);
        FollowReport r = repository.find(plan.id(), ReportOccasion.VERKSAMHETSBERATTELSE).orElse(null);
        if (r != null && r.submitted()) {
            String stored = repository.snapshot(r.id()).orElseThrow(() -> new NotFoundException("ögonblicksbild", r.id()));
            return new YearEnd(r, json.readValue(stored, ReportContent.class));
        }
        FollowReport draft = r != null ? r
                : new FollowReport(null, plan.id(), plan.bodyId(), plan.bodyName(), plan.year(), ReportOccasion.VERKSAMHETSBERATTELSE,
                        FollowReport.Status.DRAFT, null, List.of(), null, false, null, null, 0, Instant.now(), null);
        return new YearEnd(r, assemble(draft));
    }

    /** The year whose values the report's indicators are assessed on: the plan year, or the latest with data before it. */
    int assessmentYear(PlanSummary plan) {
        return Math.min(plan.year(), assessments.defaultYear(plan.id(), plan.year()));
    }

    ReportContent assemble(FollowReport r) {
        PlanSummary plan = plans.plan(r.planId());
        int month = Occasions.lastMonth(r.occasion());
        int assessmentYear = assessmentYear(plan);
        boolean exempel = r.exempeldata();
        List<ReportContent.GoalSection> goals = new ArrayList<>();
        Period period = Period.year(assessmentYear);
        List<GoalAssessment> assessed = assessments.assessGoals(plan.id(), period);
        // every indicator's trend read in one query for the plan: each measure for the units its chart shows
        Map<UUID, java.util.Set<UUID>> shown = new LinkedHashMap<>();
        for (GoalAssessment g : assessed) {
            for (IndicatorAssessment a : g.indicators()) {
                if (a.measure() != null) {
                    shown.computeIfAbsent(a.measure().id(), k -> new java.util.LinkedHashSet<>()).addAll(a.chart().unitIds());
                }
            }
        }
        Map<UUID, List<IndicatorValue>> series = new java.util.HashMap<>();
        for (IndicatorValue v : values.series(shown, Gender.T, period.type(), assessmentYear)) {
            series.computeIfAbsent(v.measureId(), k -> new ArrayList<>()).add(v);
        }
        for (GoalAssessment g : assessed) {
            List<ReportContent.IndicatorSection> indicators = new ArrayList<>();
            for (IndicatorAssessment a : g.indicators()) {
                ReportContent.IndicatorSection section = indicator(a, series);
                exempel = exempel || section.exempeldata();
                indicators.add(section);
            }
            FollowReport.GoalText own = r.goal(g.goal());
            goals.add(new ReportContent.GoalSection(g.goal(), g.computed(), texts.explain(g.explanation(), SV),
                    g.judged() ? g.judgement().status() : null, g.judged() ? g.judgement().reason() : null,
                    own == null ? null : own.status(), own == null ? null : own.analysis(), indicators));
        }
        List<ReportContent.AssignmentLine> lines = new ArrayList<>();
        for (AssignmentStatuses.Line l : assignments.forPlan(plan.id(), r.occasion())) {
            lines.add(new ReportContent.AssignmentLine(l.item().label(), l.item().text(), l.status(), l.comment(), l.exempeldata()));
            exempel = exempel || l.exempeldata();
        }
        ReportContent.EconomySection econ = economy(plan, month);
        exempel = exempel || econ != null && econ.report().exempeldata();
        InternalControlFollowUp ic = internalControl.forPlan(plan.id()).isPresent() ? internalControl.followUp(plan.id(), r.occasion()) : null;
        exempel = exempel || ic != null && ic.containsExempeldata();
        return new ReportContent(r.id(), plan.id(), plan.key(), plan.title(), plan.bodyId(), plan.bodyCode(), plan.bodyName(), plan.year(),
                r.occasion(), month, assessmentYear, Instant.now(), r.summary(), goals, lines, econ, ic, ic == null ? List.of() : matrix(ic), exempel);
    }

    /**
     * The economy of the administration whose areas carry the year's figures (the areas a body's budget is
     * followed on); none when the year has no figures.
     */
    private ReportContent.EconomySection economy(PlanSummary plan, int month) {
        int year = plan.year();
        java.util.Optional<PeriodReport> own = economy.bodyReport(year, month, plan.bodyId());
        if (own.isPresent()) {
            return new ReportContent.EconomySection(plan.bodyName(), month, own.get());
        }
        if (!economy.years().contains(year)) {
            return null;
        }
        List<Unit> scopes = economy.scopes(year);
        Unit scope = scopes.stream().filter(u -> u.type() == UnitType.ADMINISTRATION).findFirst().orElse(null);
        PeriodReport report = economy.report(year, month, scope == null ? null : scope.id());
        return new ReportContent.EconomySection(scope == null ? null : scope.name(), month, report);
    }

    private static List<ReportContent.MatrixRow> matrix(InternalControlFollowUp ic) {
        List<ReportContent.MatrixRow> rows = new ArrayList<>();
        for (int p = 4; p >= 1; p--) {
            List<ReportContent.MatrixCell> cells = new ArrayList<>();
            for (int c = 1; c <= 4; c++) {
                List<Integer> risks = new ArrayList<>();
                for (InternalControlFollowUp.RiskFollowUp risk : ic.risks()) {
                    if (risk.assessment() != null && risk.assessment().probability() == p && risk.assessment().consequence() == c) {
                        risks.add(risk.number());
                    }
                }
                cells.add(new ReportContent.MatrixCell(p, c, p * c, RiskLevel.of(p * c), risks));
            }
            rows.add(new ReportContent.MatrixRow(p, cells));
        }
        return rows;
    }

    /**
     * An indicator's section: its assessment, latest value and trend. {@code series}: the plan's values read for the
     * report, by measure — only what the report shows (one sex, the assessed period type up to the assessed year,
     * no missing values); both sexes, missing values and later years stay in the database.
     */
    private ReportContent.IndicatorSection indicator(IndicatorAssessment a, Map<UUID, List<IndicatorValue>> series) {
        FollowedIndicator f = a.indicator();
        Measure m = a.measure();
        ReportContent.ChartData chart = null;
        ReportContent.LatestValue latest = null;
        boolean exempel = false;
        if (m != null) {
            List<UUID> units = a.chart().unitIds();
            java.util.Set<UUID> these = new java.util.HashSet<>(units);
            List<IndicatorValue> all = series.getOrDefault(m.id(), List.of()).stream().filter(v -> these.contains(v.unitId())).toList();
            exempel = all.stream().anyMatch(IndicatorValue::exempeldata);
            latest = all.stream().filter(v -> v.unitId().equals(a.subject().id())).max((x, y) -> x.period().compareTo(y.period()))
                    .map(v -> new ReportContent.LatestValue(v.period().code(), v.value(), v.unitName(), v.preliminary())).orElse(null);
            chart = chart(m, all, units, a);
        }
        String reason = a.judged() ? a.judgement().reason() : null;
        return new ReportContent.IndicatorSection(f.id(), f.text(), f.unitLabel(), f.targetNote(), a.status(), a.computed().status(),
                texts.explainInSwedish(a.computed()), reason, m == null ? null : m.name(), m == null ? null : m.source(), latest, chart, exempel);
    }

    private ReportContent.ChartData chart(Measure m, List<IndicatorValue> all, List<UUID> units, IndicatorAssessment a) {
        TreeSet<Period> periods = new TreeSet<>();
        Map<UUID, Map<Period, BigDecimal>> byUnit = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (IndicatorValue v : all) {
            periods.add(v.period());
            byUnit.computeIfAbsent(v.unitId(), k -> new LinkedHashMap<>()).put(v.period(), v.value());
            names.put(v.unitId(), v.unitName());
        }
        if (periods.isEmpty()) {
            return null;
        }
        List<ReportContent.SeriesData> series = new ArrayList<>();
        for (UUID u : units) {
            if (byUnit.containsKey(u)) {
                List<BigDecimal> row = new ArrayList<>();
                periods.forEach(p -> row.add(byUnit.get(u).get(p)));
                series.add(new ReportContent.SeriesData(names.get(u), row, series.isEmpty()));
            }
        }
        TargetChart.Line line = a.chart().line();
        return new ReportContent.ChartData(m.caption(), periods.stream().map(Period::code).toList(), series,
                line == null ? null : texts.render(line.label(), SV), line == null ? null : line.lower(), line == null ? null : line.upper());
    }

    private String occasionName(ReportOccasion o) {
        return messages.getMessage("ic.occasion." + o.name(), null, o.name(), SV);
    }
}
