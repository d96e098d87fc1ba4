package se.rodtrad.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A municipality of its own for the annual report's tests (so they never touch the demo's region): an assembly,
 * a committee and a second committee with only a draft plan, each plan with one goal, a followed indicator
 * whose values the tests may change, one assignment; the assembly's and the committee's own economy. Each
 * municipality gets a year of its own (2151, 2152, …).
 */
public final class AnnualReportFixtures {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2151);

    public record Municipality(UUID id, String name, int year, UUID assembly, UUID committee, UUID other, UUID assemblyPlan, UUID committeePlan,
            UUID measure, String committeeGoal, String assemblyGoal, String assemblyName, String committeeName) {
    }

    private AnnualReportFixtures() {
    }

    public static Municipality municipality(JdbcClient jdbc) {
        int year = NEXT_YEAR.getAndIncrement();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Testkommun " + tag;
        UUID org = unit(jdbc, "T" + tag, name, "MUNICIPALITY", null, 0);
        String assemblyName = "Kommunfullmäktige " + tag;
        String committeeName = "Barn- och utbildningsnämnd " + tag;
        UUID assembly = unit(jdbc, "T" + tag + "-KF", assemblyName, "ASSEMBLY", org, 1);
        UUID committee = unit(jdbc, "T" + tag + "-BN", committeeName, "COMMITTEE", assembly, 2);
        UUID other = unit(jdbc, "T" + tag + "-KN", "Kulturnämnd " + tag, "COMMITTEE", assembly, 3);
        UUID measure = jdbc.sql("""
                insert into measure (code, name, short_name, unit, subject, source) values (?, ?, 'Andel', 'procent', 'andel', 'Testkälla')
                returning id""").params("TEST-ANN-" + tag, "Andel behöriga " + tag).query(UUID.class).single();
        ReportFixtures.value(jdbc, measure, org, year - 1, new BigDecimal("60.0"));
        ReportFixtures.value(jdbc, measure, org, year, new BigDecimal("64.5"));
        String assemblyGoal = "Fullmäktiges mål " + tag + ": god ekonomisk hushållning";
        UUID ap = plan(jdbc, assembly, "kf", year, tag, assemblyGoal, measure, org, "DECIDED", 1);
        String goal = "Nämndens mål " + tag + ": fler elever blir behöriga";
        UUID cp = plan(jdbc, committee, "bn", year, tag, goal, measure, org, "DECIDED", 2);
        plan(jdbc, other, "kn", year, tag, "Kulturnämndens mål " + tag, measure, org, "DRAFT", 1);
        // the committee's own economy: budget 120 − 20 = 100 mnkr net, outcome 114 − 24 = 90 mnkr net (+10 mnkr)
        economy(jdbc, committee, year, "KOSTNADER", 120_00_000_000L, 9_50_000_000L);
        economy(jdbc, committee, year, "INTAKTER", 20_00_000_000L, 2_00_000_000L);
        // the assembly's: budget 50 mnkr, outcome 54 mnkr (−4 mnkr)
        economy(jdbc, assembly, year, "KOSTNADER", 50_00_000_000L, 4_50_000_000L);
        return new Municipality(org, name, year, assembly, committee, other, ap, cp, measure, goal, assemblyGoal, assemblyName, committeeName);
    }

    /** The committee's verksamhetsberättelse written and submitted by the administrator. */
    public static FollowReport submitCommitteeReport(Reports reports, Municipality m, String summary) {
        return as("admin", () -> {
            FollowReport r = reports.create(m.committeePlan(), "VERKSAMHETSBERATTELSE");
            r = reports.saveTexts(r.id(), r.version(), summary, List.of(new Reports.GoalInput(m.committeeGoal(), "UPPFYLLT", "Målet nåddes.")));
            return reports.submit(r.id(), r.version());
        });
    }

    static <T> T as(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_USER"));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static UUID unit(JdbcClient jdbc, String code, String name, String type, UUID parent, int sort) {
        return jdbc.sql("insert into org_unit (code, name, type, parent_id, sort_order, source) values (?, ?, ?, ?, ?, 'test') returning id")
                .params(code, name, type, parent, sort).query(UUID.class).single();
    }

    private static UUID plan(JdbcClient jdbc, UUID body, String code, int year, String tag, String goal, UUID measure, UUID subject, String status, int sort) {
        String key = "test-arsred-" + code + "-" + year + "-" + tag;
        UUID plan = jdbc.sql("insert into plan (key, body_id, year, title, status) values (?, ?, ?, ?, 'DRAFT') returning id")
                .params(key, body, year, "Verksamhetsplan " + year).query(UUID.class).single();
        UUID goalItem = item(jdbc, plan, null, "GOAL", goal, 0, key);
        item(jdbc, plan, goalItem, "INDICATOR", "Andel behöriga ska öka", 1, key);
        item(jdbc, plan, goalItem, "ASSIGNMENT", "Att utreda " + code + " " + tag, 2, key);
        jdbc.sql("""
                insert into followed_indicator (key, body_id, plan_key, lineage, sort_order, goal_text, text, subject_unit_id, measure_id, form, direction)
                values (?, ?, ?, ?, ?, ?, 'Andel behöriga ska öka', ?, ?, 'PREVIOUS_VALUE', 'INCREASE')""")
                .params("fi-" + key, body, key, key + "-1", sort, goal, subject, measure).update();
        jdbc.sql("update plan set status = ? where id = ?").params(status, plan).update();
        return plan;
    }

    private static UUID item(JdbcClient jdbc, UUID plan, UUID parent, String type, String text, int position, String key) {
        UUID lineage = jdbc.sql("insert into lineage (key, type) values (?, ?) returning id").params(key + "-" + position, type)
                .query(UUID.class).single();
        return jdbc.sql("""
                insert into plan_item (plan_id, lineage_id, parent_id, type, kind, number, text, position) values (?, ?, ?, ?, ?, ?, ?, ?)
                returning id""").params(plan, lineage, parent, type, type.equals("ASSIGNMENT") ? "Uppdrag" : null,
                        type.equals("ASSIGNMENT") ? String.valueOf(position) : null, text, position).query(UUID.class).single();
    }

    private static void economy(JdbcClient jdbc, UUID area, int year, String line, long budgetYear, long outcomePerMonth) {
        jdbc.sql("insert into econ_budget (year, month, area_id, line_code, amount_ore, source) values (?, null, ?, ?, ?, 'test')")
                .params(year, area, line, budgetYear).update();
        for (int month = 1; month <= 12; month++) {
            jdbc.sql("insert into econ_outcome (year, month, area_id, line_code, amount_ore, source) values (?, ?, ?, ?, ?, 'test')")
                    .params(year, month, area, line, outcomePerMonth).update();
        }
    }
}
