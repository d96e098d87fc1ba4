package se.rodtrad.followup.economy;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EconomyRepository {

    /** A budget line of the operating budget. */
    record Line(String code, String name, boolean income, int sortOrder) {
    }

    /** One stored figure: budget (month null = whole year), outcome for a month, or forecast made at a month. */
    record Figure(UUID id, String table, int year, Integer month, UUID areaId, String line, long amountOre, String source, boolean exempeldata,
            int version) {
    }

    static final String BUDGET = "econ_budget";
    static final String OUTCOME = "econ_outcome";
    static final String FORECAST = "econ_forecast";

    private final JdbcClient jdbc;

    private final se.rodtrad.organisation.Organisation organisation;

    EconomyRepository(JdbcClient jdbc, se.rodtrad.organisation.Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    List<Line> lines() {
        return jdbc.sql("select code, name, kind, sort_order from econ_line order by sort_order")
                .query((rs, i) -> new Line(rs.getString("code"), rs.getString("name"), "INCOME".equals(rs.getString("kind")), rs.getInt("sort_order")))
                .list();
    }

    List<Figure> figures(String table, int year) {
        return jdbc.sql("select id, year, month, area_id, line_code, amount_ore, source, exempeldata, version from " + table(table)
                        + " where year = ? order by area_id, line_code, month nulls first")
                .param(year)
                .query((rs, i) -> new Figure(rs.getObject("id", UUID.class), table, rs.getInt("year"), (Integer) rs.getObject("month"),
                        rs.getObject("area_id", UUID.class), rs.getString("line_code"), rs.getLong("amount_ore"), rs.getString("source"),
                        rs.getBoolean("exempeldata"), rs.getInt("version")))
                .list();
    }

    /** Only the rows of these areas (a body's own units). */
    List<Figure> figures(String table, int year, java.util.Collection<UUID> areaIds) {
        return jdbc.sql("select id, year, month, area_id, line_code, amount_ore, source, exempeldata, version from " + table(table)
                        + " where year = ? and area_id = any (?) order by area_id, line_code, month nulls first")
                .params(year, areaIds.toArray(UUID[]::new))
                .query((rs, i) -> new Figure(rs.getObject("id", UUID.class), table, rs.getInt("year"), (Integer) rs.getObject("month"),
                        rs.getObject("area_id", UUID.class), rs.getString("line_code"), rs.getLong("amount_ore"), rs.getString("source"),
                        rs.getBoolean("exempeldata"), rs.getInt("version")))
                .list();
    }

    /**
     * The units with budget or outcome in the year that belong to the body: the body itself and what lies below it,
     * without descending into other political bodies (a board's committees report for themselves).
     */
    List<UUID> ownAreasWithFigures(UUID bodyId, int year) {
        List<UUID> own = organisation.ownUnitIds(bodyId);
        return jdbc.sql("""
                select id from unnest(cast(? as uuid[])) with ordinality as o(id, n)
                where exists (select 1 from econ_budget b where b.area_id = o.id and b.year = ?)
                   or exists (select 1 from econ_outcome x where x.area_id = o.id and x.year = ?)
                order by n""")
                .params(own.toArray(UUID[]::new), year, year).query(UUID.class).list();
    }

    /** A decided budget as the economy keeps its copy: the body's budget for a year in one version, with its lines. */
    record Decided(UUID id, UUID planId, UUID bodyId, String bodyName, int year, int budgetVersion, java.time.LocalDate decidedOn, String decidedBy,
            String paragraph, Long resultOre, String source, List<DecidedLine> lines) {
    }

    /** One line of a decided operating budget; {@code areaId} null when it names no unit. */
    record DecidedLine(String label, String partOf, UUID areaId, Long turnoverOre, long netCostOre) {
    }

    /** The copy of the plan's decided budget, if the economy has one. */
    java.util.Optional<Decided> decidedOfPlan(UUID planId) {
        return decided("d.plan_id = ?", planId).stream().findFirst();
    }

    /** The plans whose decided budget the economy has a copy of. */
    java.util.Set<UUID> plansWithDecidedCopy() {
        return new java.util.HashSet<>(jdbc.sql("select plan_id from econ_decided_budget").query(UUID.class).list());
    }

    /** The stamp the copies of the decided budgets were last brought in line from (DecidedBudgetCopies). */
    java.util.Optional<String> decidedStamp() {
        return jdbc.sql("select stamp from econ_decided_stamp").query(String.class).optional();
    }

    void keepDecidedStamp(String stamp) {
        jdbc.sql("insert into econ_decided_stamp (stamp) values (?) on conflict (id) do update set stamp = excluded.stamp").param(stamp).update();
    }

    /** The newest decided version of each body's budget for the year. */
    List<Decided> newestDecided(int year) {
        return decided("""
                d.year = ? and d.budget_version = (select max(o.budget_version) from econ_decided_budget o
                                                  where o.body_id = d.body_id and o.year = d.year)""", year);
    }

    private List<Decided> decided(String where, Object param) {
        List<Decided> heads = jdbc.sql("select * from econ_decided_budget d where " + where + " order by d.body_name, d.budget_version")
                .param(param)
                .query((rs, i) -> new Decided(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getObject("body_id", UUID.class),
                        rs.getString("body_name"), rs.getInt("year"), rs.getInt("budget_version"),
                        rs.getObject("decided_on", java.time.LocalDate.class), rs.getString("decided_by"), rs.getString("paragraph"),
                        (Long) rs.getObject("result_ore"), rs.getString("source"), List.of()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        java.util.Map<UUID, List<DecidedLine>> lines = new java.util.HashMap<>();
        jdbc.sql("select * from econ_decided_line where budget_id = any (?) order by budget_id, position")
                .param(heads.stream().map(Decided::id).toArray(UUID[]::new))
                .query((rs, i) -> lines.computeIfAbsent(rs.getObject("budget_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(new DecidedLine(rs.getString("label"), rs.getString("part_of"), rs.getObject("area_id", UUID.class),
                                (Long) rs.getObject("turnover_ore"), rs.getLong("net_cost_ore"))))
                .list();
        return heads.stream().map(h -> new Decided(h.id(), h.planId(), h.bodyId(), h.bodyName(), h.year(), h.budgetVersion(), h.decidedOn(),
                h.decidedBy(), h.paragraph(), h.resultOre(), h.source(), lines.getOrDefault(h.id(), List.of()))).toList();
    }

    /** Replaces the copy of a plan's decided budget (one row per plan; its lines anew). */
    void storeDecided(Decided d, String actor) {
        jdbc.sql("delete from econ_decided_budget where plan_id = ? or (body_id = ? and year = ? and budget_version = ?)")
                .params(d.planId(), d.bodyId(), d.year(), d.budgetVersion()).update();
        UUID id = jdbc.sql("""
                insert into econ_decided_budget (plan_id, body_id, body_name, year, budget_version, decided_on, decided_by, paragraph, result_ore,
                                                 source, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.planId(), d.bodyId(), d.bodyName(), d.year(), d.budgetVersion(), d.decidedOn(), d.decidedBy(), d.paragraph(), d.resultOre(),
                        d.source(), actor)
                .query(UUID.class).single();
        int position = 1;
        for (DecidedLine l : d.lines()) {
            jdbc.sql("""
                    insert into econ_decided_line (budget_id, position, label, part_of, area_id, turnover_ore, net_cost_ore, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, l.label(), l.partOf(), l.areaId(), l.turnoverOre(), l.netCostOre(), actor).update();
        }
    }

    List<Integer> years() {
        return jdbc.sql("select year from econ_budget union select year from econ_outcome order by 1 desc").query(Integer.class).list();
    }

    void insert(String table, int year, Integer month, UUID areaId, String line, long amountOre, String source, boolean exempeldata, UUID importId,
            String actor) {
        jdbc.sql("insert into " + table(table) + " (year, month, area_id, line_code, amount_ore, source, exempeldata, import_id, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year, month, areaId, line, amountOre, source, exempeldata, importId, actor).update();
    }

    boolean update(Figure f, long amountOre, String source, boolean exempeldata, UUID importId, String actor) {
        return jdbc.sql("update " + table(f.table()) + " set amount_ore = ?, source = ?, exempeldata = ?, import_id = ?, version = version + 1,"
                        + " updated_at = now(), updated_by = ? where id = ? and version = ?")
                .params(amountOre, source, exempeldata, importId, actor, f.id(), f.version()).update() == 1;
    }

    boolean isEmpty() {
        return jdbc.sql("select (select count(*) from econ_budget) + (select count(*) from econ_outcome)").query(Long.class).single() == 0;
    }

    private static String table(String t) {
        return switch (t) {
            case BUDGET, OUTCOME, FORECAST -> t;
            default -> throw new IllegalArgumentException(t);
        };
    }
}
