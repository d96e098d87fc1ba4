package se.rodtrad.followup;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plan year that only one test uses: an RTN plan with one goal, one followed indicator whose measure has
 * values for the region, and two assignments — written directly, so that tests which submit reports, change
 * values and set statuses never touch the shared demo plans. Each plan gets a year of its own (2181, 2182, …).
 */
final class ReportFixtures {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2181);

    record Fixture(UUID planId, String planKey, int year, String goal, UUID measureId, UUID indicatorId, UUID regionId, UUID assignment1,
            UUID assignment2, UUID indicatorItem) {
    }

    private ReportFixtures() {
    }

    static Fixture rtnPlan(JdbcClient jdbc) {
        int year = NEXT_YEAR.getAndIncrement();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID body = id(jdbc, "select id from org_unit where code = 'RTN'");
        UUID region = id(jdbc, "select id from org_unit where code = '0018'");
        String key = "test-rapport-" + year + "-" + tag;
        UUID plan = jdbc.sql("insert into plan (key, body_id, year, title, status) values (?, ?, ?, ?, 'DRAFT') returning id")
                .params(key, body, year, "Verksamhetsplan med budget " + year).query(UUID.class).single();
        String goal = "Testmål " + tag + ": fler i arbete";
        UUID goalItem = item(jdbc, plan, null, "GOAL", goal, 0, tag);
        UUID indicatorItem = item(jdbc, plan, goalItem, "INDICATOR", "Andel i arbete ska öka", 1, tag);
        UUID a1 = item(jdbc, plan, goalItem, "ASSIGNMENT", "Att utreda lärcentrum " + tag, 2, tag);
        UUID a2 = item(jdbc, plan, goalItem, "ASSIGNMENT", "Att följa upp TABB " + tag, 3, tag);
        UUID measure = jdbc.sql("""
                insert into measure (code, name, short_name, unit, subject, source) values (?, ?, ?, 'procent', 'andel i arbete', 'Testkälla')
                returning id""").params("TEST-RPT-" + tag, "Andel i arbete " + tag, "Andel i arbete").query(UUID.class).single();
        UUID indicator = jdbc.sql("""
                insert into followed_indicator (key, body_id, plan_key, lineage, goal_text, text, subject_unit_id, measure_id, form, direction)
                values (?, ?, ?, ?, ?, 'Andel i arbete ska öka', ?, ?, 'PREVIOUS_VALUE', 'INCREASE') returning id""")
                .params("test-fi-" + tag, body, key, "test-" + tag + "-1", goal, region, measure).query(UUID.class).single();
        value(jdbc, measure, region, year - 1, new BigDecimal("10.0"));
        value(jdbc, measure, region, year, new BigDecimal("12.5"));
        return new Fixture(plan, key, year, goal, measure, indicator, region, a1, a2, indicatorItem);
    }

    static void value(JdbcClient jdbc, UUID measure, UUID unit, int year, BigDecimal v) {
        jdbc.sql("""
                insert into indicator_value (measure_id, unit_id, period, period_type, year, gender, value, source)
                values (?, ?, ?, 'YEAR', ?, 'T', ?, 'Testkälla')""").params(measure, unit, String.valueOf(year), year, v).update();
    }

    private static UUID item(JdbcClient jdbc, UUID plan, UUID parent, String type, String text, int position, String tag) {
        UUID lineage = jdbc.sql("insert into lineage (key, type) values (?, ?) returning id").params("test-" + tag + "-" + position, type)
                .query(UUID.class).single();
        return jdbc.sql("""
                insert into plan_item (plan_id, lineage_id, parent_id, type, kind, number, text, position) values (?, ?, ?, ?, ?, ?, ?, ?)
                returning id""").params(plan, lineage, parent, type, type.equals("ASSIGNMENT") ? "Uppdrag" : null,
                        type.equals("ASSIGNMENT") ? String.valueOf(position) : null, text, position).query(UUID.class).single();
    }

    private static UUID id(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }
}
