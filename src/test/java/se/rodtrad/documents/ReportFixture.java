package se.rodtrad.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;

/**
 * A draft RTN plan of a year only one test uses (2161, 2162, …) with one goal, two followed indicators on
 * measures of the test's own and two assignments — so report documents with real trends can be rendered
 * without touching the demo. The demo's submitted RTN 2023 delårsrapport 1 has no trend to draw: none of
 * RTN 2023's indicators has statistics among the demo data (the one linked measure, N03701, has no values).
 * <ul>
 * <li>"Andel i arbete" with a threshold of 75: the region, its twelve municipalities and riket, the four years up to the plan year — a crowded chart with a target line.</li>
 * <li>"Kvot" with a target interval 0,9–1,1: the region, the comparison counties and riket — a band.</li>
 * </ul>
 */
final class ReportFixture {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2161);

    record Fixture(UUID planId, String planKey, int year, String goal, String tag, UUID assignment1, UUID assignment2, int seriesThreshold,
            int seriesBand) {
    }

    private ReportFixture() {
    }

    static Fixture rtnPlan(JdbcClient jdbc, Organisation organisation) {
        int year = NEXT_YEAR.getAndIncrement();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID body = organisation.unitByCode("RTN").orElseThrow().id();
        Unit region = organisation.homeRegion();
        Unit riket = organisation.unitByCode("0000").orElseThrow();
        String key = "test-rapportdok-" + year + "-" + tag;
        UUID plan = jdbc.sql("insert into plan (key, body_id, year, title, status) values (?, ?, ?, ?, 'DRAFT') returning id")
                .params(key, body, year, "Verksamhetsplan med budget " + year).query(UUID.class).single();
        String goal = "Testmål " + tag + ": fler i arbete i hela länet";
        UUID goalItem = item(jdbc, plan, null, "GOAL", goal, 0, tag);
        item(jdbc, plan, goalItem, "INDICATOR", "Andel i arbete ska nå 75 procent i kommunerna", 1, tag);
        item(jdbc, plan, goalItem, "INDICATOR", "Kvoten ska ligga mellan 0,9 och 1,1", 2, tag);
        UUID a1 = item(jdbc, plan, goalItem, "ASSIGNMENT", "Att kartlägga kompetensbehov " + tag, 3, tag);
        UUID a2 = item(jdbc, plan, goalItem, "ASSIGNMENT", "Att följa upp lärcentra " + tag, 4, tag);

        UUID share = measure(jdbc, "TEST-DOK-A-" + tag, "Andel i arbete " + tag, "Andel i arbete", "procent");
        jdbc.sql("""
                insert into followed_indicator (key, body_id, plan_key, lineage, goal_text, text, subject_unit_id, measure_id, form, direction,
                    threshold, units_of)
                values (?, ?, ?, ?, ?, 'Andel i arbete ska nå 75 procent i kommunerna', ?, ?, 'THRESHOLD', 'INCREASE', 75, 'kommuner')""")
                .params("test-dok-a-" + tag, body, key, "test-" + tag + "-1", goal, region.id(), share).update();
        List<Unit> municipalities = organisation.children(region.id()).stream().filter(u -> u.type() == UnitType.MUNICIPALITY).toList();
        List<Unit> shareUnits = new ArrayList<>();
        shareUnits.add(region);
        shareUnits.addAll(municipalities);
        shareUnits.add(riket);
        for (int u = 0; u < shareUnits.size(); u++) {
            for (int y = 0; y < 4; y++) {
                value(jdbc, share, shareUnits.get(u).id(), year - 3 + y, BigDecimal.valueOf(680 + u * 7 + y * 9 + (u % 3) * 4, 1));
            }
        }

        UUID ratio = measure(jdbc, "TEST-DOK-B-" + tag, "Kvot " + tag, "Kvot", null);
        jdbc.sql("""
                insert into followed_indicator (key, body_id, plan_key, lineage, goal_text, text, subject_unit_id, measure_id, form, direction,
                    lower_bound, upper_bound)
                values (?, ?, ?, ?, ?, 'Kvoten ska ligga mellan 0,9 och 1,1', ?, ?, 'INTERVAL', 'INCREASE', 0.9, 1.1)""")
                .params("test-dok-b-" + tag, body, key, "test-" + tag + "-2", goal, region.id(), ratio).update();
        List<Unit> ratioUnits = new ArrayList<>();
        ratioUnits.add(region);
        ratioUnits.addAll(organisation.comparisonGroup("jamforbara-lan").orElseThrow().members());
        ratioUnits.add(riket);
        for (int u = 0; u < ratioUnits.size(); u++) {
            for (int y = 0; y < 4; y++) {
                value(jdbc, ratio, ratioUnits.get(u).id(), year - 3 + y, BigDecimal.valueOf(80 + u * 4 + y * 6, 2));
            }
        }
        return new Fixture(plan, key, year, goal, tag, a1, a2, shareUnits.size(), ratioUnits.size());
    }

    private static UUID measure(JdbcClient jdbc, String code, String name, String shortName, String unit) {
        return jdbc.sql("""
                insert into measure (code, name, short_name, unit, subject, source) values (?, ?, ?, ?, 'test', 'Testkälla') returning id""")
                .params(code, name, shortName, unit).query(UUID.class).single();
    }

    private static void value(JdbcClient jdbc, UUID measure, UUID unit, int year, BigDecimal v) {
        jdbc.sql("""
                insert into indicator_value (measure_id, unit_id, period, period_type, year, gender, value, source)
                values (?, ?, ?, 'YEAR', ?, 'T', ?, 'Testkälla')""").params(measure, unit, String.valueOf(year), year, v).update();
    }

    private static UUID item(JdbcClient jdbc, UUID plan, UUID parent, String type, String text, int position, String tag) {
        UUID lineage = jdbc.sql("insert into lineage (key, type) values (?, ?) returning id").params("test-dok-" + tag + "-" + position, type)
                .query(UUID.class).single();
        return jdbc.sql("""
                insert into plan_item (plan_id, lineage_id, parent_id, type, kind, number, text, position) values (?, ?, ?, ?, ?, ?, ?, ?)
                returning id""").params(plan, lineage, parent, type, type.equals("ASSIGNMENT") ? "Uppdrag" : null,
                        type.equals("ASSIGNMENT") ? String.valueOf(position) : null, text, position).query(UUID.class).single();
    }
}
