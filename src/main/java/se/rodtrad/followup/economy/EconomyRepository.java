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
