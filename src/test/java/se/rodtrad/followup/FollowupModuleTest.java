package se.rodtrad.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.assessment.FollowedIndicator;

/**
 * Follow-up on its own — its beans and those of the modules it depends on, not the whole product: what it follows
 * is built from planning's event when a plan gets its indicators, by plan item id, without anyone telling it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class FollowupModuleTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;

    @Test
    void a_plans_indicators_are_followed_from_plannings_event(Scenario scenario) {
        TestPlans p = TestPlans.plan(context, "RTN", TestPlans.newYear());
        int goal = p.goal("Målsättning", "1", "Fler i arbete i hela länet");
        p.indicator(goal, "Andelen förvärvsarbetande ska öka.", TestPlans.target("PREVIOUS_VALUE", "INCREASE"));
        p.indicator(goal, "Skillnaden mellan kvinnor och män ska minska.", new se.rodtrad.planning.TargetDraft("GAP", "DECREASE", null, null,
                null, null, null, null, null, null, null, "kvinnor och män", null, null));
        TestPlans.Made[] made = new TestPlans.Made[1];
        scenario.stimulate(() -> made[0] = p.draft())
                .andWaitForStateChange(() -> assessments.indicators(made[0].id()), list -> list.size() == 2)
                .andVerify(list -> {
                    assertThat(list).extracting(FollowedIndicator::planItemId).containsExactly(made[0].item(1).id(), made[0].item(2).id());
                    assertThat(list).extracting(FollowedIndicator::goalText).containsOnly("Fler i arbete i hela länet");
                    assertThat(list).extracting(f -> f.target().form().name()).isEqualTo(List.of("PREVIOUS_VALUE", "GAP"));
                });
    }
}
