package se.rodtrad.followup.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.planning.PlanId;

/**
 * A test's own plan followed up: the plan made through planning's use cases ({@link TestPlans}), followed at once
 * (planning's event would follow it moments later, to the same end) and its indicators linked to the measures the
 * test names, the way a planner links them.
 */
public final class Followed {

    private Followed() {
    }

    /** Follows the plan and links the indicator at each given item index to the measure with that code. */
    public static List<FollowedIndicator> follow(TestPlans.Made plan, Map<Integer, String> measures, FollowedIndicators followed,
            Assessments assessments) {
        followed.follow(new PlanId(plan.id()));
        return Acting.briefly("admin", () -> {
            measures.forEach((index, code) -> {
                UUID item = plan.item(index).id();
                for (FollowedIndicator f : assessments.indicators(plan.id())) {
                    if (f.planItemId().equals(item)) {
                        assessments.relink(f.id(), code, f.version());
                    }
                }
            });
            return assessments.indicators(plan.id());
        });
    }
}
