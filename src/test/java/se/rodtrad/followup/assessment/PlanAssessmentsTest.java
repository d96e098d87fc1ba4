package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.planning.TargetDraft;

/**
 * A plan's indicators are assessed together (measures, judgements and the compared values read once per plan, see
 * {@link Assessments#assessPlan}); that must give exactly what assessing each indicator on its own gives.
 */
@RodtradTest
class PlanAssessmentsTest {

    @Autowired
    Assessments assessments;
    @Autowired
    IndicatorValues values;

    @Autowired
    FollowedIndicators followed;
    @Autowired
    se.rodtrad.planning.PlanEditing editing;
    @Autowired
    se.rodtrad.planning.Plans plans;
    @Autowired
    se.rodtrad.organisation.Organisation organisation;

    UUID plan;
    List<FollowedIndicator> own;

    /**
     * A plan of its own with BRP per invånare for Region Örebro län under every target form that reads values —
     * against riket, the comparable counties, the county's municipalities, by sex, the latest statistics — and the
     * same forms on BRP per sysselsatt, whose counties' data are missing (a sibling series is then named).
     */
    @BeforeEach
    void everyForm() {
        List<TargetDraft> targets = List.of(
                draft("PREVIOUS_VALUE", "INCREASE", "LATEST_STATISTICS", null, null, null, null, null),
                draft("PREVIOUS_VALUE", "DECREASE", null, null, null, null, null, null),
                draft("BASE_YEAR", "INCREASE", null, "2015", null, null, null, null),
                draft("RELATIVE_CHANGE", "INCREASE", null, "2012", "2030", "20", null, null),
                draft("PEER_GROUP", "INCREASE", null, null, null, null, "jamforbara-lan", "LEVEL"),
                draft("PEER_GROUP", "INCREASE", null, null, null, null, "jamforbara-lan", "CHANGE"),
                draft("NATIONAL", "INCREASE", null, null, null, null, null, "LEVEL"),
                draft("NATIONAL", "DECREASE", null, null, null, null, null, "CHANGE"),
                new TargetDraft("GAP", "DECREASE", null, null, null, null, null, null, null, null, null, "kvinnor och män", null, null),
                draft("REPORT_ONLY", "NONE", null, null, null, null, null, null),
                new TargetDraft("INTERVAL", "NONE", null, null, null, null, null, null, "300", "400", "tkr", null, null, null),
                new TargetDraft("THRESHOLD", "INCREASE", null, null, null, null, null, null, null, null, null, null, "350", "kommuner i länet"));
        TestPlans p = TestPlans.plan(editing, plans, organisation, "RTN");
        Map<Integer, String> measures = new java.util.HashMap<>();
        for (String code : List.of("SCB-BRP-PER-INV", "N03701")) {
            int goal = p.goal("Mål", null, "Mål för " + code);
            for (TargetDraft t : targets) {
                measures.put(p.indicator(goal, code.equals("N03701") ? "BRP per sysselsatt" : "BRP per invånare ska öka.", t), code);
            }
        }
        TestPlans.Made made = p.draft();
        own = Followed.follow(made, measures, followed, assessments);
        plan = made.id();
    }

    private static TargetDraft draft(String form, String direction, String reference, String baseYear, String targetYear, String percent,
            String group, String measure) {
        return new TargetDraft(form, direction, reference, baseYear, targetYear, percent, group, measure, null, null, null, null, null, null);
    }

    @Test
    @WithMockUser("controller")
    void a_plan_assessed_together_gives_what_each_indicator_gives_on_its_own() {
        assessments.judge(own.get(4).id(), 2021, "DELVIS_UPPFYLLT", "Bedömd av en person", null);
        List<UUID> keys = new ArrayList<>(assessments.plans());
        assertThat(keys).contains(plan, rtn2026());
        int compared = 0;
        for (UUID key : keys) {
            for (int year = 2012; year <= 2026; year++) {
                Period period = Period.year(year);
                List<Assessments.IndicatorAssessment> alone = assessments.indicators(key).stream().filter(f -> f.targetIndex() == 0)
                        .map(f -> assessments.assess(f.id(), period)).toList();
                assertThat(assessments.assessPlan(key, period)).as("%s %d", key, year).isEqualTo(alone);
                compared += alone.size();
            }
        }
        assertThat(compared).isGreaterThan(24 * 15);
        // and the assessments say something different across the forms and years: not everything "kan ej bedömas"
        assertThat(assessments.assessPlan(plan, Period.year(2021))).extracting(a -> a.computed().status()).contains(AssessmentStatus.UPPFYLLT)
                .contains(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(assessments.assessPlan(plan, Period.year(2021))).anySatisfy(a -> assertThat(a.judged()).isTrue());
    }

    @Test
    void the_default_year_is_the_latest_with_a_value_of_the_plans_measures_for_their_units() {
        for (UUID key : assessments.plans()) {
            int latest = 0;
            for (FollowedIndicator f : assessments.indicators(key)) {
                if (f.measureId() != null) {
                    for (IndicatorValue v : values.values(f.measureId(), List.of(f.subjectUnitId()))) {
                        if (v.value() != null) {
                            latest = Math.max(latest, v.period().year());
                        }
                    }
                }
            }
            assertThat(assessments.defaultYear(key, 1999)).as(key.toString()).isEqualTo(latest == 0 ? 1999 : latest);
        }
        assertThat(assessments.defaultYear(plan, 1999)).isGreaterThan(2015);
        assertThat(assessments.defaultYear(UUID.randomUUID(), 1999)).isEqualTo(1999);
    }

    private UUID rtn2026() {
        return plans.byKey("rtn-2026").orElseThrow().id();
    }
}
