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

    /** One page of the submitted reports, newest year first, then the latest submitted; a stable order for paging. */
    List<FollowReport> findSubmittedPage(UUID bodyId, Integer year, int offset, int limit) {
        return jdbc.sql(SELECT + """
                 where (cast(? as uuid) is null or r.body_id = ?) and (cast(? as int) is null or r.year = ?) and r.status = 'SUBMITTED'
                 order by r.year desc, r.submitted_at desc, r.id offset ? limit ?""")
                .params(bodyId, bodyId, year, year, offset, limit).query(this::map).list();
    }

    /** One page of the reports, submitted only or all, newest year first, then by body and occasion: a stable order for paging. */
    List<FollowReport> findPage(UUID bodyId, Integer year, boolean submittedOnly, int offset, int limit) {
        return jdbc.sql(SELECT + """
                 where (cast(? as uuid) is null or r.body_id = ?) and (cast(? as int) is null or r.year = ?)
                   and (not ? or r.status = 'SUBMITTED')
                 order by r.year desc, r.body_id, r.occasion, r.id offset ? limit ?""")
                .params(bodyId, bodyId, year, year, submittedOnly, offset, limit).query(this::map).list();
    }

    List<UUID> bodies(boolean submittedOnly) {
        return jdbc.sql("select distinct body_id from follow_report where not ? or status = 'SUBMITTED'").param(submittedOnly)
                .query(UUID.class).list();
    }

    List<Integer> years(boolean submittedOnly) {
        return jdbc.sql("select distinct year from follow_report where not ? or status = 'SUBMITTED' order by year desc").param(submittedOnly)
                .query(Integer.class).list();
    }

    long count(UUID bodyId, Integer year, boolean submittedOnly) {
        return jdbc.sql("""
                select count(*) from follow_report r
                 where (cast(? as uuid) is null or r.body_id = ?) and (cast(? as int) is null or r.year = ?)
                   and (not ? or r.status = 'SUBMITTED')""")
                .params(bodyId, bodyId, year, year, submittedOnly).query(Long.class).single();
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from follow_report)").query(Boolean.class).single();
    }

    /** The report as its aggregate, with every goal's section, for a use case to act on and save whole. */
    Optional<Report> load(ReportId id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id.value()).query((rs, n) -> {
            java.sql.Timestamp submitted = rs.getTimestamp("submitted_at");
            java.sql.Date due = rs.getDate("due_date");
            UUID bodyId = rs.getObject("body_id", UUID.class);
            return new Report(id, rs.getObject("plan_id", UUID.class), bodyId, bodyName(bodyId), rs.getInt("year"),
                    ReportOccasion.valueOf(rs.getString("occasion")), FollowReport.Status.valueOf(rs.getString("status")), rs.getString("summary"),
                    rs.getObject("summary_copied_from", UUID.class), rs.getObject("previous_id", UUID.class), rs.getBoolean("exempeldata"),
                    due == null ? null : due.toLocalDate(), submitted == null ? null : submitted.toInstant(), rs.getString("submitted_by"),
                    rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), sections(id.value()), false);
        }).optional();
    }

    List<ReportSection> sections(UUID reportId) {
        return jdbc.sql("""
                select goal, status, analysis, copied_from, writer_unit_id, writer_name, version, updated_at, updated_by
                  from follow_report_goal where report_id = ? order by goal""").param(reportId)
                .query((rs, n) -> new ReportSection(rs.getString("goal"),
                        rs.getString("status") == null ? null : AssessmentStatus.valueOf(rs.getString("status")), rs.getString("analysis"),
                        rs.getObject("copied_from", UUID.class), rs.getObject("writer_unit_id", UUID.class), rs.getString("writer_name"),
                        rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .list();
    }

    /**
     * Saves the report whole: its header against the report's version, each changed goal against its own version —
     * and only while the report is a draft. Whatever someone else saved first is a conflict that names them.
     */
    void save(Report r, String actor) {
        UUID id = r.id().value();
        if (r.isNew()) {
            jdbc.sql("""
                    insert into follow_report (id, plan_id, body_id, year, occasion, summary, summary_copied_from, previous_id, exempeldata,
                                               due_date, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, r.planId(), r.bodyId(), r.year(), r.occasion().name(), r.summary(), r.summaryCopiedFrom(), r.previousId(),
                            r.exempeldata(), r.due(), actor).update();
        } else if (r.headerChanged() && jdbc.sql("""
                update follow_report set summary = ?, summary_copied_from = ?, exempeldata = ?, due_date = ?, status = ?,
                       submitted_at = ?, submitted_by = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ? and status = 'DRAFT'""")
                .params(r.summary(), r.summaryCopiedFrom(), r.exempeldata(), r.due(), r.status().name(),
                        r.submittedAt() == null ? null : java.sql.Timestamp.from(r.submittedAt()), r.submittedBy(), actor, id, r.version())
                .update() != 1) {
            FollowReport theirs = find(id).orElseThrow();
            throw new se.rodtrad.shared.domain.ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        for (ReportSection s : r.changedSections()) {
            int n;
            if (!s.stored()) {
                n = jdbc.sql("""
                        insert into follow_report_goal (report_id, goal, status, analysis, copied_from, writer_unit_id, writer_name, updated_by)
                        select ?, ?, ?, ?, ?, ?, ?, ? where exists (select 1 from follow_report where id = ? and status = 'DRAFT')
                        on conflict (report_id, goal) do nothing""")
                        .params(id, s.goal(), s.status() == null ? null : s.status().name(), s.analysis(), s.copiedFrom(), s.writerUnitId(),
                                s.writerName(), actor, id).update();
            } else {
                n = jdbc.sql("""
                        update follow_report_goal set status = ?, analysis = ?, copied_from = ?, writer_unit_id = ?, writer_name = ?,
                               version = version + 1, updated_at = now(), updated_by = ?
                        where report_id = ? and goal = ? and version = ?
                          and exists (select 1 from follow_report where id = ? and status = 'DRAFT')""")
                        .params(s.status() == null ? null : s.status().name(), s.analysis(), s.copiedFrom(), s.writerUnitId(), s.writerName(),
                                actor, id, s.goal(), s.version(), id).update();
            }
            if (n != 1) {
                FollowReport report = find(id).orElseThrow();
                if (report.submitted()) {
                    throw new se.rodtrad.shared.domain.DomainException("followup.report.submitted",
                            report.submittedAt().toString().substring(0, 10));
                }
                ReportSection theirs = sections(id).stream().filter(x -> x.goal().equals(s.goal())).findFirst().orElse(ReportSection.blank(s.goal()));
                throw new se.rodtrad.shared.domain.ConflictException(theirs, theirs.updatedBy(),
                        theirs.updatedAt() == null ? java.time.Instant.now() : theirs.updatedAt());
            }
        }
    }

    /** Stores the dated snapshot of a report just submitted, in the transaction that submits it. */
    void snapshot(UUID id, String actor, String content) {
        jdbc.sql("insert into follow_report_snapshot (report_id, submitted_by, content) values (?, ?, cast(? as jsonb))")
                .params(id, actor, content).update();
    }

    /** The goals assigned to any of the units, in reports still being written, with their report. */
    List<Assigned> assigned(java.util.Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select g.report_id, g.goal from follow_report_goal g join follow_report r on r.id = g.report_id
                 where r.status = 'DRAFT' and g.writer_unit_id in (:units)""").param("units", unitIds)
                .query((rs, n) -> new Assigned(rs.getObject("report_id", UUID.class), rs.getString("goal"))).list();
    }

    record Assigned(UUID reportId, String goal) {
    }

    Optional<String> snapshot(UUID reportId) {
        return jdbc.sql("select content::text from follow_report_snapshot where report_id = ?").param(reportId).query(String.class).optional();
    }

    private List<FollowReport.GoalText> goals(UUID reportId) {
        return jdbc.sql("select goal, status, analysis from follow_report_goal where report_id = ? and (status is not null or analysis is not null) order by goal").param(reportId)
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
