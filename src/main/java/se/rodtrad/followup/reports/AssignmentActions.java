package se.rodtrad.followup.reports;

/**
 * What someone may do with the status of a plan's assignments: report it (status and comment at an occasion) when
 * they report for the plan's body. The page shows each row's form by this answer; {@link AssignmentStatuses} refuses
 * by the same rule.
 */
public record AssignmentActions(boolean mayReport) {
}
