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
                   p.decision_date, p.decision_body, p.decision_paragraph, p.revision, p.source
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

    UUID insert(String key, UUID bodyId, int year, String title, String planningYears, PlanStatus status, Decision decision, String source) {
        return jdbc.sql("""
                insert into plan (key, body_id, year, title, planning_years, status, decision_date, decision_body, decision_paragraph, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(key, bodyId, year, title, planningYears, status.name(),
                        decision == null || decision.date() == null ? null : Date.valueOf(decision.date()),
                        decision == null ? null : decision.body(), decision == null ? null : decision.paragraph(), source)
                .query(UUID.class).single();
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
                rs.getString("source"));
    }
}
