package se.rodtrad.followup.reports;

import se.rodtrad.shared.domain.Paged;
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
    private final se.rodtrad.organisation.Organisation organisation;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    Reports(ReportRepository repository, Plans plans, Assessments assessments, AssessmentTexts texts, IndicatorValues values,
            AssignmentStatuses assignments, Economy economy, InternalControl internalControl, AccessPolicy access,
            MessageSource messages, se.rodtrad.organisation.Organisation organisation) {
        this.organisation = organisation;
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

    public static final int PUBLIC_PAGE_SIZE = 100;
    public static final int PUBLIC_PAGE_MAX = 1000;

    /** One page of the reports the reader may see: page from 0, reports per page, and how many in all. */
    public record ReportPage(List<FollowReport> reports, int page, int size, long total) implements Paged {
    }

    /**
     * A page of the reports the reader may see (internal readers: all, drafts too; the public: submitted ones), newest year
     * first, for the list page and the API: every body reports three times a year, and an installation may hold many organisations' years.
     */
    public ReportPage page(UUID bodyId, Integer year, int page, int size) {
        checkPage(page, size);
        boolean submittedOnly = !access.allows(Permission.READ_INTERNAL, null);
        return new ReportPage(repository.findPage(bodyId, year, submittedOnly, page * size, size), page, size,
                repository.count(bodyId, year, submittedOnly));
    }

    /** The bodies that have reports the reader may see: the list page's choice of body. */
    public List<UUID> bodiesWithReports() {
        return repository.bodies(!access.allows(Permission.READ_INTERNAL, null));
    }

    /** The years that have reports the reader may see, newest first: the list page's choice of year. */
    public List<Integer> yearsWithReports() {
        return repository.years(!access.allows(Permission.READ_INTERNAL, null));
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || page > 100_000) {
            throw ValidationException.of("page", "validation.page");
        }
        if (size < 1 || size > PUBLIC_PAGE_MAX) {
            throw ValidationException.of("size", "followup.report.validation.pageSize", PUBLIC_PAGE_MAX);
        }
    }

    /** One page of the submitted reports: page from 0, reports per page, and how many in all. */
    public record SubmittedPage(List<FollowReport> reports, int page, int size, long total) implements Paged {
    }

    /**
     * A page of the submitted reports, for the portal and open data: every body reports three times a year, and an
     * installation may hold many organisations' years, so the list is never read whole.
     */
    public SubmittedPage submitted(UUID bodyId, Integer year, int page, int size) {
        checkPage(page, size);
        return new SubmittedPage(repository.findSubmittedPage(bodyId, year, page * size, size), page, size,
                repository.count(bodyId, year, true));
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

    /** What the current reader may do with the report now (its page's links): the aggregate's answer. */
    public ReportActions actions(FollowReport report) {
        return ReportActions.of(report.status(), access.permissionsFor(report.bodyId()));
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

    /**
     * What stands in the way of submitting a draft now, for the page that asks before it submits: how many of its
     * goals still carry a text copied from the previous report that nobody reviewed, and whether its summary does.
     */
    public record SubmitCheck(int unreviewedGoals, boolean unreviewedSummary) {
    }

    /** The draft's {@link SubmitCheck}, for whoever may submit it ({@link #draft}). */
    public SubmitCheck submitCheck(UUID id) {
        draft(id);
        Report r = load(id);
        return new SubmitCheck(r.unreviewedCopies(goalNames(assemble(r.view()))).size(), r.summaryCopiedFrom() != null);
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
     * report of the same plan year (DR2 from DR1, the verksamhetsberättelse from DR2 — or DR1 when there is no DR2),
     * marked as copied until someone edits or confirms them.
     */
    @Transactional
    public FollowReport create(UUID planId, String occasionText) {
        return create(planId, occasionText, null);
    }

    /** Starts a draft as {@link #create(UUID, String)}, with the day its texts are due ({@code dueText}, yyyy-mm-dd; blank: none). */
    @Transactional
    public FollowReport create(UUID planId, String occasionText, String dueText) {
        if (planId == null) {
            // no plan, no body to check against: only the unscoped administrator gets as far as being told what is missing
            access.require(Permission.REPORT, null);
            throw ValidationException.of("plan", "followup.report.validation.plan");
        }
        PlanSummary plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        CurrentUser user = access.require(Permission.REPORT, plan.bodyId());
        ReportOccasion occasion = Occasions.parse(occasionText);
        java.time.LocalDate due = parseDue(dueText);
        if (repository.find(planId, occasion).isPresent()) {
            throw new DomainException("followup.report.exists", plan.bodyCode(), String.valueOf(plan.year()), occasionName(occasion));
        }
        Report report = start(plan, occasion, false);
        if (due != null) {
            report.dueOn(due);
        }
        repository.save(report, user.username());
        return repository.find(report.id().value()).orElseThrow();
    }

    private Report start(PlanSummary plan, ReportOccasion occasion, boolean exempeldata) {
        Report previous = previous(plan.id(), occasion).flatMap(p -> repository.load(new ReportId(p.id()))).orElse(null);
        return Report.start(new ReportId(UUID.randomUUID()), plan.id(), plan.bodyId(), plan.bodyName(), plan.year(), occasion, previous, null,
                exempeldata);
    }

    private static java.time.LocalDate parseDue(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of("due", "followup.report.validation.dueFormat", text.strip());
        }
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

    private Report load(UUID id) {
        return repository.load(new ReportId(id)).orElseThrow(() -> new NotFoundException("rapport", id));
    }

    /**
     * Saves the summary and the goals' judgements and analyses, all or nothing, against the version of the report the
     * person saw (the whole form at once, as the editor's plain-form fallback and the API send it).
     */
    @Transactional
    public FollowReport saveTexts(UUID id, Integer version, String summary, List<GoalInput> goals) {
        Report r = load(id);
        CurrentUser user = access.require(Permission.REPORT, r.bodyId());
        List<FieldError> errors = new ArrayList<>();
        ConflictException conflict = null;
        try {
            r.writeSummary(summary, version == null ? -1 : version);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        } catch (ConflictException e) {
            conflict = e;
        }
        for (GoalInput g : goals == null ? List.<GoalInput>of() : goals) {
            try {
                if (g == null || Texts.trimToNull(g.goal()) == null) {
                    throw new ValidationException(List.of(new FieldError("goal", "followup.report.validation.goal", "")));
                }
                r.write(g.goal(), g.status(), g.analysis(), r.section(g.goal()).version());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (conflict != null) {
            throw conflict;
        }
        repository.save(r, user.username());
        return repository.find(id).orElseThrow();
    }

    /**
     * Saves one goal's judgement and analysis against the version of that goal the person saw ({@code version}: -1
     * when nothing was stored for it). Whoever reports for the body may write every goal; the goal's writer — someone
     * who reports for the unit it is assigned to — may write that goal.
     */
    @Transactional
    public ReportSection writeGoal(UUID id, String goal, String status, String analysis, Integer version) {
        CurrentUser user = requireWriter();
        Report r = load(id);
        requireMayWrite(r, goal);
        requireGoalOf(r, goal);
        ReportSection written = r.write(goal, status, analysis, version);
        repository.save(r, user.username());
        return section(id, written.goal());
    }

    /**
     * One goal of a report as the API gives it: its number in the report (1 = the first, in plan order, as the editor
     * lists them), the goal, the status the assessment gives it ({@code assessed}: a person's judgement, else the
     * rule's), the report's own judgement ({@code status}: null = the assessment stands) and analysis, whether the text
     * is an unreviewed copy from the previous report, and the goal's own version (-1: nothing stored yet) — the one a
     * save must carry.
     */
    public record GoalEntry(int number, String goal, AssessmentStatus assessed, AssessmentStatus status, String analysis, boolean copied,
            int version, Instant updatedAt) {
    }

    /** The report's goal number {@code number}, for whoever may read the report. */
    public GoalEntry goal(UUID id, int number) {
        ReportContent content = content(id);
        return goalEntry(load(id), content, number);
    }

    /**
     * Writes the report's goal number {@code number} — its judgement and analysis — against the version of that goal the
     * person saw, as {@link #writeGoal(UUID, String, String, String, Integer)} does; a stale version is refused with the
     * goal's current text.
     */
    @Transactional
    public GoalEntry writeGoal(UUID id, int number, String status, String analysis, Integer version) {
        requireWriter();
        Report r = load(id);
        if (r.submitted()) {
            throw submitted(r.view());
        }
        String goal = goalEntry(r, assemble(r.view()), number).goal();
        writeGoal(id, goal, status, analysis, version);
        return goal(id, number);
    }

    private static GoalEntry goalEntry(Report r, ReportContent content, int number) {
        if (number < 1 || number > content.goals().size()) {
            throw new NotFoundException("mål nummer", number);
        }
        ReportContent.GoalSection g = content.goals().get(number - 1);
        ReportSection s = r.section(g.goal());
        AssessmentStatus assessed = g.judgedStatus() != null ? g.judgedStatus() : g.ruleStatus();
        return new GoalEntry(number, g.goal(), assessed, s.status(), s.analysis(), s.copied(), s.version(), s.updatedAt());
    }

    /** Someone read the goal's copied text and lets it stand: the copy mark goes. */
    @Transactional
    public ReportSection confirmCopied(UUID id, String goal) {
        CurrentUser user = requireWriter();
        Report r = load(id);
        requireMayWrite(r, goal);
        r.confirmCopied(goal);
        repository.save(r, user.username());
        return section(id, goal);
    }

    /** Someone read the copied summary and lets it stand. */
    @Transactional
    public FollowReport confirmCopiedSummary(UUID id) {
        Report r = load(id);
        CurrentUser user = access.require(Permission.REPORT, r.bodyId());
        r.confirmCopiedSummary();
        repository.save(r, user.username());
        return repository.find(id).orElseThrow();
    }

    /** Assigns a goal of the report to a unit (and the person there who writes it); only those who report for the body assign. */
    @Transactional
    public ReportSection assignWriter(UUID id, String goal, UUID unitId, String person) {
        Report r = load(id);
        CurrentUser user = access.require(Permission.REPORT, r.bodyId());
        if (unitId != null && !organisation.unitsById().containsKey(unitId)) {
            throw ValidationException.of("writerUnit", "followup.report.validation.writerUnit");
        }
        requireGoalOf(r, goal);
        r.assignWriter(goal, unitId, person);
        repository.save(r, user.username());
        return section(id, goal);
    }

    /** Sets the day the report's texts are due. */
    @Transactional
    public FollowReport setDue(UUID id, String dueText) {
        Report r = load(id);
        CurrentUser user = access.require(Permission.REPORT, r.bodyId());
        r.dueOn(parseDue(dueText));
        repository.save(r, user.username());
        return repository.find(id).orElseThrow();
    }

    private CurrentUser requireWriter() {
        CurrentUser user = access.currentUser();
        if (!access.allowsAny(Permission.REPORT)) {
            throw new org.springframework.security.access.AccessDeniedException("Behörighet saknas: " + Permission.REPORT);
        }
        return user;
    }

    private void requireMayWrite(Report r, String goal) {
        if (!r.mayWrite(goal, access.permissionsFor(r.bodyId()), unit -> access.allows(Permission.REPORT, unit))) {
            if (r.submitted()) {
                throw new DomainException("followup.report.submitted", r.view().submittedAt().toString().substring(0, 10));
            }
            throw new org.springframework.security.access.AccessDeniedException("Behörighet saknas: " + Permission.REPORT);
        }
    }

    /** The goal must be one the report lists (the plan's followed goals); a stale or made-up name is refused by name. */
    private void requireGoalOf(Report r, String goal) {
        if (goal == null || goal.isBlank()) {
            throw ValidationException.of("goal", "followup.report.validation.goal", "");
        }
        PlanSummary plan = plans.plan(r.planId());
        boolean known = assessments.assessGoals(plan.id(), Period.year(assessmentYear(plan))).stream().anyMatch(g -> g.goal().equals(goal));
        if (!known) {
            throw ValidationException.of("goal", "followup.report.validation.unknownGoal", goal.length() > 80 ? goal.substring(0, 80) + "…" : goal);
        }
    }

    private ReportSection section(UUID id, String goal) {
        return repository.sections(id).stream().filter(s -> s.goal().equals(goal)).findFirst().orElse(ReportSection.blank(goal));
    }

    /** The editor of a draft: the report, what it shows now, and each goal's section with the figures beside it. */
    public record Editor(FollowReport report, ReportContent content, ReportActions actions, Report.Progress progress, boolean summaryCopied,
            ReportOccasion copiedFrom, java.time.LocalDate due, boolean overdue, List<EditorGoal> goals, List<WriterProgress> writers,
            List<Unit> writerUnits) {
    }

    /**
     * A goal in the editor: its place, what the report shows of it (the assessment, the indicators with values and
     * targets), its section as written, its writer's unit by name, and whether the reader may write it.
     */
    public record EditorGoal(int index, ReportContent.GoalSection content, ReportSection section, String writerUnitName, boolean mayWrite,
            boolean done, boolean copied) {
    }

    /** How far one writer (a unit, and the person there) has come with the goals assigned to them. */
    public record WriterProgress(String unitName, String person, Report.Progress progress) {
    }

    /**
     * The editor of a draft for whoever may write in it: those who report for its body (every goal) and the writers
     * of its goals (their goals). A submitted report is refused with its day; anyone else is refused.
     */
    public Editor editor(UUID id) {
        requireWriter();
        Report r = load(id);
        FollowReport view = r.view();
        java.util.Set<Permission> body = access.permissionsFor(r.bodyId());
        java.util.function.Predicate<UUID> reportsFor = unit -> access.allows(Permission.REPORT, unit);
        if (r.submitted()) {
            throw submitted(view);
        }
        ReportContent content = assemble(view);
        List<String> goalNames = content.goals().stream().map(ReportContent.GoalSection::goal).toList();
        if (goalNames.stream().noneMatch(g -> r.mayWrite(g, body, reportsFor)) && !body.contains(Permission.REPORT)) {
            throw new org.springframework.security.access.AccessDeniedException("Behörighet saknas: " + Permission.REPORT);
        }
        Map<UUID, Unit> units = organisation.unitsById();
        List<EditorGoal> goals = new ArrayList<>();
        Map<String, List<String>> byWriter = new LinkedHashMap<>();
        Map<String, ReportSection> writerOf = new LinkedHashMap<>();
        int i = 0;
        for (ReportContent.GoalSection g : content.goals()) {
            ReportSection s = r.section(g.goal());
            Unit u = s.writerUnitId() == null ? null : units.get(s.writerUnitId());
            goals.add(new EditorGoal(i++, g, s, u == null ? null : u.name(), r.mayWrite(g.goal(), body, reportsFor), s.done(), s.copied()));
            if (u != null) {
                String key = u.id() + "|" + (s.writerName() == null ? "" : s.writerName());
                byWriter.computeIfAbsent(key, k -> new ArrayList<>()).add(g.goal());
                writerOf.putIfAbsent(key, s);
            }
        }
        List<WriterProgress> writers = new ArrayList<>();
        byWriter.forEach((key, list) -> writers.add(new WriterProgress(units.get(writerOf.get(key).writerUnitId()).name(),
                writerOf.get(key).writerName(), r.progress(list))));
        ReportOccasion from = r.previousId() == null ? null : repository.find(r.previousId()).map(FollowReport::occasion).orElse(null);
        Report.Progress progress = r.progress(goalNames);
        java.time.LocalDate due = r.due();
        return new Editor(view, content, r.allowedTransitions(body), progress, r.summaryCopiedFrom() != null, from, due,
                due != null && due.isBefore(java.time.LocalDate.now()) && progress.done() < progress.total(), goals, writers,
                organisation.workingUnits());
    }

    /** The state of a goal's section on a writer's list. */
    public enum SectionState {
        TO_WRITE, COPIED, WRITTEN
    }

    /** A goal a person writes: of which report, its state, and by when. */
    public record MySection(UUID reportId, String bodyName, int year, ReportOccasion occasion, String goal, String writerName,
            SectionState state, java.time.LocalDate due, boolean overdue) {
    }

    /**
     * The goals of reports still being written that are assigned to the current person's units (an area manager's
     * own area and what lies under it): overdue first, then by due day. Empty for those who write for no unit.
     */
    public List<MySection> mySections() {
        CurrentUser user = access.currentUser();
        if (user.isAnonymous() || !user.role().isScoped() || !access.allowsAny(Permission.REPORT)) {
            return List.of();
        }
        java.util.Set<UUID> units = new java.util.HashSet<>();
        user.scopeUnitIds().forEach(u -> units.addAll(organisation.subtreeIds(u)));
        java.time.LocalDate today = java.time.LocalDate.now();
        List<MySection> result = new ArrayList<>();
        Map<UUID, Report> reportsById = new java.util.HashMap<>();
        for (ReportRepository.Assigned a : repository.assigned(units)) {
            Report r = reportsById.computeIfAbsent(a.reportId(), this::load);
            ReportSection s = r.section(a.goal());
            SectionState state = s.done() ? SectionState.WRITTEN : s.copied() ? SectionState.COPIED : SectionState.TO_WRITE;
            boolean overdue = state != SectionState.WRITTEN && r.due() != null && r.due().isBefore(today);
            result.add(new MySection(a.reportId(), r.bodyName(), r.year(), r.occasion(), a.goal(), s.writerName(), state, r.due(), overdue));
        }
        result.sort(java.util.Comparator.comparing((MySection m) -> !m.overdue())
                .thenComparing(MySection::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(MySection::goal, Texts.swedishOrder()));
        return result;
    }

    /** Submits the report: its content as it is now becomes the dated snapshot, and the report never changes again. */
    @Transactional
    public FollowReport submit(UUID id, Integer version) {
        Report r = load(id);
        CurrentUser user = access.require(Permission.REPORT, r.bodyId());
        ReportContent content = r.submitted() ? null : assemble(r.view());
        r.submit(version, content == null ? List.of() : goalNames(content), user.username(), Instant.now());
        repository.save(r, user.username());
        repository.snapshot(id, user.username(), json.writeValueAsString(content));
        return repository.find(id).orElseThrow();
    }

    /** For the demo: the report's goal number {@code goal} (1 = its first, in plan order) is written by the unit and person. */
    record DemoWriter(int goal, UUID unitId, String person) {
    }

    /** For the demo: a report written from a file, its texts flagged exempeldata, its goals assigned to writers. */
    @Transactional
    FollowReport loadExempeldata(PlanSummary plan, ReportOccasion occasion, String summary, List<FollowReport.GoalText> goals, boolean submit,
            java.time.LocalDate due, List<DemoWriter> writers) {
        Report r = start(plan, occasion, true);
        repository.save(r, "system");
        r = load(r.id().value());
        if (summary != null) {
            r.writeSummary(summary, r.version());
        }
        for (FollowReport.GoalText g : goals) {
            r.write(g.goal(), g.status() == null ? null : g.status().name(), g.analysis(), r.section(g.goal()).version());
        }
        if (!writers.isEmpty()) {
            List<ReportContent.GoalSection> sections = assemble(r.view()).goals();
            for (DemoWriter w : writers) {
                if (w.goal() < 1 || w.goal() > sections.size()) {
                    throw new IllegalStateException("rapporter.yaml: rapporten har inget mål nummer " + w.goal());
                }
                r.assignWriter(sections.get(w.goal() - 1).goal(), w.unitId(), w.person());
            }
        }
        if (due != null) {
            r.dueOn(due);
        }
        r.markExempeldata();
        repository.save(r, "system");
        r = load(r.id().value());
        if (submit) {
            ReportContent content = assemble(r.view());
            r.submit(r.version(), goalNames(content), "system", Instant.now());
            repository.save(r, "system");
            repository.snapshot(r.id().value(), "system", json.writeValueAsString(content));
        }
        return repository.find(r.id().value()).orElseThrow();
    }

    boolean isEmpty() {
        return repository.isEmpty();
    }

    private static List<String> goalNames(ReportContent content) {
        return content.goals().stream().map(ReportContent.GoalSection::goal).toList();
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
