package se.rodtrad.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import se.rodtrad.RodtradTest;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.Target;
import se.rodtrad.planning.TargetForm;

/**
 * A plan's indicators are assessed together (measures, judgements and the compared values read once per plan, see
 * {@link Assessments#assessPlan}); that must give exactly what assessing each indicator on its own gives.
 */
@RodtradTest
class PlanAssessmentsTest {

    @Autowired
    Assessments assessments;
    @Autowired
    FollowedIndicatorRepository repository;
    @Autowired
    MeasureRepository measures;
    @Autowired
    ValueRepository values;
    @Autowired
    JdbcClient jdbc;

    final String plan = "test-batch-" + UUID.randomUUID();
    final List<UUID> own = new ArrayList<>();

    /**
     * A plan of its own with the demo's BRP per invånare for Region Örebro län under every target form that reads
     * values — against riket, the comparable counties, the county's municipalities, by sex, the latest statistics —
     * and the same forms on BRP per sysselsatt, whose counties' data are missing (a sibling series is then named).
     */
    @BeforeEach
    void everyForm() {
        FollowedIndicator demo = assessments.indicators("rtn-2026").stream().filter(f -> f.key().equals("rtn-2026/rtn-ind-brp-per-invanare#2"))
                .findFirst().orElseThrow();
        UUID perSysselsatt = measures.findByCode("N03701").orElseThrow().id();
        List<Target> targets = List.of(
                target(TargetForm.PREVIOUS_VALUE, Direction.INCREASE, "LATEST_STATISTICS", null, null, null, null, null),
                target(TargetForm.PREVIOUS_VALUE, Direction.DECREASE, null, null, null, null, null, null),
                target(TargetForm.BASE_YEAR, Direction.INCREASE, null, 2015, null, null, null, null),
                target(TargetForm.RELATIVE_CHANGE, Direction.INCREASE, null, 2012, 2030, new BigDecimal("20"), null, null),
                target(TargetForm.PEER_GROUP, Direction.INCREASE, null, null, null, null, "JAMFORBARA_LAN", "LEVEL"),
                target(TargetForm.PEER_GROUP, Direction.INCREASE, null, null, null, null, "JAMFORBARA_LAN", "CHANGE"),
                target(TargetForm.PEER_GROUP, Direction.INCREASE, null, null, null, null, "ingen-sadan-grupp", "LEVEL"),
                target(TargetForm.NATIONAL, Direction.INCREASE, null, null, null, null, null, "LEVEL"),
                target(TargetForm.NATIONAL, Direction.DECREASE, null, null, null, null, null, "CHANGE"),
                target(TargetForm.GAP, Direction.DECREASE, null, null, null, null, null, null),
                target(TargetForm.REPORT_ONLY, Direction.NONE, null, null, null, null, null, null),
                new Target(TargetForm.INTERVAL, Direction.NONE, null, null, null, null, null, null, new BigDecimal("300"), new BigDecimal("400"),
                        "tkr", null, null, null),
                new Target(TargetForm.THRESHOLD, Direction.INCREASE, null, null, null, null, null, null, null, null, null, null,
                        new BigDecimal("350"), "kommuner i länet"));
        int n = 0;
        for (UUID measure : List.of(demo.measureId(), perSysselsatt)) {
            for (Target t : targets) {
                n++;
                own.add(repository.insert(new FollowedIndicator(null, plan + "/" + n, demo.bodyId(), plan, "l" + n, n, "Mål " + (n % 3),
                        measure.equals(perSysselsatt) ? "BRP per sysselsatt" : demo.text(), null, demo.unitLabel(), demo.subjectUnitId(), measure, t,
                        0, null, null)));
            }
        }
    }

    private static Target target(TargetForm form, Direction direction, String reference, Integer baseYear, Integer targetYear, BigDecimal percent,
            String group, String measure) {
        return new Target(form, direction, reference, baseYear, targetYear, percent, group, measure, null, null, null, null, null, null);
    }

    @AfterEach
    void removeOwn() {
        jdbc.sql("delete from assessment_judgement where subject_type = 'followed_indicator' and subject_id = any (?)")
                .param(own.stream().map(UUID::toString).toArray(String[]::new)).update();
        own.forEach(id -> jdbc.sql("delete from followed_indicator where id = ?").param(id).update());
    }

    @Test
    @WithMockUser("controller")
    void a_plan_assessed_together_gives_what_each_indicator_gives_on_its_own() {
        assessments.judge(own.get(4), 2021, "DELVIS_UPPFYLLT", "Bedömd av en person", null);
        List<String> keys = new ArrayList<>(assessments.plans());
        assertThat(keys).contains(plan, "rtn-2026");
        int compared = 0;
        for (String key : keys) {
            for (int year = 2012; year <= 2026; year++) {
                Period period = Period.year(year);
                List<Assessments.IndicatorAssessment> alone = assessments.indicators(key).stream().map(f -> assessments.assess(f.id(), period)).toList();
                assertThat(assessments.assessPlan(key, period)).as("%s %d", key, year).isEqualTo(alone);
                compared += alone.size();
            }
        }
        assertThat(compared).isGreaterThan(26 * 15);
        // and the assessments say something different across the forms and years: not everything "kan ej bedömas"
        assertThat(assessments.assessPlan(plan, Period.year(2021))).extracting(a -> a.computed().status()).contains(AssessmentStatus.UPPFYLLT)
                .contains(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(assessments.assessPlan(plan, Period.year(2021))).anySatisfy(a -> assertThat(a.judged()).isTrue());
    }

    @Test
    void the_default_year_is_the_latest_with_a_value_of_the_plans_measures_for_their_units() {
        for (String key : assessments.plans()) {
            int latest = 0;
            for (FollowedIndicator f : assessments.indicators(key)) {
                if (f.measureId() != null) {
                    for (IndicatorValue v : values.findByMeasureAndUnits(f.measureId(), List.of(f.subjectUnitId()))) {
                        if (v.value() != null) {
                            latest = Math.max(latest, v.period().year());
                        }
                    }
                }
            }
            assertThat(assessments.defaultYear(key, 1999)).as(key).isEqualTo(latest == 0 ? 1999 : latest);
        }
        assertThat(assessments.defaultYear(plan, 1999)).isGreaterThan(2015);
        assertThat(assessments.defaultYear("no-such-plan", 1999)).isEqualTo(1999);
    }
}
