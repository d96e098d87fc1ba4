package se.rodtrad.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plan items, their lineage and their links, with JdbcClient. */
@Repository
class PlanItemRepository {

    /** A plan_item row with every column. */
    record Row(UUID id, UUID planId, UUID lineageId, String lineageKey, UUID parentId, ItemType type, String kind, String number,
            String text, String tag, String issuer, String assignee, String heading, String note, String section, Target target,
            List<Target> additionalTargets, String unit, String koladaId, int position, UUID proposalId, Integer proposalNumber,
            String proposalTitle, String source, int version, Instant updatedAt, String updatedBy, AssignmentWork work) {

        PlanItem item() {
            return new PlanItem(id, planId, lineageId, parentId, type, kind, number, text, tag, issuer, target, additionalTargets,
                    unit, koladaId, position, version);
        }
    }

    /** What a new item holds; the position is where it goes in document order. */
    record NewItem(UUID planId, UUID lineageId, UUID parentId, ItemType type, String kind, String number, String text, String tag,
            String issuer, String assignee, String heading, String note, String section, Target target, List<Target> additionalTargets,
            String unit, String koladaId, int position, UUID proposalId, String source) {
    }

    private static final String SELECT = """
            select i.*, l.key as lineage_key, p.number as proposal_number, p.title as proposal_title,
                   w.owner_unit_id as work_owner_unit_id, w.owner_person as work_owner_person, w.start_date as work_start,
                   w.deadline as work_deadline, w.exempeldata as work_exempeldata, w.version as work_version,
                   w.updated_by as work_updated_by, w.updated_at as work_updated_at
            from plan_item i join lineage l on l.id = i.lineage_id left join plan_proposal p on p.id = i.proposal_id
            left join plan_assignment_work w on w.item_id = i.id
            """;

    private final JdbcClient jdbc;

    PlanItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> findByPlan(UUID planId) {
        return jdbc.sql(SELECT + " where i.plan_id = ? order by i.position").param(planId).query(PlanItemRepository::map).list();
    }

    Optional<Row> findById(UUID id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(PlanItemRepository::map).optional();
    }

    /** The same item across plans, oldest plan first. */
    List<Row> findByLineage(UUID lineageId) {
        return jdbc.sql(SELECT + " join plan pl on pl.id = i.plan_id where i.lineage_id = ? order by pl.year, pl.revision")
                .param(lineageId).query(PlanItemRepository::map).list();
    }

    List<Row> findChildren(UUID parentId) {
        return jdbc.sql(SELECT + " where i.parent_id = ? order by i.position").param(parentId).query(PlanItemRepository::map).list();
    }

    /** Case-insensitive search in text, number, kind and tag; internal=false limits to decided plans. */
    List<Row> search(String query, ItemType type, UUID bodyId, boolean internal, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " join plan pl on pl.id = i.plan_id where (i.text ilike ? or i.number ilike ? or i.tag ilike ? or l.key ilike ?)");
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Object> params = new ArrayList<>(List.of(like, like, like, like));
        if (type != null) {
            sql.append(" and i.type = ?");
            params.add(type.name());
        }
        if (bodyId != null) {
            sql.append(" and pl.body_id = ?");
            params.add(bodyId);
        }
        if (!internal) {
            sql.append(" and pl.status = 'DECIDED'");
        }
        sql.append(" order by pl.year desc, pl.key, i.position limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(PlanItemRepository::map).list();
    }

    /**
     * Assignments across plans, of the version of each body's plan for a year that is in force (a revision's items are
     * copies of the version it revises), the latest deadline last and those without one after them; internal=false: decided plans.
     */
    List<Row> assignments(AssignmentQuery q, boolean internal, int limit) {
        // the assignments in force: of the newest decided version of a body's plan for a year; of its newest version
        // while none is decided (a draft revision's or an imported draft's assignments are still proposals)
        StringBuilder sql = new StringBuilder(SELECT + " join plan pl on pl.id = i.plan_id where i.type = 'ASSIGNMENT' and case"
                + " when exists (select 1 from plan d where d.body_id = pl.body_id and d.year = pl.year and d.kind = pl.kind and d.status = 'DECIDED')"
                + " then pl.status = 'DECIDED' and not exists (select 1 from plan n where n.body_id = pl.body_id and n.year = pl.year"
                + " and n.kind = pl.kind and n.revision > pl.revision and n.status = 'DECIDED')"
                + " else not exists (select 1 from plan n where n.body_id = pl.body_id and n.year = pl.year and n.kind = pl.kind"
                + " and n.revision > pl.revision) end");
        List<Object> params = new ArrayList<>();
        if (q.bodyId() != null) {
            sql.append(" and pl.body_id = ?");
            params.add(q.bodyId());
        }
        if (q.issuer() != null) {
            sql.append(" and i.issuer = ?");
            params.add(q.issuer());
        }
        if (q.year() != null) {
            sql.append(" and pl.year = ?");
            params.add(q.year());
        }
        if (q.ownerUnitIds() != null) {
            sql.append(" and w.owner_unit_id = any (?)");
            params.add(q.ownerUnitIds().toArray(UUID[]::new));
        }
        if (!internal) {
            sql.append(" and pl.status = 'DECIDED'");
        }
        sql.append(" order by w.deadline nulls last, pl.year desc, pl.key, i.position limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(PlanItemRepository::map).list();
    }

    long countByPlan(UUID planId) {
        return jdbc.sql("select count(*) from plan_item where plan_id = ?").param(planId).query(Long.class).single();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from plan_item").query(Long.class).single() == 0;
    }

    UUID insert(NewItem n, String user) {
        return jdbc.sql("""
                insert into plan_item (plan_id, lineage_id, parent_id, type, kind, number, text, tag, issuer, assignee, heading, note, section,
                                       target, additional_targets, unit, kolada_id, position, proposal_id, source, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?) returning id""")
                .params(n.planId(), n.lineageId(), n.parentId(), n.type().name(), n.kind(), n.number(), n.text(), n.tag(), n.issuer(),
                        n.assignee(), n.heading(), n.note(), n.section(), TargetCodec.write(n.target()), TargetCodec.writeAll(n.additionalTargets()),
                        n.unit(), n.koladaId(), n.position(), n.proposalId(), n.source(), user)
                .query(UUID.class).single();
    }

    /** Saves the editable content when nobody saved in between; false when the version is stale. */
    boolean updateContent(UUID id, int version, String kind, String number, String text, String tag, Target target,
            List<Target> additionalTargets, String unit, String koladaId, UUID proposalId, String user) {
        return jdbc.sql("""
                update plan_item set kind = ?, number = ?, text = ?, tag = ?, target = cast(? as jsonb), additional_targets = cast(? as jsonb),
                       unit = ?, kolada_id = ?, proposal_id = coalesce(?, proposal_id), version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(kind, number, text, tag, TargetCodec.write(target), TargetCodec.writeAll(additionalTargets), unit, koladaId,
                        proposalId, user, id, version)
                .update() == 1;
    }

    void setLineage(UUID id, UUID lineageId, String user) {
        jdbc.sql("update plan_item set lineage_id = ?, version = version + 1, updated_at = now(), updated_by = ? where id = ?")
                .params(lineageId, user, id).update();
    }

    // --- lineage ---------------------------------------------------------------------------------------------------

    Optional<UUID> lineageByKey(String key) {
        return jdbc.sql("select id from lineage where key = ?").param(key).query(UUID.class).optional();
    }

    Optional<String> lineageKey(UUID id) {
        return jdbc.sql("select key from lineage where id = ?").param(id).query(String.class).optional();
    }

    UUID lineage(String key, ItemType type) {
        return lineageByKey(key).orElseGet(() -> jdbc.sql("insert into lineage (key, type) values (?, ?) returning id")
                .params(key, type.name()).query(UUID.class).single());
    }

    boolean lineageKeyExists(String key) {
        return lineageByKey(key).isPresent();
    }

    // --- links -----------------------------------------------------------------------------------------------------

    void link(UUID itemId, UUID lineageId, String relation) {
        jdbc.sql("insert into plan_item_link (item_id, lineage_id, relation) values (?, ?, ?) on conflict do nothing")
                .params(itemId, lineageId, relation).update();
    }

    void linkPlan(UUID planId, UUID lineageId) {
        jdbc.sql("insert into plan_link (plan_id, lineage_id) values (?, ?) on conflict do nothing").params(planId, lineageId).update();
    }

    /** How deep each of the given items sits in its plan's tree (0 for a top item): its number of ancestors. */
    Map<UUID, Integer> depths(Collection<UUID> itemIds) {
        Map<UUID, Integer> result = new HashMap<>();
        if (itemIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                with recursive chain (start, parent_id, depth) as (
                    select id, parent_id, 0 from plan_item where id = any (?)
                    union all
                    select c.start, p.parent_id, c.depth + 1 from chain c join plan_item p on p.id = c.parent_id
                )
                select start, max(depth) as depth from chain group by start""")
                .param(itemIds.toArray(UUID[]::new))
                .query(rs -> {
                    result.put(rs.getObject("start", UUID.class), rs.getInt("depth"));
                });
        return result;
    }

    /** Links of the given items, each resolved to the newest plan item of the linked lineage. */
    Map<UUID, List<ServesLink>> links(Collection<UUID> itemIds) {
        Map<UUID, List<ServesLink>> result = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return result;
        }
        jdbc.sql(LINK_SELECT.formatted("k.item_id", "k.relation", "plan_item_link k", "k.item_id = any (?)") + " order by 4 desc, l.key")
                .param(itemIds.toArray(UUID[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("owner", UUID.class), x -> new ArrayList<>()).add(mapLink(rs));
                });
        return result;
    }

    List<ServesLink> planLinks(UUID planId) {
        return jdbc.sql(LINK_SELECT.formatted("k.plan_id", "'SERVES'", "plan_link k", "k.plan_id = ?") + " order by l.key")
                .param(planId).query((rs, i) -> mapLink(rs)).list();
    }

    /** Items of other plans that name this lineage as what they serve. */
    List<Row> servedBy(UUID lineageId) {
        return jdbc.sql(SELECT + " join plan_item_link k on k.item_id = i.id join plan pl on pl.id = i.plan_id where k.lineage_id = ? order by pl.year, pl.key, i.position")
                .param(lineageId).query(PlanItemRepository::map).list();
    }

    /** Plans that as a whole name this lineage. */
    List<UUID> plansServing(UUID lineageId) {
        return jdbc.sql("select plan_id from plan_link where lineage_id = ?").param(lineageId).query(UUID.class).list();
    }

    private static final String LINK_SELECT = """
            select %s as owner, k.lineage_id, l.key, %s as relation, t.id as target_id, t.plan_id as target_plan, tp.title as target_plan_title,
                   t.kind as target_kind, t.text as target_text
            from %s join lineage l on l.id = k.lineage_id
            left join lateral (select i.* from plan_item i join plan p on p.id = i.plan_id where i.lineage_id = k.lineage_id
                               order by p.year desc, p.revision desc limit 1) t on true
            left join plan tp on tp.id = t.plan_id
            where %s""";

    private static ServesLink mapLink(ResultSet rs) throws SQLException {
        return new ServesLink(rs.getObject("lineage_id", UUID.class), rs.getString("key"), rs.getString("relation") == null ? "SERVES" : rs.getString("relation"),
                rs.getObject("target_id", UUID.class), rs.getObject("target_plan", UUID.class), rs.getString("target_plan_title"),
                rs.getString("target_kind"), rs.getString("target_text"));
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        Integer proposalNumber = rs.getObject("proposal_number", Integer.class);
        return new Row(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getObject("lineage_id", UUID.class),
                rs.getString("lineage_key"), rs.getObject("parent_id", UUID.class), ItemType.valueOf(rs.getString("type")),
                rs.getString("kind"), rs.getString("number"), rs.getString("text"), rs.getString("tag"), rs.getString("issuer"),
                rs.getString("assignee"), rs.getString("heading"), rs.getString("note"), rs.getString("section"),
                TargetCodec.read(rs.getString("target")), TargetCodec.readAll(rs.getString("additional_targets")), rs.getString("unit"),
                rs.getString("kolada_id"), rs.getInt("position"), rs.getObject("proposal_id", UUID.class),
                proposalNumber, rs.getString("proposal_title"), rs.getString("source"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), work(rs));
    }

    /** The assignment's owner and dates, when someone assigned it (the left join's columns are null otherwise). */
    private static AssignmentWork work(ResultSet rs) throws SQLException {
        Integer version = rs.getObject("work_version", Integer.class);
        if (version == null) {
            return AssignmentWork.NONE;
        }
        java.sql.Date start = rs.getDate("work_start");
        java.sql.Date deadline = rs.getDate("work_deadline");
        return new AssignmentWork(rs.getObject("work_owner_unit_id", UUID.class), rs.getString("work_owner_person"),
                start == null ? null : start.toLocalDate(), deadline == null ? null : deadline.toLocalDate(), rs.getBoolean("work_exempeldata"),
                version, rs.getString("work_updated_by"), rs.getTimestamp("work_updated_at").toInstant());
    }

    /**
     * Writes an assignment's owner and dates as read at {@code readVersion} (−1: nobody had assigned it); false when
     * someone saved it in between.
     */
    boolean saveWork(UUID itemId, UUID planId, AssignmentWork w, int readVersion, String user) {
        java.sql.Date start = w.start() == null ? null : java.sql.Date.valueOf(w.start());
        java.sql.Date deadline = w.deadline() == null ? null : java.sql.Date.valueOf(w.deadline());
        if (readVersion < 0) {
            return jdbc.sql("""
                    insert into plan_assignment_work (item_id, plan_id, owner_unit_id, owner_person, start_date, deadline, exempeldata, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (item_id) do nothing""")
                    .params(itemId, planId, w.ownerUnitId(), w.ownerPerson(), start, deadline, w.exempeldata(), user).update() == 1;
        }
        return jdbc.sql("""
                update plan_assignment_work set owner_unit_id = ?, owner_person = ?, start_date = ?, deadline = ?, exempeldata = ?,
                       version = version + 1, updated_at = now(), updated_by = ?
                where item_id = ? and version = ?""")
                .params(w.ownerUnitId(), w.ownerPerson(), start, deadline, w.exempeldata(), user, itemId, readVersion).update() == 1;
    }
}
