package se.rodtrad.followup.assessment;

import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanId;
import se.rodtrad.planning.PlanContents;

/** The demo's followed indicators, found the way a reader names them: the plan's key, the indicator's lineage key and which target. */
final class DemoIndicators {

    private DemoIndicators() {
    }

    /** "rtn-2026/rtn-ind-brp-per-invanare" is the first target, "…#2" the second. */
    static FollowedIndicator find(Assessments assessments, PlanContents plans, se.rodtrad.planning.Plans reader, String name) {
        String planKey = name.substring(0, name.indexOf('/'));
        String rest = name.substring(name.indexOf('/') + 1);
        String lineage = rest.contains("#") ? rest.substring(0, rest.indexOf('#')) : rest;
        int target = rest.contains("#") ? Integer.parseInt(rest.substring(rest.indexOf('#') + 1)) - 1 : 0;
        var plan = reader.byKey(planKey).orElseThrow();
        PlanEntry item = plans.content(new PlanId(plan.id())).orElseThrow().entries().stream().filter(e -> lineage.equals(e.lineageKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + lineage + " in " + planKey));
        return assessments.indicators(plan.id()).stream().filter(f -> f.planItemId().equals(item.id()) && f.targetIndex() == target)
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not followed"));
    }
}
