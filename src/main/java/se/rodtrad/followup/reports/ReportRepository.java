package se.rodtrad.followup.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.planning.ReportOccasion;

@Repository
class ReportRepository {

    private static final String SELECT = """
            select r.* from follow_report r\s""";

    private final JdbcClient jdbc;
    private final se.rodtrad.organisation.Organisation organisation;

    ReportRepository(JdbcClient jdbc, se.rodtrad.organisation.Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** The body's name as the organisation module names it. */
    private String bodyName(UUID bodyId) {
        var unit = organisation.unitsById().get(bodyId);
        return unit != null ? unit.name() : organisation.unit(bodyId).name();
    }

    Optional<FollowReport> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::map).optional();
    }

    Optional<FollowReport> find(UUID planId, ReportOccasion occasion) {
        return jdbc.sql(SELECT + " where r.plan_id = ? and r.occasion = ?").params(planId, occasion.name()).query(this::map).optional();
    }

    List<FollowReport> findAll(UUID bodyId, Integer year, boolean submittedOnly) {
        return jdbc.sql(SELECT + """
                 where (cast(? as uuid) is null or r.body_id = ?) and (cast(? as int) is null or r.year = ?)
                   and (not ? or r.status = 'SUBMITTED')""")
                .params(bodyId, bodyId, year, year, submittedOnly).query(this::map).list().stream()
                .sorted(java.util.Comparator.comparingInt(FollowReport::year).reversed()
                        .thenComparing(FollowReport::bodyName, se.rodtrad.shared.domain.Texts.swedishOrder())
                        .thenComparing(r -> r.occasion().name()))
                .toList();
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from follow_report)").query(Boolean.class).single();
    }

    UUID insert(UUID planId, UUID bodyId, int year, ReportOccasion occasion, String summary, UUID previousId, boolean exempeldata, String actor) {
        return jdbc.sql("""
                insert into follow_report (plan_id, body_id, year, occasion, summary, previous_id, exempeldata, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, bodyId, year, occasion.name(), summary, previousId, exempeldata, actor).query(UUID.class).single();
    }

    boolean updateSummary(UUID id, int version, String summary, String actor) {
        return jdbc.sql("""
                update follow_report set summary = ?, exempeldata = false, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ? and status = 'DRAFT'""")
                .params(summary, actor, id, version).update() == 1;
    }

    void saveGoal(UUID reportId, String goal, AssessmentStatus status, String analysis, String actor) {
        jdbc.sql("""
                insert into follow_report_goal (report_id, goal, status, analysis, updated_by) values (?, ?, ?, ?, ?)
                on conflict (report_id, goal) do update set status = excluded.status, analysis = excluded.analysis,
                    version = follow_report_goal.version + 1, updated_at = now(), updated_by = excluded.updated_by
                where follow_report_goal.status is distinct from excluded.status or follow_report_goal.analysis is distinct from excluded.analysis""")
                .params(reportId, goal, status == null ? null : status.name(), analysis, actor).update();
    }

    /** Marks the report submitted, against the version the person saw; the snapshot is written in the same transaction. */
    boolean submit(UUID id, int version, String actor, String content) {
        if (jdbc.sql("""
                update follow_report set status = 'SUBMITTED', submitted_at = now(), submitted_by = ?, version = version + 1,
                       updated_at = now(), updated_by = ?
                where id = ? and version = ? and status = 'DRAFT'""")
                .params(actor, actor, id, version).update() != 1) {
            return false;
        }
        jdbc.sql("insert into follow_report_snapshot (report_id, submitted_by, content) values (?, ?, cast(? as jsonb))")
                .params(id, actor, content).update();
        return true;
    }

    Optional<String> snapshot(UUID reportId) {
        return jdbc.sql("select content::text from follow_report_snapshot where report_id = ?").param(reportId).query(String.class).optional();
    }

    private List<FollowReport.GoalText> goals(UUID reportId) {
        return jdbc.sql("select goal, status, analysis from follow_report_goal where report_id = ? order by goal").param(reportId)
                .query((rs, n) -> new FollowReport.GoalText(rs.getString("goal"),
                        rs.getString("status") == null ? null : AssessmentStatus.valueOf(rs.getString("status")), rs.getString("analysis")))
                .list();
    }

    private FollowReport map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        java.sql.Timestamp submitted = rs.getTimestamp("submitted_at");
        return new FollowReport(id, rs.getObject("plan_id", UUID.class), rs.getObject("body_id", UUID.class), bodyName(rs.getObject("body_id", UUID.class)),
                rs.getInt("year"), ReportOccasion.valueOf(rs.getString("occasion")), FollowReport.Status.valueOf(rs.getString("status")),
                rs.getString("summary"), goals(id), rs.getObject("previous_id", UUID.class), rs.getBoolean("exempeldata"),
                submitted == null ? null : submitted.toInstant(), rs.getString("submitted_by"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
