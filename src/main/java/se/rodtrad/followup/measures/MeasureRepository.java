package se.rodtrad.followup.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeasureRepository {

    private static final String COLUMNS = "id, code, kolada_id, name, short_name, unit, subject, denominator, description, source, by_gender, version, updated_at, updated_by";

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Measure> findAll() {
        return jdbc.sql("select " + COLUMNS + " from measure order by code").query(MeasureRepository::map).list();
    }

    Optional<Measure> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from measure where id = ?").param(id).query(MeasureRepository::map).optional();
    }

    List<Measure> findByIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from measure where id = any (?)").param(ids.toArray(UUID[]::new))
                .query(MeasureRepository::map).list();
    }

    Optional<Measure> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from measure where code = ? or kolada_id = ? order by (code = ?) desc limit 1")
                .params(code, code, code).query(MeasureRepository::map).optional();
    }

    /** Each code's measure: the one with that code, else the first (by code) with that Kolada id; unknown codes are left out. */
    java.util.Map<String, UUID> idsByCode(java.util.Collection<String> codes) {
        java.util.Map<String, UUID> result = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select c.code, coalesce((select m.id from measure m where m.code = c.code),
                                        (select m.id from measure m where m.kolada_id = c.code order by m.code limit 1)) as id
                from unnest(cast(? as text[])) as c(code)""").param(codes.toArray(String[]::new))
                .query((rs, i) -> java.util.Map.entry(rs.getString("code"), java.util.Optional.ofNullable(rs.getObject("id", UUID.class))))
                .list().forEach(e -> e.getValue().ifPresent(id -> result.put(e.getKey(), id)));
        return result;
    }

    /** Other series of the same subject (BRP per sysselsatt next to BRP per invånare). */
    List<Measure> findBySubject(String subject) {
        return jdbc.sql("select " + COLUMNS + " from measure where lower(subject) = lower(?) order by code").param(subject)
                .query(MeasureRepository::map).list();
    }

    UUID insert(Measure m, String actor) {
        return jdbc.sql("""
                insert into measure (code, kolada_id, name, short_name, unit, subject, denominator, description, source, by_gender, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(m.code(), m.koladaId(), m.name(), m.shortName(), m.unit(), m.subject(), m.denominator(), m.description(),
                        m.source(), m.byGender(), actor)
                .query(UUID.class).single();
    }

    boolean update(Measure m, String actor) {
        return jdbc.sql("""
                update measure set name = ?, short_name = ?, unit = ?, subject = ?, denominator = ?, description = ?, source = ?,
                       by_gender = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(m.name(), m.shortName(), m.unit(), m.subject(), m.denominator(), m.description(), m.source(), m.byGender(),
                        actor, m.id(), m.version())
                .update() == 1;
    }

    long valueCount(UUID measureId) {
        return jdbc.sql("select count(*) from indicator_value where measure_id = ?").param(measureId).query(Long.class).single();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from measure").query(Long.class).single() == 0;
    }

    static Measure map(ResultSet rs, int row) throws SQLException {
        return new Measure(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("kolada_id"), rs.getString("name"),
                rs.getString("short_name"), rs.getString("unit"), rs.getString("subject"), rs.getString("denominator"),
                rs.getString("description"), rs.getString("source"), rs.getBoolean("by_gender"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
