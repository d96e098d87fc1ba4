package se.rodtrad.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Role;
import se.rodtrad.organisation.Unit;

/**
 * Assignments as work across plans and bodies (issue #18 item 2): each with its owner, its dates, its latest reported
 * status and whether it is late ({@link AssignmentState#of}), late ones first, then by deadline. What the
 * "Uppdrag" list, the politician's "ligger efter" and the start pages show. The reader sees what {@link PlanModel}
 * lets them see (the public: decided plans only).
 */
@Service
@Transactional(readOnly = true)
public class AssignmentOverview {

    static final int LIMIT = 2000;

    private final PlanModel model;
    private final PlanCycle cycle;
    private final Organisation organisation;
    private final ObjectProvider<AssignmentProgress> progress;
    private final AccessPolicy access;

    AssignmentOverview(PlanModel model, PlanCycle cycle, Organisation organisation, ObjectProvider<AssignmentProgress> progress,
            AccessPolicy access) {
        this.access = access;
        this.model = model;
        this.cycle = cycle;
        this.organisation = organisation;
        this.progress = progress;
    }

    /** The day lateness is judged on. */
    public LocalDate today() {
        return cycle.today();
    }

    /**
     * The assignments the query selects, in the given states (null or empty: all), whose deadline is on or before
     * {@code dueBy} (null: any), late first, then by deadline (none last), then plan and number.
     */
    public List<AssignmentLine> list(AssignmentQuery query, java.util.Set<AssignmentState> states, LocalDate dueBy) {
        LocalDate today = today();
        List<SearchHit> hits = model.assignments(query, LIMIT);
        Map<UUID, AssignmentProgress.Reported> latest = new HashMap<>();
        List<UUID> ids = hits.stream().map(h -> h.entry().id()).toList();
        progress.orderedStream().forEach(p -> latest.putAll(p.latest(ids)));
        Map<UUID, Unit> units = organisation.unitsById();
        List<AssignmentLine> lines = new ArrayList<>();
        for (SearchHit h : hits) {
            AssignmentWork w = h.entry().work();
            AssignmentProgress.Reported r = latest.get(h.entry().id());
            AssignmentState state = AssignmentState.of(w, r, today);
            if (states != null && !states.isEmpty() && !states.contains(state)) {
                continue;
            }
            if (dueBy != null && (w.deadline() == null || w.deadline().isAfter(dueBy))) {
                continue;
            }
            Unit owner = w.ownerUnitId() == null ? null : units.get(w.ownerUnitId());
            lines.add(new AssignmentLine(h.plan(), h.entry(), owner == null ? null : owner.name(), r, state));
        }
        lines.sort(Comparator.comparing((AssignmentLine l) -> !l.late())
                .thenComparing(l -> l.work().deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(l -> l.plan().key())
                .thenComparingInt(l -> l.entry().item().position()));
        return lines;
    }

    /**
     * The assignments a person's start page shows: an area manager (områdeschef) carries out the work, so sees the open
     * and late assignments their units are responsible for; everyone else — politicians, controllers, secretaries —
     * follows the bodies they work for, so sees the assignments of those bodies that are late (an administrator: of
     * every body). Late first, then by deadline.
     */
    public MyAssignments mine() {
        CurrentUser user = access.currentUser();
        if (user.isAnonymous()) {
            return new MyAssignments(MyAssignments.Focus.BEHIND, List.of());
        }
        if (user.role() == Role.AREA_MANAGER) {
            List<UUID> owners = user.scopeUnitIds().stream().flatMap(u -> unitAndBelow(u).stream()).distinct().toList();
            return new MyAssignments(MyAssignments.Focus.OWNED, owners.isEmpty() ? List.of()
                    : list(new AssignmentQuery(null, null, null, owners), java.util.EnumSet.of(AssignmentState.LATE, AssignmentState.OPEN), null));
        }
        List<AssignmentLine> late = list(AssignmentQuery.ALL, java.util.EnumSet.of(AssignmentState.LATE), null);
        return new MyAssignments(MyAssignments.Focus.BEHIND, user.role().isScoped()
                ? late.stream().filter(l -> user.scopeUnitIds().contains(l.plan().bodyId())).toList() : late);
    }

    /** One assignment's line, as its item page shows it: owner, latest status and whether it is late; null for an item that is not an assignment. */
    public AssignmentLine line(PlanEntry e) {
        if (e.type() != ItemType.ASSIGNMENT) {
            // a goal or an indicator is not work: no owner, deadline or reported status to read (every item page asks)
            return null;
        }
        UUID itemId = e.id();
        Map<UUID, AssignmentProgress.Reported> latest = new HashMap<>();
        progress.orderedStream().forEach(p -> latest.putAll(p.latest(List.of(itemId))));
        AssignmentProgress.Reported r = latest.get(itemId);
        Unit owner = e.work().ownerUnitId() == null ? null : organisation.unitsById().get(e.work().ownerUnitId());
        return new AssignmentLine(null, e, owner == null ? null : owner.name(), r, AssignmentState.of(e.work(), r, today()));
    }

    /**
     * An item's work section as its page shows it, for {@code plan}, the plan holding it: nothing for a goal or an
     * indicator, which are not work — so their pages read no owner, status or list of units.
     */
    public java.util.Optional<WorkSection> workSection(PlanEntry e, PlanSummary plan) {
        AssignmentLine line = line(e);
        if (line == null) {
            return java.util.Optional.empty();
        }
        boolean may = PlanActions.of(plan.status(), access.permissionsFor(plan.bodyId())).mayAssignWork();
        return java.util.Optional.of(new WorkSection(line, may, may ? organisation.workingUnits() : List.of()));
    }

    /** The units an owner filter on {@code unitId} covers: the unit and every unit below it. */
    public List<UUID> unitAndBelow(UUID unitId) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        organisation.unitsById().values().forEach(u -> {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        });
        List<UUID> result = new ArrayList<>();
        java.util.Deque<UUID> todo = new java.util.ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            UUID id = todo.pop();
            result.add(id);
            todo.addAll(children.getOrDefault(id, List.of()));
        }
        return result;
    }
}
