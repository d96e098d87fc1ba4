package se.rodtrad.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mobility support: rates, schools, participant weeks and the year's budget. */
@Repository
class MobilityRepository {

    record RateRow(UUID id, int year, String kind, String regionCode, int rateKr, String status, String caseNumber, String paragraph, String text,
            boolean exempeldata, String source) {
    }

    record School(UUID id, String name, String regionCode, String owner, boolean exempeldata, String source) {
    }

    record Weeks(UUID id, int year, UUID schoolId, String homeRegion, BigDecimal weeks, boolean exempeldata, int version) {
    }

    record Budget(long amount, boolean approximate, String text, String source) {
    }

    private final JdbcClient jdbc;

    MobilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean any(UUID bodyId) {
        return jdbc.sql("select exists (select 1 from grant_mobility_rate where body_id = ?)").param(bodyId).query(Boolean.class).single();
    }

    UUID insertRate(UUID bodyId, int year, String kind, String region, int rate, String status, String caseNumber, String text, boolean exempeldata,
            String source) {
        return jdbc.sql("""
                insert into grant_mobility_rate (body_id, year, kind, region_code, rate_kr, status, case_number, text, exempeldata, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyId, year, kind, region, rate, status, caseNumber, text, exempeldata, source).query(UUID.class).single();
    }

    List<RateRow> rates(UUID bodyId, int year) {
        return jdbc.sql("select * from grant_mobility_rate where body_id = ? and year = ? order by kind, region_code nulls first").params(bodyId, year)
                .query((rs, i) -> new RateRow(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("kind"), rs.getString("region_code"),
                        rs.getInt("rate_kr"), rs.getString("status"), rs.getString("case_number"), rs.getString("paragraph"), rs.getString("text"),
                        rs.getBoolean("exempeldata"), rs.getString("source"))).list();
    }

    List<Integer> years(UUID bodyId) {
        return jdbc.sql("select distinct year from grant_mobility_rate where body_id = ? order by year desc").param(bodyId).query(Integer.class).list();
    }

    /** The body's § decided the year's proposed rates (the target is one rate of the year; all proposed rates of it follow). */
    void decideRates(UUID rateId, String caseNumber, LocalDate day, String paragraph) {
        jdbc.sql("""
                update grant_mobility_rate set status = 'DECIDED', paragraph = ?, decided_on = ?, version = version + 1, updated_at = now()
                where case_number = ? and status = 'PROPOSED' and year = (select year from grant_mobility_rate where id = ?)""")
                .params(paragraph, day, caseNumber, rateId).update();
    }

    UUID insertSchool(String name, String region, String owner, boolean exempeldata, String source) {
        return jdbc.sql("""
                insert into grant_mobility_school (name, region_code, owner, exempeldata, source) values (?, ?, ?, ?, ?)
                on conflict (name) do update set name = excluded.name returning id""").params(name, region, owner, exempeldata, source)
                .query(UUID.class).single();
    }

    List<School> schools() {
        return jdbc.sql("select * from grant_mobility_school order by exempeldata, name").query((rs, i) -> new School(rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getString("region_code"), rs.getString("owner"), rs.getBoolean("exempeldata"), rs.getString("source"))).list();
    }

    List<Weeks> weeks(int year) {
        return jdbc.sql("select * from grant_mobility_weeks where year = ? order by home_region, school_id").param(year)
                .query((rs, i) -> new Weeks(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getObject("school_id", UUID.class),
                        rs.getString("home_region"), rs.getBigDecimal("weeks"), rs.getBoolean("exempeldata"), rs.getInt("version"))).list();
    }

    void insertWeeks(int year, UUID school, String home, BigDecimal weeks, boolean exempeldata, String source, String actor) {
        jdbc.sql("insert into grant_mobility_weeks (year, school_id, home_region, weeks, exempeldata, source, updated_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(year, school, home, weeks, exempeldata, source, actor).update();
    }

    Optional<Weeks> findWeeks(int year, UUID school, String home) {
        return jdbc.sql("select * from grant_mobility_weeks where year = ? and school_id = ? and home_region = ?").params(year, school, home)
                .query((rs, i) -> new Weeks(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getObject("school_id", UUID.class),
                        rs.getString("home_region"), rs.getBigDecimal("weeks"), rs.getBoolean("exempeldata"), rs.getInt("version"))).optional();
    }

    boolean updateWeeks(UUID id, int version, BigDecimal weeks, String actor) {
        return jdbc.sql("""
                update grant_mobility_weeks set weeks = ?, exempeldata = false, source = null, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""").params(weeks, actor, id, version).update() == 1;
    }

    void insertBudget(UUID bodyId, int year, long amount, boolean approximate, String text, String source) {
        jdbc.sql("insert into grant_mobility_budget (body_id, year, amount, approximate, text, source) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(bodyId, year, amount, approximate, text, source).update();
    }

    Optional<Budget> budget(UUID bodyId, int year) {
        return jdbc.sql("select amount, approximate, text, source from grant_mobility_budget where body_id = ? and year = ?").params(bodyId, year)
                .query((rs, i) -> new Budget(rs.getLong("amount"), rs.getBoolean("approximate"), rs.getString("text"), rs.getString("source")))
                .optional();
    }
}
