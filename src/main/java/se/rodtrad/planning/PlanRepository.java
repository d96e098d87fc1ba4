package se.rodtrad.planning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    private static final String SELECT = """
            select p.id, p.key, p.body_id, u.code as body_code, u.name as body_name, p.year, p.title, p.planning_years, p.status,
                   p.decision_date, p.decision_body, p.decision_paragraph, p.revision, p.source, p.kind, p.period, p.note,
                   p.revises_id, p.revision_reason, p.version
            from plan p join org_unit u on u.id = p.body_id
            """;

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanSummary> findAll() {
        return jdbc.sql(SELECT + " order by u.sort_order, p.year desc, p.revision desc").query(PlanRepository::map).list();
    }

    Optional<PlanSummary> findById(UUID id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(PlanRepository::map).optional();
    }

    Optional<PlanSummary> findByKey(String key) {
        return jdbc.sql(SELECT + " where p.key = ?").param(key).query(PlanRepository::map).optional();
    }

    List<PlanSummary> findByBody(UUID bodyId) {
        return jdbc.sql(SELECT + " where p.body_id = ? order by p.year desc, p.revision desc").param(bodyId).query(PlanRepository::map).list();
    }

    /** The revisions that revise this plan. */
    List<PlanSummary> findRevisionsOf(UUID planId) {
        return jdbc.sql(SELECT + " where p.revises_id = ? order by p.revision").param(planId).query(PlanRepository::map).list();
    }

    UUID insert(String key, UUID bodyId, int year, String title, String planningYears, PlanStatus status, Decision decision, String source) {
        return insert(key, bodyId, year, title, planningYears, status, decision, source, "VP", null, null, 1, null, null, "system");
    }

    UUID insert(String key, UUID bodyId, int year, String title, String planningYears, PlanStatus status, Decision decision, String source,
            String kind, String period, String note, int revision, UUID revisesId, String revisionReason, String user) {
        return jdbc.sql("""
                insert into plan (key, body_id, year, title, planning_years, status, decision_date, decision_body, decision_paragraph, source,
                                  kind, period, note, revision, revises_id, revision_reason, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(key, bodyId, year, title, planningYears, status.name(),
                        decision == null || decision.date() == null ? null : Date.valueOf(decision.date()),
                        decision == null ? null : decision.body(), decision == null ? null : decision.paragraph(), source,
                        kind, period, note, revision, revisesId, revisionReason, user)
                .query(UUID.class).single();
    }

    record Change(String by, java.time.Instant at) {
    }

    Change lastChange(UUID id) {
        return jdbc.sql("select updated_by, updated_at from plan where id = ?").param(id)
                .query((rs, i) -> new Change(rs.getString(1), rs.getTimestamp(2).toInstant())).single();
    }

    boolean keyExists(String key) {
        return jdbc.sql("select count(*) from plan where key = ?").param(key).query(Long.class).single() > 0;
    }

    int maxRevision(UUID bodyId, int year) {
        return jdbc.sql("select coalesce(max(revision), 0) from plan where body_id = ? and year = ?").params(bodyId, year)
                .query(Integer.class).single();
    }

    /**
     * A stamp of everything the page of plan {@code id} shows, read in one round trip: the body's plans (the plan,
     * its versions, the plans to compare with and which one is previous), the body's name, the items of the plan and
     * of its previous plan (tree, counts, open lineage matches; a confirmed or corrected match rewrites the item's
     * lineage), the plan's change proposals, its history, the comparison groups its targets name, and what the plan
     * as a whole serves (its links, the newest item of each linked lineage, that item's plan). Rows are stamped by
     * their number and the sum of their {@code xmin}: an inserted or updated row gets a newer transaction id than
     * the one it replaces, a deleted one lowers the count; the history is append-only, so its count tells. Read
     * the stamp before what it stands for, so a change committed in between makes the next stamp differ.
     */
    String pageStamp(UUID id) {
        return jdbc.sql("""
                with p as (select id, body_id, year, kind, revision from plan where id = :id),
                     body_plans as (select q.id, q.year, q.kind, q.revision, q.status, q.xmin from plan q join p on q.body_id = p.body_id),
                     earlier as (select q.* from body_plans q join p on q.kind = p.kind and q.id <> p.id
                                 and (q.year < p.year or (q.year = p.year and q.revision < p.revision))),
                     -- the previous plan as an internal reader finds it, and as a reader of decided plans only does
                     previous as ((select id from earlier order by year desc, revision desc limit 1)
                                  union (select id from earlier where status = 'DECIDED' order by year desc, revision desc limit 1)),
                     links as (select lineage_id, xmin from plan_link where plan_id = :id),
                     link_items as (select plan_id, xmin from plan_item where lineage_id in (select lineage_id from links))
                select concat_ws(' ',
                    (select count(*) || '.' || sum(xmin::text::bigint) from body_plans),
                    (select u.xmin::text from org_unit u join p on u.id = p.body_id),
                    (select count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) from plan_item
                      where plan_id = any (array(select :id union select id from previous))),
                    (select count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) from plan_proposal where plan_id = :id),
                    (select count(*) from audit_entry where (object_type = 'plan' and object_id = :text)
                      or (aggregate_type = 'plan' and aggregate_id = :text)),
                    (select count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) from comparison_group),
                    (select count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) from links),
                    (select count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) from link_items),
                    (select coalesce(sum(xmin::text::bigint), 0) from plan where id in (select plan_id from link_items)),
                    (select coalesce(sum(xmin::text::bigint), 0) from lineage where id in (select lineage_id from links)))""")
                .param("id", id).param("text", id.toString()).query(String.class).single();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from plan").query(Long.class).single() == 0;
    }

    private static PlanSummary map(ResultSet rs, int row) throws SQLException {
        Date date = rs.getDate("decision_date");
        Decision decision = date == null && rs.getString("decision_body") == null && rs.getString("decision_paragraph") == null ? null
                : new Decision(date == null ? null : date.toLocalDate(), rs.getString("decision_body"), rs.getString("decision_paragraph"));
        return new PlanSummary(rs.getObject("id", UUID.class), rs.getString("key"), rs.getObject("body_id", UUID.class),
                rs.getString("body_code"), rs.getString("body_name"), rs.getInt("year"), rs.getString("title"),
                rs.getString("planning_years"), PlanStatus.valueOf(rs.getString("status")), decision, rs.getInt("revision"),
                rs.getString("source"), rs.getString("kind"), rs.getString("period"), rs.getString("note"),
                rs.getObject("revises_id", UUID.class), rs.getString("revision_reason"), rs.getInt("version"));
    }
}
