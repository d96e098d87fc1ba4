package se.rodtrad.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

    private static final String COLUMNS = "id, code, kolada_id, name, short_name, type, parent_id, sort_order, source, version, updated_at, updated_by";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unit> findAll() {
        return jdbc.sql("select " + COLUMNS + " from org_unit order by sort_order, name collate \"sv-SE-x-icu\"")
                .query(UnitRepository::map).list();
    }

    Optional<Unit> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where id = ?").param(id).query(UnitRepository::map).optional();
    }

    Optional<Unit> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where code = ?").param(code).query(UnitRepository::map).optional();
    }

    List<Unit> findChildren(UUID parentId) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where parent_id = ? order by sort_order, name collate \"sv-SE-x-icu\"")
                .param(parentId).query(UnitRepository::map).list();
    }

    /** The unit and every unit below it. */
    List<UUID> findSubtreeIds(UUID rootId) {
        return jdbc.sql("""
                with recursive tree(id) as (
                    select id from org_unit where id = ?
                    union all
                    select u.id from org_unit u join tree t on u.parent_id = t.id)
                select id from tree""").param(rootId).query(UUID.class).list();
    }

    /**
     * The political bodies of an organisation: every unit of a political type below it, without descending into
     * the other organisations it holds (a region's municipalities and their bodies are not the region's). One
     * query, whatever the size of the tree.
     */
    List<Unit> findBodies(UUID organisationId) {
        return jdbc.sql("""
                with recursive tree(id) as (
                    select id from org_unit where id = ?
                    union all
                    select u.id from org_unit u join tree t on u.parent_id = t.id
                    where u.type not in ('NATION', 'REGION', 'MUNICIPALITY'))
                select %s from org_unit where id in (select id from tree) and type = any (?)""".formatted(COLUMNS))
                .params(organisationId, java.util.Arrays.stream(UnitType.values()).filter(UnitType::isPoliticalBody).map(Enum::name)
                        .toArray(String[]::new))
                .query(UnitRepository::map).list();
    }

    /** The members of a comparison group. */
    List<Unit> findMembers(UUID groupId) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where id in (select unit_id from comparison_group_member where group_id = ?)")
                .param(groupId).query(UnitRepository::map).list();
    }

    /** The unit's ancestors, nearest last. */
    List<Unit> findAncestors(UUID id) {
        return jdbc.sql("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from org_unit where id = ?
                    union all
                    select u.id, u.parent_id, up.depth + 1 from org_unit u join up on u.id = up.parent_id)
                select %s from org_unit where id in (select id from up where depth > 0)
                order by (select depth from up where up.id = org_unit.id) desc""".formatted(COLUMNS))
                .param(id).query(UnitRepository::map).list();
    }

    UUID insert(String code, String koladaId, String name, String shortName, UnitType type, UUID parentId, int sortOrder, String source) {
        return jdbc.sql("""
                insert into org_unit (code, kolada_id, name, short_name, type, parent_id, sort_order, source)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(code, koladaId, name, shortName, type.name(), parentId, sortOrder, source)
                .query(UUID.class).single();
    }

    /** Saves only when the stored version is the one the editor read; returns false on a stale copy. */
    boolean update(Unit unit, String actor) {
        int rows = jdbc.sql("""
                update org_unit set name = ?, short_name = ?, code = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(unit.name(), unit.shortName(), unit.code(), actor, unit.id(), unit.version())
                .update();
        return rows == 1;
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single() == 0;
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("kolada_id"),
                rs.getString("name"),
                rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")),
                rs.getObject("parent_id", UUID.class),
                rs.getInt("sort_order"),
                rs.getString("source"),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
