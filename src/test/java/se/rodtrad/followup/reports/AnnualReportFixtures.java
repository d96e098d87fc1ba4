package se.rodtrad.followup.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.assessment.Followed;
import se.rodtrad.followup.assessment.FollowedIndicator;
import se.rodtrad.followup.assessment.FollowedIndicators;
import se.rodtrad.organisation.NewUnit;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.PlanStatus;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A municipality of its own for the annual report's tests (so they never touch the demo's region): an assembly,
 * a committee and a second committee with only a draft plan, each plan with one goal, a followed indicator
 * whose values the tests may change, one assignment; the assembly's and the committee's own economy. Each
 * municipality gets a year of its own (2151, 2152, …).
 */
public final class AnnualReportFixtures {

    public record Municipality(UUID id, String name, int year, UUID assembly, UUID committee, UUID other, UUID assemblyPlan, UUID committeePlan,
            UUID measure, String committeeGoal, String assemblyGoal, String assemblyName, String committeeName) {
    }

    private AnnualReportFixtures() {
    }

    public static Municipality municipality(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Organisation organisation = context.getBean(Organisation.class);
        int year = TestPlans.newYear();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Testkommun " + tag;
        String assemblyName = "Kommunfullmäktige " + tag;
        String committeeName = "Barn- och utbildningsnämnd " + tag;
        UUID org = as("admin", () -> organisation.addUnit(new NewUnit("T" + tag, name, UnitType.MUNICIPALITY, null)).id());
        UUID assembly = as("admin", () -> organisation.addUnit(new NewUnit("T" + tag + "-KF", assemblyName, UnitType.ASSEMBLY, org)).id());
        UUID committee = as("admin", () -> organisation.addUnit(new NewUnit("T" + tag + "-BN", committeeName, UnitType.COMMITTEE, assembly)).id());
        UUID other = as("admin", () -> organisation.addUnit(new NewUnit("T" + tag + "-KN", "Kulturnämnd " + tag, UnitType.COMMITTEE, assembly)).id());
        String code = "TEST-ANN-" + tag;
        UUID measure = jdbc.sql("""
                insert into measure (code, name, short_name, unit, subject, source) values (?, ?, 'Andel', 'procent', 'andel', 'Testkälla')
                returning id""").params(code, "Andel behöriga " + tag).query(UUID.class).single();
        ReportFixtures.value(jdbc, measure, org, year - 1, new BigDecimal("60.0"));
        ReportFixtures.value(jdbc, measure, org, year, new BigDecimal("64.5"));
        String assemblyGoal = "Fullmäktiges mål " + tag + ": god ekonomisk hushållning";
        UUID ap = plan(context, "T" + tag + "-KF", year, tag, assemblyGoal, code, org, PlanStatus.DECIDED);
        String goal = "Nämndens mål " + tag + ": fler elever blir behöriga";
        UUID cp = plan(context, "T" + tag + "-BN", year, tag, goal, code, org, PlanStatus.DECIDED);
        plan(context, "T" + tag + "-KN", year, tag, "Kulturnämndens mål " + tag, code, org, PlanStatus.DRAFT);
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

    /**
     * A plan of the body with one goal, one indicator on the test's measure for the municipality, one assignment,
     * made through planning's use cases and followed at once.
     */
    private static UUID plan(ApplicationContext context, String bodyCode, int year, String tag, String goal, String measure, UUID subject,
            PlanStatus status) {
        TestPlans p = TestPlans.plan(context, bodyCode, year);
        int g = p.goal(null, null, goal);
        int indicator = p.indicator(g, "Andel behöriga ska öka", TestPlans.target("PREVIOUS_VALUE", "INCREASE"));
        p.assignment(g, "2", "Att utreda " + bodyCode + " " + tag, null, null);
        TestPlans.Made made = p.in(status);
        List<FollowedIndicator> followed = Followed.follow(made, Map.of(indicator, measure), context.getBean(FollowedIndicators.class),
                context.getBean(Assessments.class));
        if (!followed.get(0).subjectUnitId().equals(subject)) {
            throw new IllegalStateException("a municipality's plan is judged by the municipality's values");
        }
        return made.id();
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
