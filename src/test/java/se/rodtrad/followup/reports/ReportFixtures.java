package se.rodtrad.followup.reports;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.assessment.Followed;
import se.rodtrad.followup.assessment.FollowedIndicators;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.Plans;

/**
 * A plan year that only one test uses: an RTN plan with one goal, one followed indicator whose measure has values
 * for the region, and two assignments — the plan made through planning's use cases ({@link TestPlans}), the measure
 * and its values in followup's own store — so that tests which submit reports, change values and set statuses never
 * touch the shared demo plans. Each plan gets a year of its own.
 */
final class ReportFixtures {

    record Fixture(UUID planId, int year, String goal, UUID measureId, UUID indicatorId, UUID regionId, UUID assignment1,
            UUID assignment2, UUID indicatorItem) {
    }

    private ReportFixtures() {
    }

    static Fixture rtnPlan(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Organisation organisation = context.getBean(Organisation.class);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID region = organisation.unitByCode("0018").orElseThrow().id();
        String goal = "Testmål " + tag + ": fler i arbete";
        TestPlans p = TestPlans.plan(context.getBean(PlanEditing.class), context.getBean(Plans.class), organisation, "RTN");
        int g = p.goal(null, null, goal);
        int indicator = p.indicator(g, "Andel i arbete ska öka", TestPlans.target("PREVIOUS_VALUE", "INCREASE"));
        int a1 = p.assignment(g, "2", "Att utreda lärcentrum " + tag, null, null);
        int a2 = p.assignment(g, "3", "Att följa upp TABB " + tag, null, null);
        TestPlans.Made plan = p.draft();
        int year = plan.plan().year();
        UUID measure = jdbc.sql("""
                insert into measure (code, name, short_name, unit, subject, source) values (?, ?, ?, 'procent', 'andel i arbete', 'Testkälla')
                returning id""").params("TEST-RPT-" + tag, "Andel i arbete " + tag, "Andel i arbete").query(UUID.class).single();
        value(jdbc, measure, region, year - 1, new BigDecimal("10.0"));
        value(jdbc, measure, region, year, new BigDecimal("12.5"));
        UUID followed = Followed.follow(plan, Map.of(indicator, "TEST-RPT-" + tag), context.getBean(FollowedIndicators.class),
                context.getBean(Assessments.class)).get(0).id();
        return new Fixture(plan.id(), year, goal, measure, followed, region, plan.item(a1).id(), plan.item(a2).id(), plan.item(indicator).id());
    }

    static void value(JdbcClient jdbc, UUID measure, UUID unit, int year, BigDecimal v) {
        jdbc.sql("""
                insert into indicator_value (measure_id, unit_id, period, period_type, year, gender, value, source)
                values (?, ?, ?, 'YEAR', ?, 'T', ?, 'Testkälla')""").params(measure, unit, String.valueOf(year), year, v).update();
    }
}
