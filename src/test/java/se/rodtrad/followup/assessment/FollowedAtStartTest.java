package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.AddItem;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanContents;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanId;
import se.rodtrad.planning.Plans;

/**
 * The start's repair follows again only the plans whose content changed since their indicators were followed: a restart
 * on a nationwide dataset (113 580 indicators) no longer rebuilds them all, and what a lost event left is still repaired.
 */
@RodtradTest
class FollowedAtStartTest {

    @Autowired
    FollowedIndicators followed;
    @Autowired
    Assessments assessments;
    @Autowired
    PlanContents contents;
    @Autowired
    PlanEditing editing;
    @Autowired
    Plans plans;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_plan_followed_as_it_is_now_is_left_alone_and_one_whose_event_was_lost_is_followed_again() {
        TestPlans p = TestPlans.plan(editing, plans, organisation, "RTN");
        int goal = p.goal("Målsättning", "1", "Stark konkurrenskraft");
        p.indicator(goal, "Andel företag som ökar sin export. Ska öka.", TestPlans.target("PREVIOUS_VALUE", "INCREASE"));
        TestPlans.Made plan = p.draft();
        PlanId id = new PlanId(plan.id());
        followed.follow(id);

        assertThat(followed.followAll()).as("followed again at a start").doesNotContain(id);

        // a lost event: the plan's followed indicators gone, and the record of what they were built from with them
        jdbc.sql("delete from followed_indicator where plan_id = ?").param(plan.id()).update();
        jdbc.sql("update followed_plan set stamp = 'förlorad' where plan_id = ?").param(plan.id()).update();
        assertThat(assessments.indicators(plan.id())).isEmpty();

        List<PlanId> again = followed.followAll();
        assertThat(again).contains(id);
        assertThat(assessments.indicators(plan.id())).extracting(FollowedIndicator::text)
                .containsExactly("Andel företag som ökar sin export. Ska öka.");
        assertThat(followed.followAll()).doesNotContain(id);
    }

    @Test
    void a_plans_content_stamp_changes_when_an_item_is_added_and_no_other_plans_does() {
        TestPlans.Made plan = TestPlans.plan(editing, plans, organisation, "RTN").draft();
        TestPlans.Made other = TestPlans.plan(editing, plans, organisation, "RTN").draft();
        PlanId id = new PlanId(plan.id());
        String before = contents.contentStamps().get(id);
        String otherBefore = contents.contentStamps().get(new PlanId(other.id()));
        assertThat(before).isNotNull();
        Acting.briefly("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Målsättning", "1",
                "Stark konkurrenskraft", null, null, null)));
        assertThat(contents.contentStamps().get(id)).isNotEqualTo(before);
        assertThat(contents.contentStamps().get(new PlanId(other.id()))).as("another plan's stamp").isEqualTo(otherBefore);
    }
}
