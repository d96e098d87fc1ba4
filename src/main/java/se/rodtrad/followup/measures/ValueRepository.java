package se.rodtrad.followup.measures;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

@Repository
class ValueRepository {

    private static final String SELECT = """
            select v.id, v.measure_id, v.unit_id, v.period, v.gender, v.value, v.count, v.status,
                   v.source, v.published, v.preliminary, v.exempeldata, v.import_id, v.version, v.updated_at, v.updated_by
            from indicator_value v
            """;

    /** The identity of a value: one series, unit, period and sex. */
    record Key(UUID measureId, UUID unitId, String period, Gender gender) {
    }

    /** What a writer wants stored. */
    record Content(BigDecimal value, Integer count, String status, String source, LocalDate published, boolean preliminary,
            boolean exempeldata) {

        /** Same figures (value, count, status, preliminary flag); source and publication are where they came from. */
        boolean sameFigures(IndicatorValue v) {
            return Decimals.same(value, v.value()) && java.util.Objects.equals(count, v.count())
                    && java.util.Objects.equals(status, v.status()) && preliminary == v.preliminary();
        }
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    private final Organisation organisation;

    ValueRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, Organisation organisation) {
        this.jdbc = jdbc;
        this.template = template;
        this.organisation = organisation;
    }

    /** The rows as values, each with its unit's code and name as the organisation module names them. */
    private List<IndicatorValue> values(JdbcClient.StatementSpec query) {
        Map<UUID, Unit> units = organisation.unitsById();
        return query.query((rs, i) -> map(rs, units)).list();
    }

    /** In document order: year, period, the units in the organisation's order, sex. */
    private List<IndicatorValue> ordered(List<IndicatorValue> values) {
        Map<UUID, Unit> units = organisation.unitsById();
        List<IndicatorValue> result = new java.util.ArrayList<>(values);
        result.sort(java.util.Comparator.comparingInt((IndicatorValue v) -> v.period().year()).thenComparing(v -> v.period().code())
                .thenComparingInt(v -> units.containsKey(v.unitId()) ? units.get(v.unitId()).sortOrder() : 0)
                .thenComparing(v -> v.gender().name()));
        return result;
    }

    /**
     * Inserts many new values (an import of a Kolada result: up to millions) with PostgreSQL's COPY, inside the
     * caller's transaction: one round trip per megabyte instead of one statement per value. The rows and their
     * audit entries are the same as an INSERT's (the audit trigger fires for COPY as well).
     */
    void insertAll(List<Map.Entry<Key, Content>> rows, UUID importId, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        template.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) connection -> {
            org.postgresql.copy.CopyIn copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
                    copy indicator_value (measure_id, unit_id, period, period_type, year, gender, value, count, status, source, published,
                                          preliminary, exempeldata, import_id, updated_by) from stdin""");
            try {
                CopyText text = new CopyText();
                for (Map.Entry<Key, Content> e : rows) {
                    Key key = e.getKey();
                    Content c = e.getValue();
                    Period p = Period.parse(key.period()).orElseThrow();
                    text.field(key.measureId()).field(key.unitId()).field(p.code()).field(p.type().name()).field(p.year())
                            .field(key.gender().name()).field(c.value() == null ? null : c.value().toPlainString()).field(c.count())
                            .field(c.status()).field(c.source()).field(c.published()).field(c.preliminary() ? "t" : "f")
                            .field(c.exempeldata() ? "t" : "f").field(importId).field(actor).endRow();
                    if (text.size() >= 1 << 20) {
                        text.writeTo(copy);
                    }
                }
                text.writeTo(copy);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** Rows in COPY's text format: tab between fields, \N for null, backslash, tab and line breaks escaped. */
    static final class CopyText {
        private final StringBuilder sb = new StringBuilder(1 << 16);
        private boolean first = true;

        CopyText field(Object value) {
            if (!first) {
                sb.append('\t');
            }
            first = false;
            if (value == null) {
                sb.append("\\N");
                return this;
            }
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
            return this;
        }

        CopyText endRow() {
            sb.append('\n');
            first = true;
            return this;
        }

        int size() {
            return sb.length();
        }

        String text() {
            return sb.toString();
        }

        void writeTo(org.postgresql.copy.CopyIn copy) throws SQLException {
            byte[] bytes = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            sb.setLength(0);
        }
    }

    Optional<IndicatorValue> findById(UUID id) {
        return values(jdbc.sql(SELECT + " where v.id = ?").param(id)).stream().findFirst();
    }

    Optional<IndicatorValue> find(Key key) {
        return values(jdbc.sql(SELECT + " where v.measure_id = ? and v.unit_id = ? and v.period = ? and v.gender = ?")
                .params(key.measureId(), key.unitId(), key.period(), key.gender().name())).stream().findFirst();
    }

    List<IndicatorValue> findByMeasure(UUID measureId) {
        return ordered(values(jdbc.sql(SELECT + " where v.measure_id = ?").param(measureId)));
    }

    List<IndicatorValue> findByMeasureAndUnits(UUID measureId, Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return ordered(values(jdbc.sql(SELECT + " where v.measure_id = ? and v.unit_id = any (?)").params(measureId, unitIds.toArray(UUID[]::new))));
    }

    /**
     * One sex's values of each measure for its units, of one period type up to a year, leaving out missing values:
     * what a report's trends and latest values show for all of a plan's indicators — one query, without the rows it
     * would throw away.
     */
    List<IndicatorValue> findSeries(Map<UUID, ? extends Collection<UUID>> unitsByMeasure, Gender gender, PeriodType type, int maxYear) {
        Pairs pairs = Pairs.of(unitsByMeasure);
        if (pairs.isEmpty()) {
            return List.of();
        }
        return ordered(values(jdbc.sql(SELECT + """
                 where (v.measure_id, v.unit_id) in (select * from unnest(cast(? as uuid[]), cast(? as uuid[])))
                   and v.gender = ? and v.period_type = ? and v.year <= ? and v.value is not null""")
                .params(pairs.measures(), pairs.units(), gender.name(), type.name(), maxYear)));
    }

    /**
     * Every stored value (each period and sex, missing values too) of each measure for its units, in one query: what
     * the assessments of a plan's indicators look up, read once per plan instead of one value at a time.
     */
    List<IndicatorValue> findByMeasuresAndUnits(Map<UUID, ? extends Collection<UUID>> unitsByMeasure) {
        Pairs pairs = Pairs.of(unitsByMeasure);
        if (pairs.isEmpty()) {
            return List.of();
        }
        return values(jdbc.sql(SELECT + " where (v.measure_id, v.unit_id) in (select * from unnest(cast(? as uuid[]), cast(? as uuid[])))")
                .params(pairs.measures(), pairs.units()));
    }

    /** The latest year with a value (not a missing one) of each measure for its units; empty when there is none. */
    Optional<Integer> latestYear(Map<UUID, ? extends Collection<UUID>> unitsByMeasure) {
        Pairs pairs = Pairs.of(unitsByMeasure);
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        int year = jdbc.sql("""
                select coalesce(max(v.year), 0) from indicator_value v
                where (v.measure_id, v.unit_id) in (select * from unnest(cast(? as uuid[]), cast(? as uuid[])))
                  and v.value is not null""").params(pairs.measures(), pairs.units()).query(Integer.class).single();
        return year == 0 ? Optional.empty() : Optional.of(year);
    }

    /** (measure, unit) pairs as two parallel arrays, for unnest. */
    private record Pairs(UUID[] measures, UUID[] units) {

        static Pairs of(Map<UUID, ? extends Collection<UUID>> unitsByMeasure) {
            List<UUID> ms = new java.util.ArrayList<>();
            List<UUID> us = new java.util.ArrayList<>();
            unitsByMeasure.forEach((m, units) -> new java.util.LinkedHashSet<>(units).forEach(u -> {
                ms.add(m);
                us.add(u);
            }));
            return new Pairs(ms.toArray(UUID[]::new), us.toArray(UUID[]::new));
        }

        boolean isEmpty() {
            return measures.length == 0;
        }
    }

    /** Every stored value of the measures, by key: what an import compares against. */
    Map<Key, IndicatorValue> snapshot(Collection<UUID> measureIds) {
        Map<Key, IndicatorValue> result = new HashMap<>();
        if (measureIds.isEmpty()) {
            return result;
        }
        values(jdbc.sql(SELECT + " where v.measure_id = any (?)").param(measureIds.toArray(UUID[]::new)))
                .forEach(v -> result.put(new Key(v.measureId(), v.unitId(), v.period().code(), v.gender()), v));
        return result;
    }

    UUID insert(Key key, Content c, UUID importId, String actor) {
        Period p = Period.parse(key.period()).orElseThrow();
        return jdbc.sql("""
                insert into indicator_value (measure_id, unit_id, period, period_type, year, gender, value, count, status, source, published,
                                             preliminary, exempeldata, import_id, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(key.measureId(), key.unitId(), p.code(), p.type().name(), p.year(), key.gender().name(), c.value(), c.count(),
                        c.status(), c.source(), date(c.published()), c.preliminary(), c.exempeldata(), importId, actor)
                .query(UUID.class).single();
    }

    /**
     * Replaces the figures of a stored value and keeps the replaced ones as a revision, in one statement
     * pair; refused (false) when the stored version is not the one the writer read.
     */
    boolean revise(IndicatorValue current, Content c, UUID importId, String actor, String reason) {
        int rows = jdbc.sql("""
                update indicator_value set value = ?, count = ?, status = ?, source = ?, published = ?, preliminary = ?, exempeldata = ?,
                       import_id = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(c.value(), c.count(), c.status(), c.source(), date(c.published()), c.preliminary(), c.exempeldata(), importId,
                        actor, current.id(), current.version())
                .update();
        if (rows != 1) {
            return false;
        }
        jdbc.sql("""
                insert into indicator_value_revision (value_id, value, count, status, source, published, preliminary, replaced_by, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(current.id(), current.value(), current.count(), current.status(), current.source(), date(current.published()),
                        current.preliminary(), actor, reason)
                .update();
        return true;
    }

    List<ValueRevision> revisions(UUID valueId) {
        return jdbc.sql("""
                select id, value_id, value, count, status, source, published, preliminary, replaced_at, replaced_by, reason
                from indicator_value_revision where value_id = ? order by id desc""")
                .param(valueId)
                .query((rs, i) -> new ValueRevision(rs.getLong("id"), rs.getObject("value_id", UUID.class), rs.getBigDecimal("value"),
                        (Integer) rs.getObject("count"), rs.getString("status"), rs.getString("source"), localDate(rs.getDate("published")),
                        rs.getBoolean("preliminary"), rs.getTimestamp("replaced_at").toInstant(), rs.getString("replaced_by"),
                        rs.getString("reason")))
                .list();
    }

    /** Which units have values of a measure, per sex, which periods per sex, and whether any value is example data. */
    IndicatorValues.Outline outline(UUID measureId) {
        Map<Gender, java.util.Set<UUID>> units = new java.util.EnumMap<>(Gender.class);
        java.util.Set<UUID> all = new java.util.HashSet<>();
        jdbc.sql("select distinct unit_id, gender from indicator_value where measure_id = ?").param(measureId).query(rs -> {
            UUID unit = rs.getObject("unit_id", UUID.class);
            all.add(unit);
            units.computeIfAbsent(Gender.valueOf(rs.getString("gender")), g -> new java.util.HashSet<>()).add(unit);
        });
        Map<Gender, java.util.TreeSet<Period>> periods = new java.util.EnumMap<>(Gender.class);
        jdbc.sql("select distinct gender, period from indicator_value where measure_id = ?").param(measureId).query(rs -> {
            periods.computeIfAbsent(Gender.valueOf(rs.getString("gender")), g -> new java.util.TreeSet<>())
                    .add(Period.parse(rs.getString("period")).orElseThrow());
        });
        boolean exempeldata = jdbc.sql("select exists (select 1 from indicator_value where measure_id = ? and exempeldata)").param(measureId)
                .query(Boolean.class).single();
        return new IndicatorValues.Outline(all, units, periods, exempeldata);
    }

    /** {@link #revisionCounts(UUID)} for the values of these units only. */
    Map<UUID, Integer> revisionCounts(UUID measureId, Collection<UUID> unitIds) {
        Map<UUID, Integer> result = new HashMap<>();
        jdbc.sql("""
                select r.value_id, count(*) as n from indicator_value_revision r join indicator_value v on v.id = r.value_id
                where v.measure_id = ? and v.unit_id = any (?) group by r.value_id""")
                .params(measureId, unitIds.toArray(UUID[]::new))
                .query((rs, i) -> result.put(rs.getObject("value_id", UUID.class), rs.getInt("n"))).list();
        return result;
    }

    /** Values per measure that have been revised at least once. */
    Map<UUID, Integer> revisionCounts(UUID measureId) {
        Map<UUID, Integer> result = new HashMap<>();
        jdbc.sql("""
                select r.value_id, count(*) as n from indicator_value_revision r join indicator_value v on v.id = r.value_id
                where v.measure_id = ? group by r.value_id""")
                .param(measureId).query((rs, i) -> result.put(rs.getObject("value_id", UUID.class), rs.getInt("n"))).list();
        return result;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private IndicatorValue map(ResultSet rs, Map<UUID, Unit> units) throws SQLException {
        UUID unitId = rs.getObject("unit_id", UUID.class);
        Unit unit = units.containsKey(unitId) ? units.get(unitId) : organisation.unit(unitId);
        BigDecimal value = rs.getBigDecimal("value");
        return new IndicatorValue(rs.getObject("id", UUID.class), rs.getObject("measure_id", UUID.class),
                unitId, unit.code(), unit.name(),
                Period.parse(rs.getString("period")).orElseThrow(), Gender.valueOf(rs.getString("gender")),
                value == null ? null : Decimals.bounded(value).orElse(value), (Integer) rs.getObject("count"), rs.getString("status"),
                rs.getString("source"), localDate(rs.getDate("published")), rs.getBoolean("preliminary"), rs.getBoolean("exempeldata"),
                rs.getObject("import_id", UUID.class), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
