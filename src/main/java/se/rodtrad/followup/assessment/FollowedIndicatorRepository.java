package se.rodtrad.followup.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.Target;
import se.rodtrad.planning.TargetForm;

/**
 * The followed indicators. A row's measure is its own {@code measure_id} when a person linked one, otherwise the
 * measure whose code or Kolada id the plan names ({@code measure_code}) once that measure exists — which the
 * measures room says ({@link Assessments} asks it).
 */
@Repository
class FollowedIndicatorRepository {

    private static final String SELECT = "select f.* from followed_indicator f";

    private final JdbcClient jdbc;

    FollowedIndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FollowedIndicator> findByPlan(UUID planId) {
        return jdbc.sql(SELECT + " where f.plan_id = ? order by f.sort_order, f.target_index").param(planId)
                .query(FollowedIndicatorRepository::map).list();
    }

    Optional<FollowedIndicator> findById(UUID id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(FollowedIndicatorRepository::map).optional();
    }

    List<FollowedIndicator> findByPlanItem(UUID planItemId) {
        return jdbc.sql(SELECT + " where f.plan_item_id = ? order by f.target_index").param(planItemId)
                .query(FollowedIndicatorRepository::map).list();
    }

    /** The plans that have followed indicators. */
    List<UUID> planIds() {
        return jdbc.sql("select distinct plan_id from followed_indicator").query(UUID.class).list();
    }

    /**
     * Writes what the plan now says of one of its indicators' targets: a new row, or the existing row of that item
     * and target with its text, goal, target and place brought up to date (its id, a person's measure link and its
     * judgements stay). Returns the row's id.
     */
    UUID upsert(FollowedIndicator f) {
        Target t = f.target();
        return jdbc.sql("""
                insert into followed_indicator (plan_id, plan_item_id, lineage_id, target_index, body_id, sort_order, goal_item_id, goal_text,
                    text, target_note, unit_label, subject_unit_id, measure_code, form, direction, reference, base_year, target_year, percent,
                    group_code, measure_kind, lower_bound, upper_bound, interval_unit, between_groups, threshold, units_of)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (plan_item_id, target_index) do update set
                    lineage_id = excluded.lineage_id, subject_unit_id = excluded.subject_unit_id, sort_order = excluded.sort_order, goal_item_id = excluded.goal_item_id,
                    goal_text = excluded.goal_text, text = excluded.text, target_note = excluded.target_note, unit_label = excluded.unit_label,
                    measure_code = excluded.measure_code, form = excluded.form, direction = excluded.direction, reference = excluded.reference,
                    base_year = excluded.base_year, target_year = excluded.target_year, percent = excluded.percent,
                    group_code = excluded.group_code, measure_kind = excluded.measure_kind, lower_bound = excluded.lower_bound,
                    upper_bound = excluded.upper_bound, interval_unit = excluded.interval_unit, between_groups = excluded.between_groups,
                    threshold = excluded.threshold, units_of = excluded.units_of
                where (followed_indicator.lineage_id, followed_indicator.subject_unit_id, followed_indicator.sort_order, followed_indicator.goal_item_id, followed_indicator.goal_text,
                       followed_indicator.text, followed_indicator.target_note, followed_indicator.unit_label, followed_indicator.measure_code,
                       followed_indicator.form, followed_indicator.direction, followed_indicator.reference, followed_indicator.base_year,
                       followed_indicator.target_year, followed_indicator.percent, followed_indicator.group_code, followed_indicator.measure_kind,
                       followed_indicator.lower_bound, followed_indicator.upper_bound, followed_indicator.interval_unit,
                       followed_indicator.between_groups, followed_indicator.threshold, followed_indicator.units_of)
                    is distinct from
                      (excluded.lineage_id, excluded.subject_unit_id, excluded.sort_order, excluded.goal_item_id, excluded.goal_text, excluded.text, excluded.target_note,
                       excluded.unit_label, excluded.measure_code, excluded.form, excluded.direction, excluded.reference, excluded.base_year,
                       excluded.target_year, excluded.percent, excluded.group_code, excluded.measure_kind, excluded.lower_bound,
                       excluded.upper_bound, excluded.interval_unit, excluded.between_groups, excluded.threshold, excluded.units_of)
                returning id""")
                .params(f.planId(), f.planItemId(), f.lineageId(), f.targetIndex(), f.bodyId(), f.sortOrder(), f.goalItemId(), f.goalText(),
                        f.text(), f.targetNote(), f.unitLabel(), f.subjectUnitId(), f.measureCode(), t.form().name(), t.direction().name(),
                        t.reference(), t.baseYear(), t.targetYear(), t.percent(), t.group(), t.measure(), t.lower(), t.upper(), t.unit(),
                        t.between(), t.threshold(), t.unitsOf())
                .query(UUID.class).optional().orElseGet(() -> jdbc.sql("""
                        select id from followed_indicator where plan_item_id = ? and target_index = ?""")
                        .params(f.planItemId(), f.targetIndex()).query(UUID.class).single());
    }

    /** Removes the rows of the plan that are not among {@code keep} (items or targets the plan no longer has). */
    int removeOthers(UUID planId, List<UUID> keep) {
        return jdbc.sql("delete from followed_indicator where plan_id = ? and not (id = any (?))")
                .params(planId, keep.toArray(UUID[]::new)).update();
    }

    /** Holds the plan for this transaction, so two follows of one plan run one after the other. */
    void lockPlan(UUID planId) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(planId.getMostSignificantBits() ^ planId.getLeastSignificantBits())
                .query((rs, i) -> 1).list();
    }

    /** The content stamp of each plan as its followed indicators were last built (see {@code followed_plan}). */
    Map<UUID, String> followedStamps() {
        Map<UUID, String> stamps = new java.util.HashMap<>();
        jdbc.sql("select plan_id, stamp from followed_plan").query(rs -> {
            stamps.put(rs.getObject("plan_id", UUID.class), rs.getString("stamp"));
        });
        return stamps;
    }

    void recordStamp(UUID planId, String stamp) {
        jdbc.sql("""
                insert into followed_plan (plan_id, stamp) values (?, ?)
                on conflict (plan_id) do update set stamp = excluded.stamp, updated_at = now()
                where followed_plan.stamp is distinct from excluded.stamp""").params(planId, stamp).update();
    }

    boolean relink(UUID id, int version, UUID measureId, String actor) {
        return jdbc.sql("""
                update followed_indicator set measure_id = ?, measure_code = null, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""").params(measureId, actor, id, version).update() == 1;
    }

    static FollowedIndicator map(ResultSet rs, int row) throws SQLException {
        Target t = new Target(TargetForm.valueOf(rs.getString("form")), Direction.valueOf(rs.getString("direction")), rs.getString("reference"),
                (Integer) rs.getObject("base_year"), (Integer) rs.getObject("target_year"), rs.getBigDecimal("percent"),
                rs.getString("group_code"), rs.getString("measure_kind"), rs.getBigDecimal("lower_bound"), rs.getBigDecimal("upper_bound"),
                rs.getString("interval_unit"), rs.getString("between_groups"), rs.getBigDecimal("threshold"), rs.getString("units_of"));
        return new FollowedIndicator(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getObject("plan_item_id", UUID.class),
                rs.getObject("lineage_id", UUID.class), rs.getInt("target_index"), rs.getObject("body_id", UUID.class), rs.getInt("sort_order"),
                rs.getObject("goal_item_id", UUID.class), rs.getString("goal_text"), rs.getString("text"), rs.getString("target_note"),
                rs.getString("unit_label"), rs.getObject("subject_unit_id", UUID.class), rs.getObject("measure_id", UUID.class),
                rs.getString("measure_code"), t,
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
