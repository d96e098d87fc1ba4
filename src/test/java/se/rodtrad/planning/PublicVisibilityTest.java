package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one rule of what the public sees of the plans (the portal, open data and {@link Plans} all filter by it). */
class PublicVisibilityTest {

    @Test
    void the_public_sees_a_plan_once_it_is_decided_and_never_a_draft_or_proposal() {
        assertThat(PublicVisibility.shows(plan(PlanStatus.DECIDED))).isTrue();
        assertThat(PublicVisibility.shows(plan(PlanStatus.PROPOSAL))).isFalse();
        assertThat(PublicVisibility.shows(plan(PlanStatus.DRAFT))).isFalse();
    }

    @Test
    void of_search_hits_only_those_in_decided_plans_remain_in_their_order() {
        SearchHit a = new SearchHit(plan(PlanStatus.DECIDED), null);
        SearchHit b = new SearchHit(plan(PlanStatus.PROPOSAL), null);
        SearchHit c = new SearchHit(plan(PlanStatus.DECIDED), null);
        assertThat(PublicVisibility.only(List.of(a, b, c), SearchHit::plan)).containsExactly(a, c);
    }

    private static PlanSummary plan(PlanStatus status) {
        return new PlanSummary(UUID.randomUUID(), "RTN-2023", UUID.randomUUID(), "RTN", "Regional tillväxtnämnd", 2023, "Verksamhetsplan 2023",
                "2023", status, null, 1, null, "VP", null, null, null, null, null, null, 0);
    }
}
