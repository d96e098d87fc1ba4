package se.rodtrad.planning;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.shared.domain.ConflictException;

/**
 * Loads a {@link Plan} whole — header, items in document order, what its items and the plan serve — and saves it
 * whole: the plan's {@code version} guards the aggregate, so two saves of one plan never interleave (the second is
 * told with {@link Stale} and its use case runs again on the plan as it is now), and each changed item's own version
 * guards what the person read. The events the plan registered are published in the saving transaction, so Spring
 * Modulith's registry keeps them with the change they tell of.
 */
@Repository
class PlanStore {

    /** Someone saved the plan between this use case's read and its save: read again and act again. */
    static final class Stale extends RuntimeException {
        Stale(PlanId id) {
            super("planen " + id + " sparades av någon annan under tiden", null, false, false);
        }
    }

    private final JdbcClient jdbc;
    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final ApplicationEventPublisher events;

    PlanStore(JdbcClient jdbc, PlanRepository plans, PlanItemRepository items, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.items = items;
        this.events = events;
    }

    Optional<Plan> find(PlanId id) {
        return plans.findById(id.value()).map(this::load);
    }

    private Plan load(PlanSummary header) {
        List<PlanItemRepository.Row> rows = items.findByPlan(header.id());
        Map<UUID, List<ServesLink>> links = items.links(rows.stream().map(PlanItemRepository.Row::id).toList());
        List<Plan.Item> list = new ArrayList<>(rows.size());
        for (PlanItemRepository.Row r : rows) {
            List<Plan.Link> own = links.getOrDefault(r.id(), List.of()).stream()
                    .map(l -> new Plan.Link(new LineageId(l.lineageId()), l.relation())).toList();
            list.add(new Plan.Item(new PlanItemId(r.id()), new LineageId(r.lineageId()), PlanItemId.of(r.parentId()), r.type(), r.kind(),
                    r.number(), r.text(), r.tag(), r.issuer(), r.assignee(), r.heading(), r.note(), r.section(), r.target(),
                    r.additionalTargets(), r.unit(), r.koladaId(), r.position(), r.proposalId(), r.source(), own, r.version(), r.updatedAt(),
                    r.updatedBy(), r.work()));
        }
        List<LineageId> planLinks = items.planLinks(header.id()).stream().map(l -> new LineageId(l.lineageId())).toList();
        return new Plan(header, list, planLinks);
    }

    /**
     * Saves what changed in the plan since it was read, then publishes its events. The plan's version is checked
     * first, before anything is written: {@link Stale} means nothing of this save was written, so the use case may
     * read the plan again and act again in the same transaction.
     */
    void save(Plan plan, String user) {
        if (plan.isNew()) {
            insert(plan, user);
        } else if (plan.onlyWorkChanged()) {
            saveWork(plan, user);
        } else {
            update(plan, user);
            saveWork(plan, user);
        }
        plan.events().forEach(events::publishEvent);
    }

    /** The assignments' owners and dates that changed, each against the version it was read at. */
    private void saveWork(Plan plan, String user) {
        Map<PlanItemId, Plan.Item> now = plan.itemsById();
        for (Map.Entry<PlanItemId, Integer> w : plan.changedWork().entrySet()) {
            Plan.Item i = now.get(w.getKey());
            if (i != null && !items.saveWork(i.id().value(), plan.id().value(), i.work(), w.getValue(), user)) {
                AssignmentWork theirs = items.findById(i.id().value()).orElseThrow().work();
                throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
            }
        }
    }

    private void insert(Plan plan, String user) {
        PlanSummary h = plan.summary();
        jdbc.sql("""
                insert into plan (id, key, body_id, year, title, planning_years, status, source, kind, period, note, revision, revises_id,
                                  revision_reason, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(h.id(), h.key(), h.bodyId(), h.year(), h.title(), h.planningYears(), h.status().name(), h.source(), h.kind(), h.period(),
                        h.note(), h.revision(), h.revisesId(), h.revisionReason(), user)
                .update();
        for (Plan.Item i : plan.itemRecords()) {
            insertItem(plan.id(), i, user);
        }
        plan.planLinks().forEach(l -> items.linkPlan(h.id(), l.value()));
    }

    private void update(Plan plan, String user) {
        Decision d = plan.decision();
        int n = jdbc.sql("""
                update plan set status = ?, decision_date = ?, decision_body = ?, decision_paragraph = ?, decision_id = ?, case_number = ?,
                       version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(plan.status().name(), d == null || d.date() == null ? null : Date.valueOf(d.date()), d == null ? null : d.body(),
                        d == null ? null : d.paragraph(), plan.decisionId(), plan.caseNumber(), user, plan.id().value(), plan.version())
                .update();
        if (n != 1) {
            throw new Stale(plan.id());
        }
        // children before their parents: the removal order is document order
        List<PlanItemId> gone = new ArrayList<>(plan.removedItems());
        for (int i = gone.size() - 1; i >= 0; i--) {
            jdbc.sql("delete from plan_item where id = ?").param(gone.get(i).value()).update();
        }
        Map<PlanItemId, Plan.Item> now = plan.itemsById();
        Set<PlanItemId> changed = plan.changedItems();
        // new items in document order, so a parent is there before its children
        for (Plan.Item i : plan.itemRecords()) {
            if (changed.contains(i.id()) && i.updatedAt() == null) {
                insertItem(plan.id(), i, user);
            }
        }
        for (PlanItemId id : changed) {
            Plan.Item i = now.get(id);
            if (i.updatedAt() != null && !items.updateContent(id.value(), i.version(), i.kind(), i.number(), i.text(), i.tag(), i.target(),
                    i.additionalTargets(), i.unit(), i.koladaId(), i.proposalId(), user)) {
                // the plan's version held, so only a change outside the plan's content (a lineage confirmed) came between
                PlanItemRepository.Row theirs = items.findById(id.value()).orElseThrow();
                throw new ConflictException(theirs.item(), theirs.updatedBy(), theirs.updatedAt());
            }
        }
        List<Plan.Item> all = plan.itemRecords();
        jdbc.sql("""
                update plan_item i set position = v.position
                from unnest(?::uuid[], ?::int[]) as v(id, position)
                where i.id = v.id and i.position <> v.position""")
                .params(all.stream().map(i -> i.id().value()).toArray(UUID[]::new), all.stream().map(Plan.Item::position).toArray(Integer[]::new))
                .update();
    }

    private void insertItem(PlanId plan, Plan.Item i, String user) {
        jdbc.sql("""
                insert into plan_item (id, plan_id, lineage_id, parent_id, type, kind, number, text, tag, issuer, assignee, heading, note, section,
                                       target, additional_targets, unit, kolada_id, position, proposal_id, source, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?)""")
                .params(i.id().value(), plan.value(), i.lineage().value(), i.parent() == null ? null : i.parent().value(), i.type().name(),
                        i.kind(), i.number(), i.text(), i.tag(), i.issuer(), i.assignee(), i.heading(), i.note(), i.section(),
                        TargetCodec.write(i.target()), TargetCodec.writeAll(i.additionalTargets()), i.unit(), i.koladaId(), i.position(),
                        i.proposalId(), i.source(), user)
                .update();
        for (Plan.Link l : i.links()) {
            items.link(i.id().value(), l.lineage().value(), l.relation());
        }
        if (i.work().isAssigned()) {
            items.saveWork(i.id().value(), plan.value(), i.work(), -1, user);
        }
    }
}
