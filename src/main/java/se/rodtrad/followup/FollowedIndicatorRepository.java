package se.rodtrad.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.Target;
import se.rodtrad.planning.TargetForm;

@Repository
class FollowedIndicatorRepository {

    private final JdbcClient jdbc;

    FollowedIndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FollowedIndicator> findAll() {
        return jdbc.sql("select * from followed_indicator order by plan_key, sort_order, key").query(FollowedIndicatorRepository::map).list();
    }

    List<FollowedIndicator> findByPlan(String planKey) {
        return jdbc.sql("select * from followed_indicator where plan_key = ? order by sort_order, key").param(planKey)
                .query(FollowedIndicatorRepository::map).list();
    }

    Optional<FollowedIndicator> findById(UUID id) {
        return jdbc.sql("select * from followed_indicator where id = ?").param(id).query(FollowedIndicatorRepository::map).optional();
    }

    List<String> planKeys() {
        return jdbc.sql("select distinct plan_key from followed_indicator where plan_key is not null order by plan_key desc").query(String.class).list();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from followed_indicator").query(Long.class).single() == 0;
    }

    UUID insert(FollowedIndicator f) {
        Target t = f.target();
        return jdbc.sql("""
                insert into followed_indicator (key, body_id, plan_key, lineage, sort_order, goal_text, text, target_note, unit_label,
                    subject_unit_id, measure_id, form, direction, reference, base_year, target_year, percent, group_code, measure_kind,
                    lower_bound, upper_bound, interval_unit, between_groups, threshold, units_of)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.key(), f.bodyId(), f.planKey(), f.lineage(), f.sortOrder(), f.goalText(), f.text(), f.targetNote(), f.unitLabel(),
                        f.subjectUnitId(), f.measureId(), t.form().name(), t.direction().name(), t.reference(), t.baseYear(), t.targetYear(),
                        t.percent(), t.group(), t.measure(), t.lower(), t.upper(), t.unit(), t.between(), t.threshold(), t.unitsOf())
                .query(UUID.class).single();
    }

    boolean relink(UUID id, int version, UUID measureId, String actor) {
        return jdbc.sql("""
                update followed_indicator set measure_id = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""").params(measureId, actor, id, version).update() == 1;
    }

    static FollowedIndicator map(ResultSet rs, int row) throws SQLException {
        Target t = new Target(TargetForm.valueOf(rs.getString("form")), Direction.valueOf(rs.getString("direction")), rs.getString("reference"),
                (Integer) rs.getObject("base_year"), (Integer) rs.getObject("target_year"), rs.getBigDecimal("percent"),
                rs.getString("group_code"), rs.getString("measure_kind"), rs.getBigDecimal("lower_bound"), rs.getBigDecimal("upper_bound"),
                rs.getString("interval_unit"), rs.getString("between_groups"), rs.getBigDecimal("threshold"), rs.getString("units_of"));
        return new FollowedIndicator(rs.getObject("id", UUID.class), rs.getString("key"), rs.getObject("body_id", UUID.class),
                rs.getString("plan_key"), rs.getString("lineage"), rs.getInt("sort_order"), rs.getString("goal_text"), rs.getString("text"),
                rs.getString("target_note"), rs.getString("unit_label"), rs.getObject("subject_unit_id", UUID.class),
                rs.getObject("measure_id", UUID.class), t, rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
