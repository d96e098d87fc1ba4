package se.rodtrad.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Co-financed projects and their budget lines as printed. */
@Repository
class ProjectRepository {

    /** A project's header row. */
    record Head(UUID id, UUID decisionId, String title, LocalDate from, LocalDate to, Long cap, String financing, List<String> clauses,
            List<String> conditions, List<String> columns, String source) {
    }

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID decisionId, String title, LocalDate from, LocalDate to, Long cap, String financing, List<String> clauses, List<String> conditions,
            List<String> columns, String source) {
        return jdbc.sql("""
                insert into grant_project (decision_id, title, period_from, period_to, cap, financing, clauses, conditions, columns, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(decisionId, title, from, to, cap, financing, clauses.toArray(String[]::new), conditions.toArray(String[]::new),
                        columns.toArray(String[]::new), source).query(UUID.class).single();
    }

    void insertLine(UUID projectId, String budget, int position, GrantProject.BudgetLine l, String source) {
        jdbc.sql("""
                insert into grant_budget_row (project_id, budget, position, label, heading, total, printed, financier_kind, decision_part, region_own,
                    fund_code, part_code, ambiguous_column, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, budget, position, l.label(), l.heading(), l.total(), l.printed().toArray(String[]::new), l.financierKind(),
                        l.decisionPart(), l.regionOwn(), l.fundCode(), l.partCode(), l.ambiguousColumn(), source).update();
    }

    List<Head> all() {
        return jdbc.sql("select * from grant_project order by period_from nulls last, title").query((rs, i) -> head(rs)).list();
    }

    Optional<Head> find(UUID id) {
        return jdbc.sql("select * from grant_project where id = ?").param(id).query((rs, i) -> head(rs)).optional();
    }

    List<GrantProject.BudgetLine> lines(UUID projectId, String budget) {
        return jdbc.sql("select * from grant_budget_row where project_id = ? and budget = ? order by position").params(projectId, budget)
                .query((rs, i) -> new GrantProject.BudgetLine(rs.getString("label"), rs.getBoolean("heading"), rs.getBoolean("total"),
                        RuleRepository.strings(rs.getArray("printed")), rs.getString("financier_kind"), rs.getBoolean("decision_part"),
                        rs.getBoolean("region_own"), rs.getString("fund_code"), rs.getString("part_code"), rs.getBoolean("ambiguous_column")))
                .list();
    }

    private static Head head(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Head(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class), rs.getString("title"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class), (Long) rs.getObject("cap", Long.class),
                rs.getString("financing"), RuleRepository.strings(rs.getArray("clauses")), RuleRepository.strings(rs.getArray("conditions")),
                RuleRepository.strings(rs.getArray("columns")), rs.getString("source"));
    }
}
