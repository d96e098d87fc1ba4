package se.rodtrad.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.fixtures.TestMeasures;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.assessment.FollowedIndicator;
import se.rodtrad.followup.assessment.FollowedIndicators;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.PlanId;
import se.rodtrad.planning.TargetDraft;

/**
 * A draft RTN plan of a year only one test uses, made through planning's use cases, with one goal, two followed indicators on
 * measures of the test's own (made and filled through followup's use cases) and two assignments — so report documents with real trends can be rendered
 * without touching the demo. The demo's submitted RTN 2023 delårsrapport 1 has no trend to draw: none of
 * RTN 2023's indicators has statistics among the demo data (the one linked measure, N03701, has no values).
 * <ul>
 * <li>"Andel i arbete" with a threshold of 75: the region, its twelve municipalities and riket, the four years up to the plan year — a crowded chart with a target line.</li>
 * <li>"Kvot" with a target interval 0,9–1,1: the region, the comparison counties and riket — a band.</li>
 * </ul>
 */
final class ReportFixture {

    record Fixture(UUID planId, int year, String goal, String tag, UUID assignment1, UUID assignment2, int seriesThreshold,
            int seriesBand) {
    }

    private ReportFixture() {
    }

    static Fixture rtnPlan(ApplicationContext context, Organisation organisation) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Unit region = organisation.homeRegion();
        Unit riket = organisation.unitByCode("0000").orElseThrow();
        String goal = "Testmål " + tag + ": fler i arbete i hela länet";
        TestPlans p = TestPlans.plan(context, "RTN", TestPlans.newYear());
        int g = p.goal(null, null, goal);
        int shareIndicator = p.indicator(g, "Andel i arbete ska nå 75 procent i kommunerna", new TargetDraft("THRESHOLD", "INCREASE", null, null,
                null, null, null, null, null, null, null, null, "75", "kommuner"));
        int ratioIndicator = p.indicator(g, "Kvoten ska ligga mellan 0,9 och 1,1", new TargetDraft("INTERVAL", "INCREASE", null, null, null, null,
                null, null, "0,9", "1,1", null, null, null, null));
        int a1 = p.assignment(g, "3", "Att kartlägga kompetensbehov " + tag, null, null);
        int a2 = p.assignment(g, "4", "Att följa upp lärcentra " + tag, null, null);
        TestPlans.Made plan = p.draft();
        int year = plan.plan().year();

        TestMeasures measures = new TestMeasures(context);
        UUID share = measures.measure("TEST-DOK-A-" + tag, "Andel i arbete " + tag, "Andel i arbete", "procent");
        List<Unit> municipalities = organisation.children(region.id()).stream().filter(u -> u.type() == UnitType.MUNICIPALITY).toList();
        List<Unit> shareUnits = new ArrayList<>();
        shareUnits.add(region);
        shareUnits.addAll(municipalities);
        shareUnits.add(riket);
        for (int u = 0; u < shareUnits.size(); u++) {
            for (int y = 0; y < 4; y++) {
                measures.value(share, shareUnits.get(u).code(), year - 3 + y, BigDecimal.valueOf(680 + u * 7 + y * 9 + (u % 3) * 4, 1));
            }
        }
        UUID ratio = measures.measure("TEST-DOK-B-" + tag, "Kvot " + tag, "Kvot", null);
        List<Unit> ratioUnits = new ArrayList<>();
        ratioUnits.add(region);
        ratioUnits.addAll(organisation.comparisonGroup("jamforbara-lan").orElseThrow().members());
        ratioUnits.add(riket);
        for (int u = 0; u < ratioUnits.size(); u++) {
            for (int y = 0; y < 4; y++) {
                measures.value(ratio, ratioUnits.get(u).code(), year - 3 + y, BigDecimal.valueOf(80 + u * 4 + y * 6, 2));
            }
        }
        FollowedIndicators followed = context.getBean(FollowedIndicators.class);
        Assessments assessments = context.getBean(Assessments.class);
        followed.follow(new PlanId(plan.id()));
        Acting.briefly("admin", () -> {
            for (FollowedIndicator f : assessments.indicators(plan.id())) {
                String code = f.planItemId().equals(plan.item(shareIndicator).id()) ? "TEST-DOK-A-" + tag
                        : f.planItemId().equals(plan.item(ratioIndicator).id()) ? "TEST-DOK-B-" + tag : null;
                assessments.relink(f.id(), code, f.version());
            }
        });
        return new Fixture(plan.id(), year, goal, tag, plan.item(a1).id(), plan.item(a2).id(), shareUnits.size(), ratioUnits.size());
    }
}
