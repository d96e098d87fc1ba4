package se.rodtrad.planning;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What the public sees of the plans: a plan is published once its committee has decided it; a draft or a proposal
 * is the administration's work in progress and is "not found" to anyone without the right to read internal documents —
 * on the portal, in open data and through {@link Plans}. The one place this rule is written; everyone who shows
 * plans to the public filters by it.
 */
public final class PublicVisibility {

    private PublicVisibility() {
    }

    /** Whether the public may see the plan. */
    public static boolean shows(PlanSummary plan) {
        return shows(plan.status());
    }

    /** Whether the public may see a plan in this status. */
    static boolean shows(PlanStatus status) {
        return status.isDecided();
    }

    /** The statuses the public sees, for a query that asks the database for public plans only. */
    static String[] shownStatuses() {
        return java.util.Arrays.stream(PlanStatus.values()).filter(PublicVisibility::shows).map(Enum::name).toArray(String[]::new);
    }

    /** Only what the public may see of {@code things}, each of which belongs to the plan {@code plan} gives. */
    public static <T> List<T> only(Collection<T> things, Function<T, PlanSummary> plan) {
        return things.stream().filter(t -> shows(plan.apply(t))).toList();
    }
}
