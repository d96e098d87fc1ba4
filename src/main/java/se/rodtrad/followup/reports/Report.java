package se.rodtrad.followup.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * A follow-up report of a body's plan year at one occasion — delårsrapport 1 (per april), delårsrapport 2 (per
 * augusti) or the verksamhetsberättelse — the aggregate root of the reports room, holding its summary and its goals'
 * sections.
 *
 * <p>Its life: a report is started as a draft ({@link #start}), from the latest earlier report of the plan year when
 * there is one: its summary and each goal's judgement and analysis come along marked as copied, and stay marked
 * until someone edits or confirms them ({@link #confirmCopied}) — a text about "årets första fyra månader" must not
 * reach delårsrapport 2 unread. The summary and each goal are written ({@link #writeSummary}, {@link #write}); a goal
 * has a writer ({@link #assignWriter}). Submitting ({@link #submit}) freezes the report: its content becomes a dated
 * snapshot and nothing in it changes again (the database refuses it too). The summary and the submission are checked
 * against the report's version, each goal against its own, so two people writing different goals never conflict.
 * Who may do what now is {@link #allowedTransitions} ({@link ReportActions}): the page asks it for its buttons, the
 * verbs refuse by the same rule.
 */
public final class Report {

    static final int MAX_TEXT = 20000;
    static final int MAX_NAME = 200;

    /** How far the goals' texts have come: written (and not an unconfirmed copy), copies still to look at, all goals. */
    public record Progress(int done, int copied, int total) {

        /** Whole per cent written, rounded down (so "100 % klart" means every goal is written). */
        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    private final ReportId id;
    private final UUID planId;
    private final UUID bodyId;
    private final String bodyName;
    private final int year;
    private final ReportOccasion occasion;
    private final UUID previousId;
    private final int version;
    private final Instant updatedAt;
    private final String updatedBy;
    private final boolean isNew;
    private FollowReport.Status status;
    private String summary;
    private UUID summaryCopiedFrom;
    private boolean exempeldata;
    private LocalDate due;
    private Instant submittedAt;
    private String submittedBy;
    private final Map<String, ReportSection> sections = new LinkedHashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private boolean headerChanged;

    Report(ReportId id, UUID planId, UUID bodyId, String bodyName, int year, ReportOccasion occasion, FollowReport.Status status,
            String summary, UUID summaryCopiedFrom, UUID previousId, boolean exempeldata, LocalDate due, Instant submittedAt,
            String submittedBy, int version, Instant updatedAt, String updatedBy, List<ReportSection> sections, boolean isNew) {
        this.id = Objects.requireNonNull(id);
        this.planId = planId;
        this.bodyId = bodyId;
        this.bodyName = bodyName;
        this.year = year;
        this.occasion = occasion;
        this.status = status;
        this.summary = summary;
        this.summaryCopiedFrom = summaryCopiedFrom;
        this.previousId = previousId;
        this.exempeldata = exempeldata;
        this.due = due;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.version = version;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.isNew = isNew;
        sections.forEach(s -> this.sections.put(s.goal(), s));
    }

    /**
     * A new draft for the plan at the occasion. With {@code previous} (the latest earlier report of the same plan
     * year) its summary, every goal's judgement and analysis and the goals' writers come along, the texts marked as
     * copied from it.
     */
    static Report start(ReportId id, UUID planId, UUID bodyId, String bodyName, int year, ReportOccasion occasion, Report previous,
            LocalDate due, boolean exempeldata) {
        List<ReportSection> copied = new ArrayList<>();
        String summary = null;
        UUID summaryFrom = null;
        if (previous != null) {
            summary = previous.summary;
            summaryFrom = summary == null ? null : previous.id.value();
            for (ReportSection s : previous.sections.values()) {
                boolean hasText = s.analysis() != null || s.status() != null;
                copied.add(new ReportSection(s.goal(), s.status(), s.analysis(), hasText ? previous.id.value() : null, s.writerUnitId(),
                        s.writerName(), -1, null, null));
            }
        }
        Report report = new Report(id, planId, bodyId, bodyName, year, occasion, FollowReport.Status.DRAFT, summary, summaryFrom,
                previous == null ? null : previous.id.value(), exempeldata || previous != null && previous.exempeldata, due, null, null, 0,
                null, null, copied, true);
        report.headerChanged = true;
        report.changed.addAll(report.sections.keySet());
        return report;
    }

    // --- who may do what -----------------------------------------------------------------------------------------------

    /** What someone with these permissions on the report's body may do with it now. */
    public ReportActions allowedTransitions(Set<Permission> permissions) {
        return ReportActions.of(status, permissions);
    }

    /**
     * Whether someone may write the goal: whoever reports for the body, or the goal's writer — someone who reports for
     * the unit the goal is assigned to ({@code reportsFor}). Nobody once the report is submitted.
     */
    public boolean mayWrite(String goal, Set<Permission> bodyPermissions, Predicate<UUID> reportsFor) {
        if (submitted()) {
            return false;
        }
        if (bodyPermissions.contains(Permission.REPORT)) {
            return true;
        }
        ReportSection s = sections.get(goal);
        return s != null && s.writerUnitId() != null && reportsFor.test(s.writerUnitId());
    }

    // --- the verbs ----------------------------------------------------------------------------------------------------

    /** Writes the summary, against the version of the report the person saw; an edit takes away the copy mark. */
    void writeSummary(String text, Integer seenVersion) {
        requireDraft();
        String s = Texts.trimToNull(text);
        if (s != null && s.length() > MAX_TEXT) {
            throw new ValidationException(List.of(new FieldError("summary", "validation.tooLong", "Sammanfattning", MAX_TEXT)));
        }
        if (seenVersion == null || seenVersion != version) {
            throw new ConflictException(view(), updatedBy, updatedAt == null ? Instant.now() : updatedAt);
        }
        if (!Objects.equals(s, summary)) {
            summaryCopiedFrom = null;
            exempeldata = false;
        }
        summary = s;
        headerChanged = true;
    }

    /**
     * Writes a goal's judgement ({@code statusText}: blank = the assessment stands) and analysis, against the version
     * of that goal the person saw (-1 or null when nothing was stored for it). Only this goal is checked: someone
     * writing another goal meanwhile is no conflict. An edit takes away the copy mark; a save that changes nothing
     * changes nothing.
     */
    ReportSection write(String goal, String statusText, String analysisText, Integer seenVersion) {
        requireDraft();
        List<FieldError> errors = new ArrayList<>();
        String g = Texts.trimToNull(goal);
        if (g == null) {
            throw new ValidationException(List.of(new FieldError("goal", "followup.report.validation.goal", "")));
        }
        AssessmentStatus st = null;
        if (statusText != null && !statusText.isBlank()) {
            try {
                st = AssessmentStatus.valueOf(statusText.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "followup.report.validation.status", goal));
            }
        }
        String analysis = Texts.trimToNull(analysisText);
        if (analysis != null && analysis.length() > MAX_TEXT) {
            errors.add(new FieldError("analysis", "followup.report.validation.analysisLength", goal, MAX_TEXT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ReportSection current = sections.getOrDefault(goal, ReportSection.blank(goal));
        int seen = seenVersion == null ? -1 : seenVersion;
        if (seen != current.version()) {
            throw new ConflictException(current, current.updatedBy(), current.updatedAt() == null ? Instant.now() : current.updatedAt());
        }
        if (Objects.equals(st, current.status()) && Objects.equals(analysis, current.analysis())) {
            return current;
        }
        ReportSection next = current.with(st, analysis, null);
        sections.put(goal, next);
        changed.add(goal);
        return next;
    }

    /** Someone read the copied text of the goal and lets it stand: the copy mark goes, the text stays. */
    ReportSection confirmCopied(String goal) {
        requireDraft();
        ReportSection current = sections.get(goal);
        if (current == null || !current.copied()) {
            return current == null ? ReportSection.blank(goal) : current;
        }
        ReportSection next = current.with(current.status(), current.analysis(), null);
        sections.put(goal, next);
        changed.add(goal);
        return next;
    }

    /** Someone read the copied summary and lets it stand. */
    void confirmCopiedSummary() {
        requireDraft();
        if (summaryCopiedFrom != null) {
            summaryCopiedFrom = null;
            headerChanged = true;
        }
    }

    /** Assigns the goal's section to a unit and, optionally, the person there who writes it; null unit takes it off. */
    ReportSection assignWriter(String goal, UUID unitId, String person) {
        requireDraft();
        String name = Texts.trimToNull(person);
        if (name != null && name.length() > MAX_NAME) {
            throw new ValidationException(List.of(new FieldError("writerName", "validation.tooLong", "Skribent", MAX_NAME)));
        }
        if (unitId == null && name != null) {
            throw new ValidationException(List.of(new FieldError("writerUnit", "followup.report.validation.writerUnit")));
        }
        ReportSection current = sections.getOrDefault(goal, ReportSection.blank(goal));
        if (Objects.equals(unitId, current.writerUnitId()) && Objects.equals(name, current.writerName())) {
            return current;
        }
        ReportSection next = current.writtenBy(unitId, name);
        sections.put(goal, next);
        changed.add(goal);
        return next;
    }

    /** For the demo: what was written from a file is made-up and says so wherever it is shown. */
    void markExempeldata() {
        exempeldata = true;
        headerChanged = true;
    }

    /** Sets the day the report's texts are due (null: no day set). */
    void dueOn(LocalDate day) {
        requireDraft();
        if (day != null && (day.getYear() < year || day.getYear() > year + 1)) {
            throw new ValidationException(List.of(new FieldError("due", "followup.report.validation.due", String.valueOf(year))));
        }
        due = day;
        headerChanged = true;
    }

    /**
     * Submits the report, against the version the person saw: from now on it is the dated snapshot the service
     * stores beside it, and it never changes again. Not while a text copied from the previous report is unreviewed —
     * of the report's {@code goals} or its summary: what was true per april must not stand unread in a report per
     * augusti ({@link #unreviewedCopies}).
     */
    void submit(Integer seenVersion, List<String> goals, String by, Instant at) {
        requireDraft();
        if (seenVersion == null || seenVersion != version) {
            throw new ConflictException(view(), updatedBy, updatedAt == null ? Instant.now() : updatedAt);
        }
        int copied = unreviewedCopies(goals).size();
        if (copied > 0) {
            throw new DomainException("followup.report.error.unreviewedCopies", copied);
        }
        if (summaryCopiedFrom != null) {
            throw new DomainException("followup.report.error.unreviewedSummary");
        }
        status = FollowReport.Status.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        headerChanged = true;
    }

    private void requireDraft() {
        if (submitted()) {
            throw new DomainException("followup.report.submitted", submittedAt.toString().substring(0, 10));
        }
    }

    // --- reading ------------------------------------------------------------------------------------------------------

    /** How far the given goals (the report's goals, as the assessment lists them) are written. */
    public Progress progress(List<String> goals) {
        int done = 0;
        int copied = 0;
        for (String g : goals) {
            ReportSection s = sections.get(g);
            if (s != null && s.done()) {
                done++;
            } else if (s != null && s.copied()) {
                copied++;
            }
        }
        return new Progress(done, copied, goals.size());
    }

    /** Of the given goals, those whose text is still a copy from the previous report that nobody has edited or confirmed. */
    public List<String> unreviewedCopies(List<String> goals) {
        return goals.stream().filter(g -> sections.containsKey(g) && sections.get(g).copied()).toList();
    }

    /** The goal's section; a blank one when nothing is written for the goal yet. */
    public ReportSection section(String goal) {
        return sections.getOrDefault(goal, ReportSection.blank(goal));
    }

    public List<ReportSection> sections() {
        return List.copyOf(sections.values());
    }

    /** The report as readers see it. */
    public FollowReport view() {
        List<FollowReport.GoalText> goals = sections.values().stream().filter(s -> s.status() != null || s.analysis() != null)
                .sorted(java.util.Comparator.comparing(ReportSection::goal))
                .map(s -> new FollowReport.GoalText(s.goal(), s.status(), s.analysis())).toList();
        return new FollowReport(id.value(), planId, bodyId, bodyName, year, occasion, status, summary, goals, previousId, exempeldata,
                submittedAt, submittedBy, version, updatedAt, updatedBy);
    }

    public ReportId id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID bodyId() {
        return bodyId;
    }

    public String bodyName() {
        return bodyName;
    }

    public int year() {
        return year;
    }

    public ReportOccasion occasion() {
        return occasion;
    }

    public boolean submitted() {
        return status == FollowReport.Status.SUBMITTED;
    }

    public String summary() {
        return summary;
    }

    /** The report the summary was copied from while nobody has edited or confirmed it; null otherwise. */
    public UUID summaryCopiedFrom() {
        return summaryCopiedFrom;
    }

    public UUID previousId() {
        return previousId;
    }

    public LocalDate due() {
        return due;
    }

    public int version() {
        return version;
    }

    // --- for the store ------------------------------------------------------------------------------------------------

    boolean isNew() {
        return isNew;
    }

    boolean headerChanged() {
        return headerChanged;
    }

    List<ReportSection> changedSections() {
        return changed.stream().map(sections::get).toList();
    }

    FollowReport.Status status() {
        return status;
    }

    boolean exempeldata() {
        return exempeldata;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String submittedBy() {
        return submittedBy;
    }
}
