package se.rodtrad.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;

/**
 * Reading the steering model: a plan's items in document order, one item, the same item across years, search
 * and the röd tråd of an item. What a reader may see follows {@link Plans}: plans not yet decided are internal.
 */
@Service
@Transactional(readOnly = true)
public class PlanModel {

    static final int SEARCH_LIMIT = 200;

    private final PlanItemRepository items;
    private final Plans plans;
    private final AccessPolicy access;
    private final ChangeCounters counters;

    PlanModel(PlanItemRepository items, Plans plans, AccessPolicy access, ChangeCounters counters) {
        this.counters = counters;
        this.items = items;
        this.plans = plans;
        this.access = access;
    }

    /** The plan's items, flat, in document order. */
    public List<PlanItem> items(UUID planId) {
        plans.plan(planId);
        return items.findByPlan(planId).stream().map(PlanItemRepository.Row::item).toList();
    }

    public PlanItem item(UUID itemId) {
        return visibleRow(itemId).item();
    }

    /** The same item across years, oldest plan first (only the plans the reader may see). */
    public List<PlanItem> lineage(UUID lineageId) {
        return items.findByLineage(lineageId).stream().filter(r -> visible(r.planId())).map(PlanItemRepository.Row::item).toList();
    }

    public String lineageKey(UUID lineageId) {
        return items.lineageKey(lineageId).orElseThrow(() -> new NotFoundException("linje", lineageId));
    }

    /**
     * The plan's items with depth, lineage key, recipient, proposal and links, in document order. Kept per plan while the
     * planning counter stays (everything an entry shows is planning's: items, lineages, proposals, links, owners and dates
     * of assignments), read before the items; who may see the plan is checked on every call. Inside a read-write
     * transaction they are read as they are.
     */
    public List<PlanEntry> entries(UUID planId) {
        plans.plan(planId);
        if (ChangeCounters.inReadWriteTransaction()) {
            // a use case changing the plan reads what it has written but not yet committed: never kept, never served kept
            return entriesOf(items.findByPlan(planId));
        }
        String stamp = counters.stamp("planning");
        KeptEntries k = keptEntries.get(planId);
        if (k == null || !k.stamp().equals(stamp)) {
            k = new KeptEntries(stamp, List.copyOf(entriesOf(items.findByPlan(planId))));
            keptEntries.put(planId, k);
        }
        return k.entries();
    }

    /** The entries of the plans last read, each with the stamp it was read under. */
    private record KeptEntries(String stamp, List<PlanEntry> entries) {
    }

    static final int KEPT_PLANS = 64;

    private final Map<UUID, KeptEntries> keptEntries = se.rodtrad.shared.domain.Lru.map(KEPT_PLANS);

    /** The plan's goals, in document order. */
    public List<PlanEntry> goals(UUID planId) {
        return entries(planId).stream().filter(e -> e.type() == ItemType.GOAL).toList();
    }

    /**
     * The goals a task's activities are tied to: the plan's focus areas (goals of the kind "Fokusområde") when it has
     * them, otherwise all its goals.
     */
    public List<PlanEntry> focusGoals(UUID planId) {
        List<PlanEntry> goals = goals(planId);
        List<PlanEntry> focus = goals.stream().filter(e -> "Fokusområde".equalsIgnoreCase(e.item().kind())).toList();
        return focus.isEmpty() ? goals : focus;
    }

    public PlanEntry entry(UUID itemId) {
        PlanItemRepository.Row row = visibleRow(itemId);
        return entriesOf(items.findByPlan(row.planId())).stream().filter(e -> e.id().equals(itemId)).findFirst().orElseThrow();
    }

    /** What the plan as a whole says it addresses (the action plans' RUS areas). */
    public List<ServesLink> planLinks(UUID planId) {
        plans.plan(planId);
        return items.planLinks(planId);
    }

    /** Items whose text, number, tag or lineage key contains the words, newest plans first. */
    public List<SearchHit> search(String query, ItemType type, UUID bodyId) {
        String q = Texts.trimToNull(query);
        if (q == null) {
            return List.of();
        }
        boolean internal = access.allows(Permission.READ_INTERNAL, null);
        List<PlanItemRepository.Row> rows = items.search(q, type, bodyId, internal, SEARCH_LIMIT);
        return hits(rows);
    }

    /**
     * Assignments across plans as work — each with its plan, its owner and its dates — of the newest version of each
     * body's plan for a year, by deadline; at most {@code limit}. The public sees those of decided plans only.
     */
    public List<SearchHit> assignments(AssignmentQuery query, int limit) {
        boolean internal = access.allows(Permission.READ_INTERNAL, null);
        Map<UUID, PlanSummary> planCache = new HashMap<>();
        List<SearchHit> result = new ArrayList<>();
        for (PlanItemRepository.Row r : items.assignments(query == null ? AssignmentQuery.ALL : query, internal, Math.min(limit, 5000))) {
            PlanSummary p = planCache.computeIfAbsent(r.planId(), plans::plan);
            result.add(new SearchHit(p, entry(r, 0, List.of())));
        }
        return result;
    }

    /**
     * Changes whenever anything a {@link #redThread} may show has changed: a committed change to plans, items, links,
     * lineages or proposals anywhere (planning/V2_2), or to units and comparison groups (their names and codes are in
     * the plans' summaries and the targets' words). Read it before the thread it stamps.
     */
    public String redThreadStamp() {
        return counters.stamp("planning", "followup", "organisation");
    }

    public RedThread redThread(UUID itemId) {
        PlanItemRepository.Row row = visibleRow(itemId);
        PlanSummary plan = plans.plan(row.planId());
        List<PlanEntry> all = entriesOf(items.findByPlan(plan.id()));
        Map<UUID, PlanEntry> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        PlanEntry self = byId.get(itemId);

        // the item's ancestors in its own plan, nearest last
        List<PlanEntry> ancestors = new ArrayList<>();
        for (UUID p = self.item().parentId(); p != null; p = byId.get(p).item().parentId()) {
            ancestors.add(0, byId.get(p));
        }
        // what the item or its nearest linked ancestor serves, followed upward in the plan that holds it
        List<RedThread.Step> above = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<PlanEntry> chainFromItem = new ArrayList<>(ancestors);
        chainFromItem.add(self);
        for (int i = chainFromItem.size() - 1; i >= 0 && above.isEmpty(); i--) {
            for (ServesLink link : chainFromItem.get(i).serves()) {
                if (link.itemId() != null && "SERVES".equals(link.relation()) && seen.add(link.itemId()) && visible(link.planId())) {
                    above.addAll(upward(link.itemId()));
                    break;
                }
            }
        }
        List<RedThread.Step> up = new ArrayList<>(above);
        ancestors.forEach(a -> up.add(new RedThread.Step(plan, a, "PARENT")));

        List<PlanEntry> down = new ArrayList<>();
        for (int i = all.indexOf(self) + 1; i < all.size() && all.get(i).depth() > self.depth(); i++) {
            down.add(all.get(i));
        }
        List<SearchHit> servedBy = hits(items.servedBy(row.lineageId()).stream().filter(r -> visible(r.planId())).toList());
        List<SearchHit> years = hits(items.findByLineage(row.lineageId()).stream().filter(r -> visible(r.planId())).toList());
        return new RedThread(plan, self, up, down, servedBy, items.planLinks(plan.id()), years);
    }

    /** The linked item and its ancestors in its own plan, top first, each as a LINK step. */
    private List<RedThread.Step> upward(UUID itemId) {
        PlanItemRepository.Row row = items.findById(itemId).orElseThrow();
        PlanSummary plan = plans.plan(row.planId());
        List<PlanEntry> all = entriesOf(items.findByPlan(plan.id()));
        Map<UUID, PlanEntry> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        List<RedThread.Step> steps = new ArrayList<>();
        for (PlanEntry e = byId.get(itemId); e != null; e = e.item().parentId() == null ? null : byId.get(e.item().parentId())) {
            steps.add(0, new RedThread.Step(plan, e, "LINK"));
        }
        return steps;
    }

    /**
     * Each row as a hit with its plan and its entry (depth and links): read for these rows only — the red thread
     * of a goal that lives in most plan years read every one of those plans whole for one entry each.
     */
    List<SearchHit> hits(List<PlanItemRepository.Row> rows) {
        Map<UUID, PlanSummary> planCache = new HashMap<>();
        List<UUID> ids = rows.stream().map(PlanItemRepository.Row::id).toList();
        Map<UUID, Integer> depths = items.depths(ids);
        Map<UUID, List<ServesLink>> links = items.links(ids);
        List<SearchHit> result = new ArrayList<>();
        for (PlanItemRepository.Row r : rows) {
            PlanSummary p = planCache.computeIfAbsent(r.planId(), plans::plan);   // callers pass only visible rows
            result.add(new SearchHit(p, entry(r, depths.getOrDefault(r.id(), 0), links.getOrDefault(r.id(), List.of()))));
        }
        return result;
    }

    /** {@link #hits} as it was: every hit's plan read whole (for the test that both give the same). */
    List<SearchHit> hitsFromWholePlans(List<PlanItemRepository.Row> rows) {
        Map<UUID, PlanSummary> planCache = new HashMap<>();
        Map<UUID, Map<UUID, PlanEntry>> entryCache = new HashMap<>();
        List<SearchHit> result = new ArrayList<>();
        for (PlanItemRepository.Row r : rows) {
            PlanSummary p = planCache.computeIfAbsent(r.planId(), plans::plan);   // callers pass only visible rows
            Map<UUID, PlanEntry> entries = entryCache.computeIfAbsent(r.planId(), id -> {
                Map<UUID, PlanEntry> m = new LinkedHashMap<>();
                entriesOf(items.findByPlan(id)).forEach(e -> m.put(e.id(), e));
                return m;
            });
            result.add(new SearchHit(p, entries.get(r.id())));
        }
        return result;
    }

    List<PlanEntry> entriesOf(List<PlanItemRepository.Row> rows) {
        Map<UUID, Integer> depth = new HashMap<>();
        Map<UUID, List<ServesLink>> links = items.links(rows.stream().map(PlanItemRepository.Row::id).toList());
        List<PlanEntry> result = new ArrayList<>(rows.size());
        for (PlanItemRepository.Row r : rows) {
            int d = r.parentId() == null ? 0 : depth.getOrDefault(r.parentId(), 0) + 1;
            depth.put(r.id(), d);
            result.add(entry(r, d, links.getOrDefault(r.id(), List.of())));
        }
        return result;
    }

    private static PlanEntry entry(PlanItemRepository.Row r, int depth, List<ServesLink> links) {
        return new PlanEntry(r.item(), depth, r.lineageKey(), r.assignee(), r.heading(), r.note(), r.section(), r.proposalId(),
                r.proposalNumber(), r.proposalTitle(), r.source(), links, r.work());
    }

    private PlanItemRepository.Row visibleRow(UUID itemId) {
        PlanItemRepository.Row row = items.findById(itemId).orElseThrow(() -> new NotFoundException("planpunkt", itemId));
        plans.plan(row.planId());
        return row;
    }

    private boolean visible(UUID planId) {
        return planId != null && plans.find(planId).isPresent();
    }
}
