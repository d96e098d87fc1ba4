package se.rodtrad.planning;

/**
 * An assignment as a line of work across plans: the plan it belongs to, the item with its owner and dates, the name of
 * the responsible unit (null when none), its latest reported status (null when never reported) and its state today.
 */
public record AssignmentLine(PlanSummary plan, PlanEntry entry, String ownerUnitName, AssignmentProgress.Reported latest,
        AssignmentState state) {

    public AssignmentWork work() {
        return entry.work();
    }

    public boolean late() {
        return state == AssignmentState.LATE;
    }
}
