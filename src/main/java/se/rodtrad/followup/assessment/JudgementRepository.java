package se.rodtrad.followup.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JudgementRepository {

    static final String INDICATOR = "followed_indicator";

    private final JdbcClient jdbc;

    JudgementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Judgement> find(String subjectType, String subjectId, String period) {
        return jdbc.sql("select * from assessment_judgement where subject_type = ? and subject_id = ? and period = ?")
                .params(subjectType, subjectId, period).query(JudgementRepository::map).optional();
    }

    /** The judgements of these subjects for the period, by subject id (one query for a plan's indicators or goals). */
    java.util.Map<String, Judgement> findAll(String subjectType, java.util.Collection<String> subjectIds, String period) {
        java.util.Map<String, Judgement> result = new java.util.HashMap<>();
        if (subjectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select * from assessment_judgement where subject_type = ? and subject_id = any (?) and period = ?")
                .params(subjectType, subjectIds.toArray(String[]::new), period).query(JudgementRepository::map).list()
                .forEach(j -> result.put(j.subjectId(), j));
        return result;
    }

    void insert(String subjectType, String subjectId, String period, AssessmentStatus computed, String explanation, AssessmentStatus status,
            String reason, String actor) {
        jdbc.sql("""
                insert into assessment_judgement (subject_type, subject_id, period, computed_status, computed_explanation, status, reason, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(subjectType, subjectId, period, computed.name(), explanation, status.name(), reason, actor).update();
    }

    boolean update(UUID id, int version, AssessmentStatus computed, String explanation, AssessmentStatus status, String reason, boolean active,
            String actor) {
        return jdbc.sql("""
                update assessment_judgement set computed_status = ?, computed_explanation = ?, status = ?, reason = ?, active = ?,
                       version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(computed.name(), explanation, status.name(), reason, active, actor, id, version).update() == 1;
    }

    static Judgement map(ResultSet rs, int row) throws SQLException {
        return new Judgement(rs.getObject("id", UUID.class), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("period"),
                AssessmentStatus.valueOf(rs.getString("computed_status")), rs.getString("computed_explanation"),
                AssessmentStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getBoolean("active"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
