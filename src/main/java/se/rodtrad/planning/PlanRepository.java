package se.rodtrad.planning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

@Repository
class PlanRepository {

    /** A plan's columns as {@link #summary} reads them, from {@code plan p}. */
    static final String COLUMNS = """
            p.id, p.key, p.body_id, p.year, p.title, p.planning_years, p.status,
                   p.decision_date, p.decision_body, p.decision_paragraph, p.revision, p.source, p.kind, p.period, p.note,
                   p.revises_id, p.revision_reason, p.case_number, p.decision_id, p.version""";

    private static final String SELECT = "select " + COLUMNS + " from plan p\n";

    private final JdbcClient jdbc;
    private final Organisation organisation;

    PlanRepository(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** The rows as plans, each with its body's code and name as the organisation module names it. */
    private List<PlanSummary> plans(JdbcClient.StatementSpec query) {
        Map<UUID, Unit> units = organisation.unitsById();
        return query.query((rs, i) -> summary(rs, units)).list();
    }

    List<PlanSummary> findAll() {
        Map<UUID, Unit> units = organisation.unitsById();
        List<PlanSummary> all = new java.util.ArrayList<>(plans(jdbc.sql(SELECT)));
        all.sort(java.util.Comparator.comparingInt((PlanSummary p) -> units.containsKey(p.bodyId()) ? units.get(p.bodyId()).sortOrder() : 0)
                .thenComparing(PlanSummary::year, java.util.Comparator.reverseOrder())
                .thenComparing(PlanSummary::revision, java.util.Comparator.reverseOrder()));
        return all;
    }

    /**
     * Each plan's content stamp: its header's version with its items' count, summed versions and last change — it
     * differs whenever an item is added, edited, moved to another lineage or removed, or the header is edited.
     */
    Map<UUID, String> contentStamps() {
        return contentStamps(jdbc.sql(STAMPS + " group by p.id"));
    }

    /** One plan's content stamp (empty when there is no such plan). */
    Optional<String> contentStamp(UUID planId) {
        return Optional.ofNullable(contentStamps(jdbc.sql(STAMPS + " where p.id = ? group by p.id").param(planId)).get(planId));
    }

    private static final String STAMPS = """
            select p.id, p.version, count(i.id) as items, coalesce(sum(i.version), 0) as versions,
                   coalesce(max(i.updated_at), p.updated_at) as changed
            from plan p left join plan_item i on i.plan_id = p.id""";

    private static Map<UUID, String> contentStamps(JdbcClient.StatementSpec query) {
        Map<UUID, String> stamps = new java.util.HashMap<>();
        query.query(rs -> {
            stamps.put(rs.getObject("id", UUID.class), rs.getInt("version") + ":" + rs.getLong("items") + ":"
                    + rs.getLong("versions") + ":" + rs.getTimestamp("changed").toInstant());
        });
        return stamps;
    }

    /**
     * A page of the plans in these statuses, of these bodies in their order (newest year first within a body), or of
     * every body when {@code bodyIds} is null (newest year first): bounded by the database, never read whole.
     */
    List<PlanSummary> findPage(String[] statuses, UUID[] bodyIds, int offset, int limit) {
        if (bodyIds == null) {
            return plans(jdbc.sql(SELECT + " where p.status = any (?) order by p.year desc, p.body_id, p.revision desc, p.id limit ? offset ?")
                    .params(statuses, limit, offset));
        }
        return plans(jdbc.sql(SELECT + """
                 where p.status = any (?) and p.body_id = any (?)
                 order by array_position(?, p.body_id), p.year desc, p.revision desc, p.id limit ? offset ?""")
                .params(statuses, bodyIds, bodyIds, limit, offset));
    }

    long count(String[] statuses, UUID[] bodyIds) {
        return bodyIds == null
                ? jdbc.sql("select count(*) from plan where status = any (?)").param(statuses).query(Long.class).single()
                : jdbc.sql("select count(*) from plan where status = any (?) and body_id = any (?)").params(statuses, bodyIds)
                        .query(Long.class).single();
    }

    /** The bodies that have a plan in one of these statuses. */
    List<UUID> bodiesWith(String[] statuses) {
        return jdbc.sql("select distinct body_id from plan where status = any (?)").param(statuses).query(UUID.class).list();
    }

    Optional<PlanSummary> findById(UUID id) {
        return plans(jdbc.sql(SELECT + " where p.id = ?").param(id)).stream().findFirst();
    }

    /** The plans of these ids (those that exist), in no order: one query for a page that names many plans. */
    List<PlanSummary> findByIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : plans(jdbc.sql(SELECT + " where p.id = any (?)").param(ids.toArray(UUID[]::new)));
    }

    /** The plans of these keys (those that exist), in no order. */
    List<PlanSummary> findByKeys(java.util.Collection<String> keys) {
        return keys.isEmpty() ? List.of() : plans(jdbc.sql(SELECT + " where p.key = any (?)").param(keys.toArray(String[]::new)));
    }

    Optional<PlanSummary> findByKey(String key) {
        return plans(jdbc.sql(SELECT + " where p.key = ?").param(key)).stream().findFirst();
    }

    List<PlanSummary> findByBody(UUID bodyId) {
        return plans(jdbc.sql(SELECT + " where p.body_id = ? order by p.year desc, p.revision desc").param(bodyId));
    }

    /** The revisions that revise this plan. */
    List<PlanSummary> findRevisionsOf(UUID planId) {
        return plans(jdbc.sql(SELECT + " where p.revises_id = ? order by p.revision").param(planId));
    }

    UUID insert(String key, UUID bodyId, int year, String title, String planningYears, PlanStatus status, Decision decision, String source,
            String kind, String period, String note, int revision, UUID revisesId, String revisionReason, String caseNumber, String user) {
        return jdbc.sql("""
                insert into plan (key, body_id, year, title, planning_years, status, decision_date, decision_body, decision_paragraph, source,
                                  kind, period, note, revision, revises_id, revision_reason, case_number, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(key, bodyId, year, title, planningYears, status.name(),
                        decision == null || decision.date() == null ? null : Date.valueOf(decision.date()),
                        decision == null ? null : decision.body(), decision == null ? null : decision.paragraph(), source,
                        kind, period, note, revision, revisesId, revisionReason, caseNumber, user)
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

    /** The plans put forward for decision under this case number. */
    List<UUID> proposedUnderCase(String caseNumber) {
        return jdbc.sql("select id from plan where case_number = ? and status = 'PROPOSAL'").param(caseNumber).query(UUID.class).list();
    }

    List<Plans.BodyYear> decidedBodyYears() {
        return jdbc.sql("select distinct body_id, year from plan where status = 'DECIDED' and kind = 'VP'")
                .query((rs, i) -> new Plans.BodyYear(rs.getObject("body_id", UUID.class), rs.getInt("year"))).list();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from plan").query(Long.class).single() == 0;
    }

    /** The units by id, for {@link #summary}. */
    Map<UUID, Unit> units() {
        return organisation.unitsById();
    }

    /** The plan of a row that holds {@link #COLUMNS}, with its body's code and name from {@code units}. */
    PlanSummary summary(ResultSet rs, Map<UUID, Unit> units) throws SQLException {
        UUID bodyId = rs.getObject("body_id", UUID.class);
        Unit body = units.containsKey(bodyId) ? units.get(bodyId) : organisation.unit(bodyId);
        Date date = rs.getDate("decision_date");
        Decision decision = date == null && rs.getString("decision_body") == null && rs.getString("decision_paragraph") == null ? null
                : new Decision(date == null ? null : date.toLocalDate(), rs.getString("decision_body"), rs.getString("decision_paragraph"));
        return new PlanSummary(rs.getObject("id", UUID.class), rs.getString("key"), bodyId, body.code(), body.name(), rs.getInt("year"), rs.getString("title"),
                rs.getString("planning_years"), PlanStatus.valueOf(rs.getString("status")), decision, rs.getInt("revision"),
                rs.getString("source"), rs.getString("kind"), rs.getString("period"), rs.getString("note"),
                rs.getObject("revises_id", UUID.class), rs.getString("revision_reason"), rs.getString("case_number"),
                rs.getObject("decision_id", UUID.class), rs.getInt("version"));
    }
}
