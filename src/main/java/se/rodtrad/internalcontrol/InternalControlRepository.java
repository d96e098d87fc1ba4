package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.planning.PlanSummary;

/** The internal control tables. Updates of editable rows succeed only against the version that was read. */
@Repository
class InternalControlRepository {

    /** The header of a plan's internal control plan. */
    record IcPlanRow(UUID id, UUID planId, UUID bodyId, int year, String title, String section, String source, int version) {
    }

    record TextRow(String kind, int position, String label, String group, String text) {
    }

    /** A risk row with the region-wide definition merged in. */
    record RiskRow(UUID id, UUID icPlanId, UUID regionRiskId, int position, String activity, String text, String requirement, String scope,
            Integer probability, Integer consequence, boolean assessmentExempeldata, String assessedBy, Instant assessedAt,
            String decision, String decisionReason, boolean decisionExempeldata, String source, int version) {
    }

    private final JdbcClient jdbc;

    InternalControlRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- the aggregate -----------------------------------------------------------------------------

    /** The plan's internal control plan whole: its risks with their controls and results, and the judgement. */
    Optional<ControlPlan> load(PlanSummary plan) {
        return findPlanByPlanId(plan.id()).map(row -> {
            Map<UUID, Map<ReportOccasion, ControlResultView>> results = findResults(row.id());
            Map<UUID, List<ControlView>> controls = new LinkedHashMap<>();
            for (ControlRow c : findControls(row.id())) {
                controls.computeIfAbsent(c.riskId(), k -> new ArrayList<>()).add(new ControlView(c.id(), c.riskId(), c.what(), c.how(),
                        c.frequency(), c.responsible(), c.exempeldata(), c.version(), results.getOrDefault(c.id(), Map.of())));
            }
            List<Risk> risks = findRisks(row.id()).stream()
                    .map(r -> new Risk(r.id(), r.icPlanId(), r.text(), r.version(), r.probability(), r.consequence(), r.assessmentExempeldata(),
                            r.decision() == null ? null : RiskDecision.valueOf(r.decision()), r.decisionReason(), r.decisionExempeldata(),
                            controls.getOrDefault(r.id(), List.of())))
                    .toList();
            return ControlPlan.of(new ControlPlanId(row.id()), plan, risks, findJudgement(row.id()).orElse(null));
        });
    }

    /**
     * Saves what the verbs changed, each part against the version it was read with. Empty when all was saved; else the
     * change someone else's save overtook (the caller's transaction is then rolled back by the conflict it raises).
     */
    Optional<ControlPlan.Change> save(ControlPlan ic, String actor) {
        UUID icPlanId = ic.id().value();
        if (ic.isNew()) {
            jdbc.sql("insert into ic_plan (id, plan_id, body_id, year, title, updated_by) values (?, ?, ?, ?, 'Internkontrollplan', ?)")
                    .params(icPlanId, ic.planId(), ic.bodyId(), ic.year(), actor).update();
        }
        for (ControlPlan.Change change : ic.changes()) {
            boolean saved;
            if (change instanceof ControlPlan.RegionRiskCarried c) {
                insertRegionRiskRow(icPlanId, c.regionRiskId(), nextRiskPosition(icPlanId));
                saved = true;
            } else if (change instanceof ControlPlan.RiskAdded c) {
                saved = jdbc.sql("""
                        insert into ic_risk (id, ic_plan_id, position, activity, text, requirement, scope, updated_by)
                        values (?, ?, (select coalesce(max(position), 0) + 1 from ic_risk where ic_plan_id = ?), ?, ?, ?, ?, ?)""")
                        .params(c.riskId(), icPlanId, icPlanId, c.activity(), c.text(), c.requirement(), RiskScope.BODY.name(), actor)
                        .update() == 1;
            } else if (change instanceof ControlPlan.RiskChanged c) {
                saved = saveRisk(c.risk(), actor);
            } else if (change instanceof ControlPlan.ActionAdded c) {
                insertAction(icPlanId, c.riskId(), c.text(), c.owner(), c.deadline(), c.originResultId(), null);
                saved = true;
            } else if (change instanceof ControlPlan.ControlAdded c) {
                insertControl(icPlanId, c.riskId(), c.what(), c.how(), c.frequency(), c.responsible(), false);
                saved = true;
            } else if (change instanceof ControlPlan.ControlChanged c) {
                saved = updateControl(c.controlId(), c.seenVersion(), c.what(), c.how(), c.frequency(), c.responsible(), actor);
            } else if (change instanceof ControlPlan.ResultRecorded c) {
                saved = c.existing() == null
                        ? insertResult(icPlanId, c.controlId(), c.occasion(), c.outcome(), c.result(), c.deviation(), false, actor) != null
                        : updateResult(c.existing().id(), c.seenVersion(), c.outcome(), c.result(), c.deviation(), actor);
            } else if (change instanceof ControlPlan.Judged c) {
                saved = c.seenVersion() == null
                        ? insertJudgement(icPlanId, c.sufficient(), c.reasons(), false, actor)
                        : updateJudgement(icPlanId, c.seenVersion(), c.sufficient(), c.reasons(), actor);
            } else {
                throw new IllegalStateException("A change the store does not know: " + change);
            }
            if (!saved) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    // --- plans -------------------------------------------------------------------------------------

    boolean isEmpty() {
        return jdbc.sql("select count(*) from ic_plan").query(Long.class).single() == 0;
    }

    UUID insertPlan(UUID planId, UUID bodyId, int year, String title, String section, String source) {
        return jdbc.sql("insert into ic_plan (plan_id, body_id, year, title, section, source) values (?, ?, ?, ?, ?, ?) returning id")
                .params(planId, bodyId, year, title, section, source).query(UUID.class).single();
    }

    void insertText(UUID icPlanId, String kind, int position, String label, String group, String text) {
        jdbc.sql("insert into ic_plan_text (ic_plan_id, kind, position, label, grp, text) values (?, ?, ?, ?, ?, ?)")
                .params(icPlanId, kind, position, label, group, text).update();
    }

    Optional<IcPlanRow> findPlanByPlanId(UUID planId) {
        return jdbc.sql("select id, plan_id, body_id, year, title, section, source, version from ic_plan where plan_id = ?")
                .param(planId).query(InternalControlRepository::mapPlan).optional();
    }

    Optional<IcPlanRow> findPlan(UUID icPlanId) {
        return jdbc.sql("select id, plan_id, body_id, year, title, section, source, version from ic_plan where id = ?")
                .param(icPlanId).query(InternalControlRepository::mapPlan).optional();
    }

    List<IcPlanRow> findPlans() {
        return jdbc.sql("select id, plan_id, body_id, year, title, section, source, version from ic_plan order by year desc")
                .query(InternalControlRepository::mapPlan).list();
    }

    List<IcPlanRow> findPlansOfYear(int year) {
        return jdbc.sql("select id, plan_id, body_id, year, title, section, source, version from ic_plan where year = ?")
                .param(year).query(InternalControlRepository::mapPlan).list();
    }

    List<TextRow> findTexts(UUID icPlanId) {
        return jdbc.sql("select kind, position, label, grp, text from ic_plan_text where ic_plan_id = ? order by kind, position")
                .param(icPlanId)
                .query((rs, i) -> new TextRow(rs.getString("kind"), rs.getInt("position"), rs.getString("label"), rs.getString("grp"),
                        rs.getString("text")))
                .list();
    }

    /** The requirements a–e of the latest plan that prints them, with that plan's id. */
    Optional<UUID> findLatestPlanWithRequirements(int atOrBeforeYear) {
        return jdbc.sql("""
                select p.plan_id from ic_plan p
                where exists (select 1 from ic_plan_text t where t.ic_plan_id = p.id and t.kind = 'REQUIREMENT')
                order by (p.year <= ?) desc, abs(p.year - ?), p.year desc limit 1""")
                .params(atOrBeforeYear, atOrBeforeYear).query(UUID.class).optional();
    }

    // --- risks -------------------------------------------------------------------------------------

    private static final String RISK_SELECT = """
            select r.id, r.ic_plan_id, r.region_risk_id, r.position,
                   coalesce(r.activity, rr.activity) as activity, coalesce(r.text, rr.text) as text,
                   coalesce(r.requirement, rr.requirement) as requirement, r.scope,
                   r.probability, r.consequence, r.assessment_exempeldata, r.assessed_by, r.assessed_at,
                   r.decision, r.decision_reason, r.decision_exempeldata, coalesce(r.source, rr.source) as source, r.version
            from ic_risk r left join ic_region_risk rr on rr.id = r.region_risk_id
            """;

    List<RiskRow> findRisks(UUID icPlanId) {
        return jdbc.sql(RISK_SELECT + " where r.ic_plan_id = ? order by r.position").param(icPlanId)
                .query(InternalControlRepository::mapRisk).list();
    }

    Optional<RiskRow> findRiskRow(UUID riskId) {
        return jdbc.sql(RISK_SELECT + " where r.id = ?").param(riskId).query(InternalControlRepository::mapRisk).optional();
    }

    List<RiskRow> findRisksOfRegionRisk(UUID regionRiskId) {
        return jdbc.sql(RISK_SELECT + " where r.region_risk_id = ?").param(regionRiskId).query(InternalControlRepository::mapRisk).list();
    }

    /** Saves the assessment and decision; false when someone saved the risk after it was read. */
    boolean saveRisk(Risk risk, String actor) {
        return jdbc.sql("""
                update ic_risk set probability = ?, consequence = ?, assessment_exempeldata = ?,
                       assessed_by = case when ? then ? else assessed_by end, assessed_at = case when ? then now() else assessed_at end,
                       decision = ?, decision_reason = ?, decision_exempeldata = ?,
                       version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(risk.probability(), risk.consequence(), risk.assessmentExempeldata(),
                        risk.reassessed(), actor, risk.reassessed(),
                        risk.decision() == null ? null : risk.decision().name(), risk.decisionReason(), risk.decisionExempeldata(),
                        actor, risk.id(), risk.version())
                .update() == 1;
    }

    int nextRiskPosition(UUID icPlanId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from ic_risk where ic_plan_id = ?").param(icPlanId).query(Integer.class).single();
    }

    UUID insertBodyRisk(UUID icPlanId, int position, String activity, String text, String requirement, String scope, String source) {
        return jdbc.sql("""
                insert into ic_risk (ic_plan_id, position, activity, text, requirement, scope, source)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(icPlanId, position, activity, text, requirement, scope, source).query(UUID.class).single();
    }

    /** The body's row for a region-wide risk; nothing when the plan already carries it. */
    void insertRegionRiskRow(UUID icPlanId, UUID regionRiskId, int position) {
        jdbc.sql("""
                insert into ic_risk (ic_plan_id, region_risk_id, position) values (?, ?, ?)
                on conflict (ic_plan_id, region_risk_id) do nothing""")
                .params(icPlanId, regionRiskId, position).update();
    }

    /** An assessment loaded from a file: printed in the plan, or exempeldata (flagged as such). */
    void setLoadedAssessment(UUID riskId, int probability, int consequence, boolean exempeldata, String decision, String reason) {
        jdbc.sql("""
                update ic_risk set probability = ?, consequence = ?, assessment_exempeldata = ?, assessed_by = ?,
                       assessed_at = now(), decision = ?, decision_reason = ?, decision_exempeldata = ?
                where id = ?""")
                .params(probability, consequence, exempeldata, exempeldata ? "exempeldata" : "plan", decision, reason,
                        exempeldata && decision != null, riskId).update();
    }

    // --- region-wide risks -------------------------------------------------------------------------

    record RegionRiskRow(UUID id, int year, int position, String activity, String text, String requirement, String source, int version) {
    }

    Optional<RegionRiskRow> findRegionRisk(int year, String text) {
        return jdbc.sql("select id, year, position, activity, text, requirement, source, version from ic_region_risk where year = ? and text = ?")
                .params(year, text).query(InternalControlRepository::mapRegionRisk).optional();
    }

    List<RegionRiskRow> findRegionRisks(int year) {
        return jdbc.sql("select id, year, position, activity, text, requirement, source, version from ic_region_risk where year = ? order by position")
                .param(year).query(InternalControlRepository::mapRegionRisk).list();
    }

    List<Integer> findRegionRiskYears() {
        return jdbc.sql("select distinct year from ic_region_risk order by year desc").query(Integer.class).list();
    }

    UUID insertRegionRisk(int year, String activity, String text, String requirement, String source) {
        return jdbc.sql("""
                insert into ic_region_risk (year, position, activity, text, requirement, source)
                values (?, (select coalesce(max(position), 0) + 1 from ic_region_risk where year = ?), ?, ?, ?, ?) returning id""")
                .params(year, year, activity, text, requirement, source).query(UUID.class).single();
    }

    void insertRegionAction(UUID regionRiskId, int position, String text, String owner, LocalDate deadline, String source) {
        jdbc.sql("insert into ic_region_action (region_risk_id, position, text, owner, deadline, source) values (?, ?, ?, ?, ?, ?)")
                .params(regionRiskId, position, text, owner, deadline == null ? null : Date.valueOf(deadline), source).update();
    }

    /** Region-wide actions by region-wide risk, in order. */
    Map<UUID, List<ActionView>> findRegionActions(List<UUID> regionRiskIds) {
        Map<UUID, List<ActionView>> result = new LinkedHashMap<>();
        if (regionRiskIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, region_risk_id, text, owner, deadline from ic_region_action where region_risk_id = any (?) order by position")
                .param(regionRiskIds.toArray(UUID[]::new))
                .query((rs, i) -> {
                    result.computeIfAbsent(rs.getObject("region_risk_id", UUID.class), k -> new ArrayList<>())
                            .add(new ActionView(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("owner"),
                                    date(rs, "deadline"), true, null, null, false));
                    return null;
                }).list();
        return result;
    }

    // --- actions -----------------------------------------------------------------------------------

    /** The body's own actions of a plan's risks, by risk, in order; with the occasion of the result they came from. */
    Map<UUID, List<ActionView>> findActions(UUID icPlanId) {
        Map<UUID, List<ActionView>> result = new LinkedHashMap<>();
        jdbc.sql("""
                select a.id, a.ic_risk_id, a.text, a.owner, a.deadline, a.origin_result_id, cr.occasion, a.source
                from ic_action a left join ic_control_result cr on cr.id = a.origin_result_id
                where a.ic_plan_id = ? order by a.position""")
                .param(icPlanId)
                .query((rs, i) -> {
                    String occasion = rs.getString("occasion");
                    result.computeIfAbsent(rs.getObject("ic_risk_id", UUID.class), k -> new ArrayList<>())
                            .add(new ActionView(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("owner"),
                                    date(rs, "deadline"), false, rs.getObject("origin_result_id", UUID.class),
                                    occasion == null ? null : ReportOccasion.valueOf(occasion), "exempeldata".equals(rs.getString("source"))));
                    return null;
                }).list();
        return result;
    }

    UUID insertAction(UUID icPlanId, UUID riskId, String text, String owner, LocalDate deadline, UUID originResultId, String source) {
        return jdbc.sql("""
                insert into ic_action (ic_plan_id, ic_risk_id, position, text, owner, deadline, origin_result_id, source)
                values (?, ?, (select coalesce(max(position), 0) + 1 from ic_action where ic_risk_id = ?), ?, ?, ?, ?, ?) returning id""")
                .params(icPlanId, riskId, riskId, text, owner, deadline == null ? null : Date.valueOf(deadline), originResultId, source)
                .query(UUID.class).single();
    }

    // --- controls and results ----------------------------------------------------------------------

    record ControlRow(UUID id, UUID icPlanId, UUID riskId, String what, String how, String frequency, String responsible,
            boolean exempeldata, int version) {
    }

    List<ControlRow> findControls(UUID icPlanId) {
        return jdbc.sql("""
                select id, ic_plan_id, ic_risk_id, what, how, frequency, responsible, exempeldata, version
                from ic_control where ic_plan_id = ? order by ic_risk_id, position""")
                .param(icPlanId).query(InternalControlRepository::mapControl).list();
    }

    Optional<ControlRow> findControl(UUID controlId) {
        return jdbc.sql("select id, ic_plan_id, ic_risk_id, what, how, frequency, responsible, exempeldata, version from ic_control where id = ?")
                .param(controlId).query(InternalControlRepository::mapControl).optional();
    }

    UUID insertControl(UUID icPlanId, UUID riskId, String what, String how, String frequency, String responsible, boolean exempeldata) {
        return jdbc.sql("""
                insert into ic_control (ic_plan_id, ic_risk_id, position, what, how, frequency, responsible, exempeldata)
                values (?, ?, (select coalesce(max(position), 0) + 1 from ic_control where ic_risk_id = ?), ?, ?, ?, ?, ?) returning id""")
                .params(icPlanId, riskId, riskId, what, how, frequency, responsible, exempeldata).query(UUID.class).single();
    }

    boolean updateControl(UUID controlId, int version, String what, String how, String frequency, String responsible, String actor) {
        return jdbc.sql("""
                update ic_control set what = ?, how = ?, frequency = ?, responsible = ?, exempeldata = false,
                       version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(what, how, frequency, responsible, actor, controlId, version).update() == 1;
    }

    /** Results by control, by occasion. */
    Map<UUID, Map<ReportOccasion, ControlResultView>> findResults(UUID icPlanId) {
        Map<UUID, Map<ReportOccasion, ControlResultView>> result = new LinkedHashMap<>();
        jdbc.sql("""
                select id, control_id, occasion, outcome, result, deviation, exempeldata, version, updated_by, updated_at
                from ic_control_result where ic_plan_id = ?""")
                .param(icPlanId)
                .query(InternalControlRepository::mapResult).list()
                .forEach(r -> result.computeIfAbsent(r.controlId(), k -> new EnumMap<>(ReportOccasion.class)).put(r.occasion(), r));
        return result;
    }

    Optional<ControlResultView> findResult(UUID controlId, ReportOccasion occasion) {
        return jdbc.sql("""
                select id, control_id, occasion, outcome, result, deviation, exempeldata, version, updated_by, updated_at
                from ic_control_result where control_id = ? and occasion = ?""")
                .params(controlId, occasion.name()).query(InternalControlRepository::mapResult).optional();
    }

    UUID insertResult(UUID icPlanId, UUID controlId, ReportOccasion occasion, ControlOutcome outcome, String text, String deviation,
            boolean exempeldata, String actor) {
        return jdbc.sql("""
                insert into ic_control_result (ic_plan_id, control_id, occasion, outcome, result, deviation, exempeldata, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (control_id, occasion) do nothing returning id""")
                .params(icPlanId, controlId, occasion.name(), outcome.name(), text, deviation, exempeldata, actor)
                .query(UUID.class).optional().orElse(null);
    }

    boolean updateResult(UUID resultId, int version, ControlOutcome outcome, String text, String deviation, String actor) {
        return jdbc.sql("""
                update ic_control_result set outcome = ?, result = ?, deviation = ?, exempeldata = false,
                       version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(outcome.name(), text, deviation, actor, resultId, version).update() == 1;
    }

    // --- judgement ---------------------------------------------------------------------------------

    Optional<JudgementView> findJudgement(UUID icPlanId) {
        return jdbc.sql("select id, sufficient, reasons, exempeldata, version, updated_by, updated_at from ic_judgement where ic_plan_id = ?")
                .param(icPlanId)
                .query((rs, i) -> new JudgementView(rs.getObject("id", UUID.class), rs.getBoolean("sufficient"), rs.getString("reasons"),
                        rs.getBoolean("exempeldata"), rs.getInt("version"), rs.getString("updated_by"), instant(rs, "updated_at")))
                .optional();
    }

    /** False when a judgement already exists (someone judged in between). */
    boolean insertJudgement(UUID icPlanId, boolean sufficient, String reasons, boolean exempeldata, String actor) {
        return jdbc.sql("""
                insert into ic_judgement (ic_plan_id, sufficient, reasons, exempeldata, updated_by) values (?, ?, ?, ?, ?)
                on conflict (ic_plan_id) do nothing""")
                .params(icPlanId, sufficient, reasons, exempeldata, actor).update() == 1;
    }

    boolean updateJudgement(UUID icPlanId, int version, boolean sufficient, String reasons, String actor) {
        return jdbc.sql("""
                update ic_judgement set sufficient = ?, reasons = ?, exempeldata = false, version = version + 1, updated_at = now(), updated_by = ?
                where ic_plan_id = ? and version = ?""")
                .params(sufficient, reasons, actor, icPlanId, version).update() == 1;
    }

    // --- scales ------------------------------------------------------------------------------------

    List<ScaleLevel> findScales() {
        return jdbc.sql("select scale, level, name, definition from ic_scale_level order by scale desc, level")
                .query((rs, i) -> new ScaleLevel(ScaleLevel.Scale.valueOf(rs.getString("scale")), rs.getInt("level"), rs.getString("name"),
                        rs.getString("definition")))
                .list();
    }

    /** Who saved a row last, and when. */
    record Meta(String by, Instant at) {
    }

    Meta findMeta(String table, UUID id) {
        if (!table.matches("ic_[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("select updated_by, updated_at from " + table + " where id = ?").param(id)
                .query((rs, i) -> new Meta(rs.getString("updated_by"), instant(rs, "updated_at"))).single();
    }

    // --- mapping -----------------------------------------------------------------------------------

    private static IcPlanRow mapPlan(ResultSet rs, int row) throws SQLException {
        return new IcPlanRow(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getObject("body_id", UUID.class),
                rs.getInt("year"), rs.getString("title"), rs.getString("section"), rs.getString("source"), rs.getInt("version"));
    }

    private static RiskRow mapRisk(ResultSet rs, int row) throws SQLException {
        return new RiskRow(rs.getObject("id", UUID.class), rs.getObject("ic_plan_id", UUID.class), rs.getObject("region_risk_id", UUID.class),
                rs.getInt("position"), rs.getString("activity"), rs.getString("text"), rs.getString("requirement"), rs.getString("scope"),
                (Integer) rs.getObject("probability"), (Integer) rs.getObject("consequence"), rs.getBoolean("assessment_exempeldata"),
                rs.getString("assessed_by"), instant(rs, "assessed_at"), rs.getString("decision"), rs.getString("decision_reason"),
                rs.getBoolean("decision_exempeldata"), rs.getString("source"), rs.getInt("version"));
    }

    private static RegionRiskRow mapRegionRisk(ResultSet rs, int row) throws SQLException {
        return new RegionRiskRow(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getInt("position"), rs.getString("activity"),
                rs.getString("text"), rs.getString("requirement"), rs.getString("source"), rs.getInt("version"));
    }

    private static ControlRow mapControl(ResultSet rs, int row) throws SQLException {
        return new ControlRow(rs.getObject("id", UUID.class), rs.getObject("ic_plan_id", UUID.class), rs.getObject("ic_risk_id", UUID.class),
                rs.getString("what"), rs.getString("how"), rs.getString("frequency"), rs.getString("responsible"), rs.getBoolean("exempeldata"),
                rs.getInt("version"));
    }

    private static ControlResultView mapResult(ResultSet rs, int row) throws SQLException {
        return new ControlResultView(rs.getObject("id", UUID.class), rs.getObject("control_id", UUID.class),
                ReportOccasion.valueOf(rs.getString("occasion")), ControlOutcome.valueOf(rs.getString("outcome")), rs.getString("result"),
                rs.getString("deviation"), rs.getBoolean("exempeldata"), rs.getInt("version"), rs.getString("updated_by"),
                instant(rs, "updated_at"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
