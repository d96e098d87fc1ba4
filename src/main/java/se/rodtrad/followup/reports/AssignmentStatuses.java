package se.rodtrad.followup.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The status of each assignment (uppdrag) of a plan at each report occasion of its year, with a comment —
 * what the delårsrapport and the verksamhetsberättelse print under "Uppdrag". Reporting needs the body's
 * follow-up permission ({@link Permission#REPORT}); a stale save throws {@link ConflictException}.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentStatuses {

    static final int MAX_COMMENT = 4000;

    /** An assignment of the plan and its status at the occasion (status null: not reported yet). */
    public record Line(PlanItem item, ReportOccasion occasion, AssignmentStatus status, String comment, boolean exempeldata, Integer version,
            String updatedBy, Instant updatedAt) {

        public boolean reported() {
            return status != null;
        }
    }

    /** The plan's assignments at an occasion summed up: how many have each status, how many are not reported, whether any is example data. */
    public record Summary(Map<AssignmentStatus, Long> counts, long unreported, boolean exempeldata) {

        public static Summary of(List<Line> lines) {
            Map<AssignmentStatus, Long> counts = new java.util.EnumMap<>(AssignmentStatus.class);
            for (AssignmentStatus s : AssignmentStatus.values()) {
                counts.put(s, lines.stream().filter(l -> l.status() == s).count());
            }
            return new Summary(counts, lines.stream().filter(l -> !l.reported()).count(), lines.stream().anyMatch(Line::exempeldata));
        }
    }

    /** One assignment's new status and comment, with the version the person saw (null for a first report). */
    public record Change(UUID itemId, String status, String comment, Integer version) {
    }

    private final AssignmentStatusRepository repository;
    private final Plans plans;
    private final PlanModel model;
    private final AccessPolicy access;

    AssignmentStatuses(AssignmentStatusRepository repository, Plans plans, PlanModel model, AccessPolicy access) {
        this.repository = repository;
        this.plans = plans;
        this.model = model;
        this.access = access;
    }

    /** Every assignment of the plan, in plan order, with its status at the occasion. */
    public List<Line> forPlan(UUID planId, ReportOccasion occasion) {
        access.require(Permission.READ_INTERNAL, null);
        Map<UUID, AssignmentStatusRepository.Row> rows = new HashMap<>();
        repository.findByPlan(planId, occasion).forEach(r -> rows.put(r.itemId(), r));
        List<Line> lines = new ArrayList<>();
        for (PlanItem item : model.items(planId)) {
            if (item.type() == ItemType.ASSIGNMENT) {
                lines.add(line(item, occasion, rows.get(item.id())));
            }
        }
        return lines;
    }

    public Line line(UUID planId, UUID itemId, ReportOccasion occasion) {
        return forPlan(planId, occasion).stream().filter(l -> l.item().id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("uppdrag", itemId));
    }

    /** What the current person may do with the statuses of the plan's assignments. */
    public AssignmentActions actions(UUID planId) {
        return new AssignmentActions(plans.find(planId).map(p -> access.allows(Permission.REPORT, p.bodyId())).orElse(false));
    }

    /**
     * The occasion a person reports the plan's assignments at: whoever does not report for the plan's body is refused
     * first, then the occasion is read from what they sent.
     */
    public ReportOccasion reportable(UUID planId, String occasion) {
        PlanSummary plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        access.require(Permission.REPORT, plan.bodyId());
        return Occasions.parse(occasion);
    }

    /** Sets one assignment's status and comment. */
    @Transactional
    public Line set(UUID planId, ReportOccasion occasion, Change change) {
        return setAll(planId, occasion, List.of(change)).get(0);
    }

    /**
     * Sets the status of several assignments at once, all or nothing: the permission is checked first, then
     * every change is validated (errors name the assignment), then each is saved against the version seen.
     */
    @Transactional
    public List<Line> setAll(UUID planId, ReportOccasion occasion, List<Change> changes) {
        PlanSummary plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        CurrentUser user = access.require(Permission.REPORT, plan.bodyId());
        if (occasion == null) {
            throw ValidationException.of("occasion", "followup.occasion.validation", "");
        }
        Map<UUID, PlanItem> assignments = new HashMap<>();
        model.items(planId).stream().filter(i -> i.type() == ItemType.ASSIGNMENT).forEach(i -> assignments.put(i.id(), i));
        List<FieldError> errors = new ArrayList<>();
        List<AssignmentStatus> statuses = new ArrayList<>();
        if (changes == null || changes.isEmpty()) {
            throw ValidationException.of("changes", "followup.assignment.validation.empty");
        }
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            String where = "changes[" + i + "]";
            PlanItem item = c == null || c.itemId() == null ? null : assignments.get(c.itemId());
            if (item == null) {
                errors.add(new FieldError(where + ".itemId", "followup.assignment.validation.item", c == null || c.itemId() == null ? "" : c.itemId()));
            }
            AssignmentStatus s = parse(c == null ? null : c.status());
            if (s == null) {
                errors.add(new FieldError(where + ".status", "followup.assignment.validation.status", label(item)));
            }
            String comment = c == null ? null : Texts.trimToNull(c.comment());
            if (comment != null && comment.length() > MAX_COMMENT) {
                errors.add(new FieldError(where + ".comment", "validation.tooLong", "Kommentar", MAX_COMMENT));
            }
            statuses.add(s);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Line> saved = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            PlanItem item = assignments.get(c.itemId());
            String comment = Texts.trimToNull(c.comment());
            var existing = repository.find(item.id(), occasion);
            if (existing.isEmpty()) {
                repository.insert(planId, item.id(), plan.bodyId(), occasion, statuses.get(i), comment, false, user.username());
            } else if (c.version() == null || c.version() != existing.get().version()
                    || !repository.update(existing.get().id(), existing.get().version(), statuses.get(i), comment, user.username())) {
                throw conflict(item, occasion);
            }
            saved.add(line(item, occasion, repository.find(item.id(), occasion).orElseThrow()));
        }
        return saved;
    }

    /** For the demo: a status loaded from a file, flagged as exempeldata. */
    void loadExempeldata(PlanSummary plan, PlanItem item, ReportOccasion occasion, AssignmentStatus status, String comment) {
        if (repository.find(item.id(), occasion).isEmpty()) {
            repository.insert(plan.id(), item.id(), plan.bodyId(), occasion, status, comment, true, "system");
        }
    }

    boolean isEmpty() {
        return repository.isEmpty();
    }

    private ConflictException conflict(PlanItem item, ReportOccasion occasion) {
        Line theirs = line(item, occasion, repository.find(item.id(), occasion).orElse(null));
        return new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
    }

    private static Line line(PlanItem item, ReportOccasion occasion, AssignmentStatusRepository.Row row) {
        return row == null ? new Line(item, occasion, null, null, false, null, null, null)
                : new Line(item, occasion, row.status(), row.comment(), row.exempeldata(), row.version(), row.updatedBy(), row.updatedAt());
    }

    private static String label(PlanItem item) {
        if (item == null) {
            return "";
        }
        String l = item.label();
        return !l.isEmpty() ? l : item.text().length() > 60 ? item.text().substring(0, 60) + "…" : item.text();
    }

    static AssignmentStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AssignmentStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
