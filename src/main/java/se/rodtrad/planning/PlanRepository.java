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

    /** Moves the plan to a status (with its decision when decided); false when the version is stale. */
    boolean updateStatus(UUID id, int version, PlanStatus status, Decision decision, String user) {
        return jdbc.sql("""
                update plan set status = ?, decision_date = ?, decision_body = ?, decision_paragraph = ?, version = version + 1,
                       updated_at = now(), updated_by = ? where id = ? and version = ?""")
                .params(status.name(), decision == null || decision.date() == null ? null : Date.valueOf(decision.date()),
                        decision == null ? null : decision.body(), decision == null ? null : decision.paragraph(), user, id, version)
                .update() == 1;
    }

    /** Records that the plan's content changed (an item was edited), so concurrent status changes see it. */
    void touch(UUID id, String user) {
        jdbc.sql("update plan set updated_at = now(), updated_by = ? where id = ?").params(user, id).update();
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
