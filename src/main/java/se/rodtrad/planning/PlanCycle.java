package se.rodtrad.planning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The yearly cycle of a plan: milestones (seed 004's timetable) and tasks with deadlines for organisation units,
 * and who has not delivered. The plan's owners (EDIT_PLAN for its body) set milestones and tasks; a unit's
 * people (REPORT for that unit) write and submit their task.
 */
@Service
@Transactional
public class PlanCycle {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final Plans plans;
    private final AccessPolicy access;
    private final Organisation organisation;
    private final Clock clock;

    PlanCycle(JdbcClient jdbc, Plans plans, AccessPolicy access, Organisation organisation) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.access = access;
        this.organisation = organisation;
        this.clock = Clock.systemDefaultZone();
    }

    /** Asks no database: without a transaction of its own (the class's) it costs no connection and no round trip. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Cycle cycle(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        Map<UUID, se.rodtrad.organisation.Unit> units = organisation.unitsById();
        List<Cycle.Task> tasks = jdbc.sql(TASK_SELECT + " where t.plan_id = ?").param(planId).query(this::mapTask).list().stream()
                .sorted(java.util.Comparator.comparing(Cycle.Task::due)
                        .thenComparingInt(t -> units.containsKey(t.unitId()) ? units.get(t.unitId()).sortOrder() : 0)
                        .thenComparing(Cycle.Task::unitName, se.rodtrad.shared.domain.Texts.swedishOrder()))
                .toList();
        Map<UUID, List<Cycle.Task>> byMilestone = tasks.stream().filter(t -> t.milestoneId() != null)
                .collect(Collectors.groupingBy(Cycle.Task::milestoneId));
        List<Cycle.Milestone> milestones = new ArrayList<>(jdbc.sql("select * from plan_milestone where plan_id = ? order by due_date, position")
                .param(planId)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Cycle.Milestone(id, rs.getInt("position"), rs.getDate("due_date").toLocalDate(), rs.getString("title"),
                            rs.getString("description"), rs.getString("source"), byMilestone.getOrDefault(id, List.of()));
                }).list());
        List<Cycle.Task> loose = tasks.stream().filter(t -> t.milestoneId() == null).toList();
        if (!loose.isEmpty()) {
            LocalDate last = loose.stream().map(Cycle.Task::due).max(LocalDate::compareTo).orElseThrow();
            milestones.add(new Cycle.Milestone(null, Integer.MAX_VALUE, last, null, null, null, loose));
        }
        return new Cycle(plan, milestones);
    }

    /** Plans that have a cycle, newest first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plansWithCycle() {
        List<UUID> ids = jdbc.sql("select distinct plan_id from plan_milestone union select distinct plan_id from plan_task").query(UUID.class).list();
        return plans.all().stream().filter(p -> ids.contains(p.id())).toList();
    }

    @Transactional(readOnly = true)
    public Cycle.Task task(UUID taskId) {
        Cycle.Task t = jdbc.sql(TASK_SELECT + " where t.id = ?").param(taskId).query(this::mapTask).optional()
                .orElseThrow(() -> new NotFoundException("uppgift", taskId));
        plans.plan(t.planId());
        return t;
    }

    /** Whether the current person may write and submit the task (REPORT for its unit, or EDIT_PLAN for the plan's body). */
    @Transactional(readOnly = true)
    public boolean canWork(Cycle.Task task) {
        PlanSummary plan = plans.plan(task.planId());
        return access.allows(Permission.REPORT, task.unitId()) || access.allows(Permission.EDIT_PLAN, plan.bodyId());
    }

    /** What the current person may do with the task now (its page's forms). */
    @Transactional(readOnly = true)
    public TaskActions actions(Cycle.Task task) {
        boolean delivered = task.isDelivered();
        return new TaskActions(!delivered && canWork(task), delivered && access.allows(Permission.EDIT_PLAN, plans.plan(task.planId()).bodyId()));
    }

    /** A task someone may work on and has not delivered, with its plan, and whether its deadline has passed. */
    public record OpenTask(Cycle.Task task, PlanSummary plan, boolean overdue) {
    }

    /** "Mina uppgifter": the tasks the current person may work on and has not delivered, overdue first, then by deadline. */
    @Transactional(readOnly = true)
    public List<OpenTask> myOpenTasks() {
        LocalDate today = today();
        List<OpenTask> tasks = new ArrayList<>();
        for (PlanSummary plan : plansWithCycle()) {
            for (Cycle.Milestone m : cycle(plan.id()).milestones()) {
                for (Cycle.Task t : m.tasks()) {
                    if (!t.isDelivered() && canWork(t)) {
                        tasks.add(new OpenTask(t, plan, t.isOverdue(today)));
                    }
                }
            }
        }
        tasks.sort(java.util.Comparator.comparing((OpenTask t) -> !t.overdue()).thenComparing(t -> t.task().due()));
        return tasks;
    }

    public UUID addMilestone(UUID planId, LocalDate date, String title, String description) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("date", "validation.cycle.date"));
        }
        String t = Texts.trimToNull(title);
        if (t == null) {
            errors.add(new FieldError("title", "validation.required", "Rubrik"));
        } else if (t.length() > MAX_TEXT) {
            errors.add(new FieldError("title", "validation.tooLong", "Rubrik", MAX_TEXT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from plan_milestone where plan_id = ?").param(planId).query(Integer.class).single();
        return jdbc.sql("insert into plan_milestone (plan_id, position, due_date, title, description, updated_by) values (?, ?, ?, ?, ?, ?) returning id")
                .params(planId, position, Date.valueOf(date), t, Texts.trimToNull(description), user.username()).query(UUID.class).single();
    }

    /** One task per unit, with the same title, instruction, deadline and minimums. */
    public List<UUID> addTasks(UUID planId, UUID milestoneId, List<UUID> unitIds, String title, String instruction, LocalDate due,
            Integer minActivities, Integer minChallenges) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
        List<FieldError> errors = new ArrayList<>();
        if (unitIds == null || unitIds.isEmpty()) {
            errors.add(new FieldError("units", "validation.cycle.units"));
        }
        String t = Texts.trimToNull(title);
        if (t == null) {
            errors.add(new FieldError("title", "validation.required", "Rubrik"));
        }
        if (due == null) {
            errors.add(new FieldError("due", "validation.cycle.due"));
        }
        if (minActivities != null && minActivities < 0 || minChallenges != null && minChallenges < 0) {
            errors.add(new FieldError("minActivities", "validation.cycle.minimum"));
        }
        if (milestoneId != null && jdbc.sql("select count(*) from plan_milestone where id = ? and plan_id = ?").params(milestoneId, planId)
                .query(Long.class).single() == 0) {
            errors.add(new FieldError("milestoneId", "validation.cycle.milestone"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<UUID> ids = new ArrayList<>();
        for (UUID unitId : unitIds) {
            Unit unit = organisation.unit(unitId);
            boolean exists = jdbc.sql("select count(*) from plan_task where plan_id = ? and milestone_id is not distinct from ? and unit_id = ?")
                    .params(planId, milestoneId, unitId).query(Long.class).single() > 0;
            if (exists) {
                throw ValidationException.of("units", "validation.cycle.taskExists", unit.name());
            }
            ids.add(jdbc.sql("""
                    insert into plan_task (plan_id, milestone_id, unit_id, title, instruction, due_date, min_activities, min_challenges, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(planId, milestoneId, unitId, t, Texts.trimToNull(instruction), Date.valueOf(due),
                            minActivities == null ? 0 : minActivities, minChallenges == null ? 0 : minChallenges, user.username())
                    .query(UUID.class).single());
        }
        return ids;
    }

    public UUID addEntry(UUID taskId, Cycle.EntryKind kind, UUID focusItemId, String text) {
        Cycle.Task task = task(taskId);
        CurrentUser user = requireWork(task);
        if (task.isDelivered()) {
            throw new DomainException("cycle.error.submitted", task.unitName());
        }
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "validation.cycle.kind"));
        }
        String t = Texts.trimToNull(text);
        if (t == null) {
            errors.add(new FieldError("text", "validation.required", "Text"));
        } else if (t.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "validation.tooLong", "Text", MAX_TEXT));
        }
        String focusLabel = null;
        if (focusItemId != null) {
            focusLabel = jdbc.sql("select coalesce(number || ' ', '') || text from plan_item where id = ? and plan_id = ?").params(focusItemId, task.planId())
                    .query(String.class).optional().orElse(null);
            if (focusLabel == null) {
                errors.add(new FieldError("focusItemId", "validation.cycle.focus"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return insertEntry(taskId, kind, focusItemId, focusLabel, t, user.username());
    }

    UUID insertEntry(UUID taskId, Cycle.EntryKind kind, UUID focusItemId, String focusLabel, String text, String user) {
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from plan_task_entry where task_id = ?").param(taskId).query(Integer.class).single();
        return jdbc.sql("insert into plan_task_entry (task_id, kind, focus_item_id, focus_label, text, position, created_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(taskId, kind.name(), focusItemId, focusLabel, text, position, user).query(UUID.class).single();
    }

    public void removeEntry(UUID entryId) {
        UUID taskId = jdbc.sql("select task_id from plan_task_entry where id = ?").param(entryId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("rad", entryId));
        Cycle.Task task = task(taskId);
        requireWork(task);
        if (task.isDelivered()) {
            throw new DomainException("cycle.error.submitted", task.unitName());
        }
        jdbc.sql("delete from plan_task_entry where id = ?").param(entryId).update();
    }

    /** Delivers the task; refused while it holds fewer activities or challenges than asked for. */
    public Cycle.Task submit(UUID taskId, int version) {
        Cycle.Task task = task(taskId);
        CurrentUser user = requireWork(task);
        if (task.isDelivered()) {
            throw new DomainException("cycle.error.submitted", task.unitName());
        }
        List<FieldError> errors = new ArrayList<>();
        if (task.activities() < task.minActivities()) {
            errors.add(new FieldError("activities", "validation.cycle.tooFewActivities", task.minActivities(), task.activities()));
        }
        if (task.challenges() < task.minChallenges()) {
            errors.add(new FieldError("challenges", "validation.cycle.tooFewChallenges", task.minChallenges(), task.challenges()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        setSubmitted(task, version, true, user);
        return task(taskId);
    }

    /** The plan's owners open a delivered task again, e.g. to let an area complete it. */
    public Cycle.Task reopen(UUID taskId, int version) {
        Cycle.Task task = task(taskId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, plans.plan(task.planId()).bodyId());
        setSubmitted(task, version, false, user);
        return task(taskId);
    }

    private void setSubmitted(Cycle.Task task, int version, boolean submitted, CurrentUser user) {
        int n = jdbc.sql("""
                update plan_task set submitted_at = case when ? then now() end, submitted_by = case when ? then ? end,
                       version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?""")
                .params(submitted, submitted, user.username(), user.username(), task.id(), version).update();
        if (n != 1) {
            Cycle.Task theirs = task(task.id());
            String by = jdbc.sql("select updated_by from plan_task where id = ?").param(task.id()).query(String.class).single();
            java.time.Instant at = jdbc.sql("select updated_at from plan_task where id = ?").param(task.id()).query(Timestamp.class).single().toInstant();
            throw new ConflictException(theirs, by, at);
        }
    }

    private CurrentUser requireWork(Cycle.Task task) {
        PlanSummary plan = plans.plan(task.planId());
        CurrentUser user = access.currentUser();
        if (access.allows(user, Permission.REPORT, task.unitId()) || access.allows(user, Permission.EDIT_PLAN, plan.bodyId())) {
            return user;
        }
        return access.require(Permission.REPORT, task.unitId());
    }

    /** The unit's name as the organisation module names it. */
    private String unitName(UUID unitId) {
        var unit = organisation.unitsById().get(unitId);
        return unit != null ? unit.name() : organisation.unit(unitId).name();
    }

    private static final String TASK_SELECT = """
            select t.* from plan_task t
            """;

    private Cycle.Task mapTask(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Cycle.Entry> entries = jdbc.sql("select * from plan_task_entry where task_id = ? order by kind, position").param(id)
                .query((r, i) -> new Cycle.Entry(r.getObject("id", UUID.class), Cycle.EntryKind.valueOf(r.getString("kind")),
                        r.getObject("focus_item_id", UUID.class), r.getString("focus_label"), r.getString("text"), r.getString("created_by"),
                        r.getTimestamp("created_at").toInstant()))
                .list();
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Cycle.Task(id, rs.getObject("plan_id", UUID.class), rs.getObject("milestone_id", UUID.class), rs.getObject("unit_id", UUID.class),
                unitName(rs.getObject("unit_id", UUID.class)), rs.getString("title"), rs.getString("instruction"), rs.getDate("due_date").toLocalDate(),
                rs.getInt("min_activities"), rs.getInt("min_challenges"), submitted == null ? null : submitted.toInstant(),
                rs.getString("submitted_by"), rs.getInt("version"), entries);
    }
}
